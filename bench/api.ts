// API benchmark (DESIGN §7): GET /public/creneaux on the reference dataset at 50 concurrent
// connections, and POST /public/rdvs throughput, on a local PostgreSQL. Bounded in time, loopback only.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { createApp } from '../api/src/app.js';
import { loadConfig } from '../api/src/config.js';
import type { AppContext } from '../api/src/context.js';
import { startJobs } from '../api/src/jobs/start.js';
import { computeCreneaux, formatInstant } from '../api/src/modules/creneaux/engine/index.js';
import { hashCode } from '../api/src/modules/verifications/verifications.service.js';
import { newId } from '../api/src/db/columns.js';
import { generateReferenceDataset } from './dataset.js';
import { BENCH_IDS, benchDatabaseUrl, loadDataset } from './database.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** BENCH_ONLY=get or post runs one part (e.g. under --cpu-prof). */
const only = process.env.BENCH_ONLY ?? '';
process.env.RATE_LIMIT_PUBLIC_PER_MINUTE = '100000000';

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const pg = benchDatabaseUrl();
const data = generateReferenceDataset();
console.log(`Jeu de référence : ${data.agents.length} agents, ${data.plages.length} plages, ${data.rdvs.length} RDV, ${data.absences.length} absences, occupation ${(data.occupancy * 100).toFixed(0)} %`);
const db = await loadDataset(pg.url, data);
const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: pg.url });
const ctx: AppContext = { config, db, orm: db.orm, now: () => new Date(data.now) };
// As in production: each booking enqueues its notifications in its transaction (outbox). No
// worker here, so the figures are the request path alone, not the sending.
const jobs = await startJobs(ctx, { runWorker: false });
const app = createApp(ctx);
const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

try {
  // 1. GET /public/creneaux, 31 days spanning the DST change, all 200 agents.
  const path = `/api/v1/public/creneaux?motifId=${BENCH_IDS.motif}&from=2027-03-15&to=2027-04-14`;
  const probe = await (await fetch(base + path)).json() as { days: { creneaux: unknown[] }[] };
  console.log(`Réponse de référence : ${probe.days.reduce((n, d) => n + d.creneaux.length, 0)} créneaux distincts sur ${probe.days.length} jours`);
  if (only !== 'post') {
  await run({ url: base + path, connections: 10, duration: 2 }); // warm-up
  const get = await run({ url: base + path, connections: 50, duration: seconds });
  const p95 = (get.latency as unknown as Record<string, number>).p97_5 ?? get.latency.p99;
  console.log(`GET /public/creneaux (50 connexions, ${seconds} s) : ${get.requests.average.toFixed(0)} req/s, médiane ${get.latency.p50} ms, p97,5 ${p95} ms, p99 ${get.latency.p99} ms, erreurs ${get.errors + get.non2xx} — budget p95 ≤ 100 ms (ratio p99/budget ${(get.latency.p99 / 100).toFixed(2)})`);

  // 1b. The same load with a different 31-day window on every request: nothing can be shared
  // between concurrent requests, so this is the raw cost of one search.
  let shift = 0;
  const windows = Array.from({ length: 14 }, (_, i) => {
    const from = new Date(Date.UTC(2027, 2, 15 + i)).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(2027, 2, 15 + i + 30)).toISOString().slice(0, 10);
    return `/api/v1/public/creneaux?motifId=${BENCH_IDS.motif}&from=${from}&to=${to}`;
  });
  const varied = await run({
    url: base, connections: 50, duration: seconds,
    requests: [{ setupRequest: (req) => ({ ...req, path: windows[shift++ % windows.length]! }) }],
  });
  const p95v = (varied.latency as unknown as Record<string, number>).p97_5 ?? varied.latency.p99;
  console.log(`GET /public/creneaux, fenêtres différentes (50 connexions, ${seconds} s) : ${varied.requests.average.toFixed(0)} req/s, médiane ${varied.latency.p50} ms, p97,5 ${p95v} ms, p99 ${varied.latency.p99} ms, erreurs ${varied.errors + varied.non2xx}`);
  }
  if (only === 'get') process.exit(0);

  // 2. POST /public/rdvs: each request books a different free créneau of the dataset.
  const free = computeCreneaux({
    timezone: data.timezone, departement: data.departement, from: '2027-03-16', to: '2027-04-14', now: data.now,
    durationMinutes: 30, minDelayMinutes: 30, maxDelayDays: 91, plages: data.plages, absences: data.absences, busy: data.busy,
  });
  // Every free (créneau, agent) pair once, in a seeded random order: concurrent requests go to
  // different times, as real traffic mostly does (the same-créneau race is the concurrency test's).
  const slots = free.flatMap((c) => c.agentIds.map(() => formatInstant(c.startsAt, data.timezone)));
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  // Each booking is a different person (own phone, own verified code), as in real traffic: one
  // shared usager would serialise every booking on that usager's row.
  const people = Array.from({ length: 4000 }, (_, i) => ({ id: newId(), phone: `+3361${String(i).padStart(7, '0')}` }));
  for (let i = 0; i < people.length; i += 500) {
    const batch = people.slice(i, i + 500);
    await db.orm.em.getConnection().execute(
      `insert into verification (id, channel, destination, code_hash, expires_at, attempts, created_at) values ${batch.map(() => "(?, 'sms', ?, ?, ?, 0, now())").join(', ')}`,
      batch.flatMap((p) => [p.id, p.phone, hashCode(config.manageTokenSecret, p.id, '123456'), new Date(data.now + 86_400_000)]));
  }
  let next = 0;
  const post = await run({
    url: `${base}/api/v1/public/rdvs`, method: 'POST', connections: 10, duration: Math.min(seconds, 10),
    headers: { 'content-type': 'application/json' },
    requests: [{
      setupRequest: (req) => {
        const n = next++;
        const person = people[n % people.length]!;
        return {
          ...req,
          headers: { ...req.headers, 'idempotency-key': randomUUID() },
          body: JSON.stringify({
            motifId: BENCH_IDS.motif, startsAt: slots[n % slots.length],
            usager: { firstName: 'Banc', lastName: `Essai ${n}`, phone: person.phone }, verification: { id: person.id, code: '123456' },
          }),
        };
      },
    }],
  });
  const created = post['2xx'];
  console.log(`POST /public/rdvs (10 connexions, ${Math.min(seconds, 10)} s) : ${(created / Math.min(seconds, 10)).toFixed(0)} réservations/s (${post.requests.average.toFixed(0)} req/s dont ${post.non2xx} refus 409), médiane ${post.latency.p50} ms, p99 ${post.latency.p99} ms — objectif ≥ 1 000 req/s à p99 ≤ 100 ms`);
  const rows = await db.orm.em.getConnection().execute<{ n: number }[]>(
    `select count(*)::int as n from (select agent_id from agent_rdv a join agent_rdv b using (agent_id)
      where a.id < b.id and not a.cancelled and not b.cancelled and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)) x`);
  console.log(`Chevauchements après la charge : ${rows[0]!.n} (attendu 0)`);
} finally {
  server.close();
  await jobs.stop();
  await db.close();
  pg.stop();
}
