import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openDatabase, type Database } from '../api/src/db/database.js';
import { truncateAll } from '../test/support/test-app.js';
import type { ReferenceDataset } from './dataset.js';

/** A local PostgreSQL 15: BENCH_DATABASE_URL / DATABASE_URL, or a throw-away cluster (root + Debian postgresql-15). */
export function benchDatabaseUrl(): { url: string; stop: () => void } {
  const given = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (given) return { url: given, stop: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'creneau-bench-pg-'));
  const url = execFileSync('bash', ['scripts/start-postgres.sh', dir], { encoding: 'utf8' }).trim();
  return {
    url,
    stop: () => execFileSync('runuser', ['-u', 'postgres', '--', '/usr/lib/postgresql/15/bin/pg_ctl', '-D', join(dir, 'data'), '-m', 'fast', 'stop'], { stdio: 'ignore' }),
  };
}

async function insertRows(em: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const conn = em.getConnection();
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000);
    const placeholders = batch.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    await conn.execute(`insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) values ${placeholders}`, batch.flat() as never[]);
  }
}

export const BENCH_IDS = {
  territoire: '00000000-0000-4000-8000-00000000b001',
  organisation: '00000000-0000-4000-8000-00000000b002',
  motif: '00000000-0000-4000-8000-00000000b003',
  service: '00000000-0000-4000-8000-00000000b004',
};

/**
 * Loads the reference dataset into the database: one organisation, a phone motif open to everyone
 * (so a search spans all agents), every agent's plages, absences and RDVs (with their busy links).
 */
export async function loadDataset(databaseUrl: string, data: ReferenceDataset): Promise<Database> {
  const db = await openDatabase({ databaseUrl, pgliteDir: null });
  await truncateAll(db);
  const em = db.orm.em.fork() as EntityManager;
  const now = new Date();
  await insertRows(em, 'territoire', ['id', 'name', 'departement_number', 'timezone', 'created_at'], [[BENCH_IDS.territoire, 'Banc d’essai', data.departement, data.timezone, now]]);
  await insertRows(em, 'organisation', ['id', 'territoire_id', 'name', 'allowed_origins', 'created_at', 'updated_at'], [[BENCH_IDS.organisation, BENCH_IDS.territoire, 'Organisation de référence', '{}', now, now]]);
  await insertRows(em, 'lieu', ['id', 'organisation_id', 'name', 'address', 'created_at', 'updated_at'], data.lieux.map((l) => [l.id, BENCH_IDS.organisation, l.name, '1 rue du Banc, 62000 Arras', now, now]));
  await insertRows(em, 'motif', ['id', 'organisation_id', 'name', 'duration_minutes', 'location_type', 'bookable_by', 'min_booking_delay_minutes', 'max_booking_delay_days', 'created_at', 'updated_at'],
    [[BENCH_IDS.motif, BENCH_IDS.organisation, 'Entretien', 30, 'phone', 'everyone', 30, 91, now, now]]);
  await insertRows(em, 'agent', ['id', 'email', 'first_name', 'last_name', 'created_at', 'updated_at'], data.agents.map((a) => [a.id, `${a.id}@banc.creneau.fr`, a.firstName, a.lastName, now, now]));
  await insertRows(em, 'agent_role', ['id', 'agent_id', 'organisation_id', 'access_level', 'created_at'], data.agents.map((a, i) => [`00000000-0000-4000-9000-${String(i).padStart(12, '0')}`, a.id, BENCH_IDS.organisation, 'basic', now]));
  await insertRows(em, 'plage_ouverture', ['id', 'organisation_id', 'agent_id', 'lieu_id', 'title', 'first_day', 'start_time', 'end_time', 'recurrence', 'recurrence_ends_on', 'created_at', 'updated_at'],
    data.plages.map((p) => [p.id, BENCH_IDS.organisation, p.agentId, p.lieuId, 'Plage', p.firstDay, p.startTime, p.endTime, p.recurrence, null, now, now]));
  await insertRows(em, 'plage_ouverture_motif', ['plage_ouverture_id', 'motif_id'], data.plages.map((p) => [p.id, BENCH_IDS.motif]));
  await insertRows(em, 'absence', ['id', 'agent_id', 'title', 'first_day', 'start_time', 'end_day', 'end_time', 'recurrence', 'created_at', 'updated_at'],
    data.absences.map((a) => [a.id, a.agentId, a.title, a.firstDay, a.startTime, a.endDay, a.endTime, a.recurrence, now, now]));
  await insertRows(em, 'rdv', ['id', 'organisation_id', 'motif_id', 'starts_at', 'ends_at', 'status', 'created_by_type', 'users_count', 'created_at', 'updated_at'],
    data.rdvs.map((r) => [r.id, BENCH_IDS.organisation, BENCH_IDS.motif, new Date(r.startsAt), new Date(r.endsAt), 'unknown', 'agent', 0, now, now]));
  await insertRows(em, 'agent_rdv', ['id', 'agent_id', 'rdv_id', 'starts_at', 'ends_at', 'cancelled'],
    data.rdvs.map((r, i) => [`00000000-0000-4000-a000-${String(i).padStart(12, '0')}`, r.agentId, r.id, new Date(r.startsAt), new Date(r.endsAt), false]));
  await em.getConnection().execute('analyze');
  return db;
}
