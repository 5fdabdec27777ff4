import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.js';
import { openOrm } from './orm.js';

export interface Database {
  orm: MikroORM;
  kind: 'postgresql' | 'pglite';
  /** Human description for the start-up log (never contains a password). */
  location: string;
  singleConnection: boolean;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | null;
  /** Data directory of the embedded database; null = in memory (tests). */
  pgliteDir: string | null;
  migrate?: boolean;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Opens PostgreSQL (DATABASE_URL) or the embedded PGlite, then applies pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let clientUrl = options.databaseUrl;
  if (!clientUrl) {
    embedded = await startEmbeddedDatabase(options.pgliteDir);
    clientUrl = embedded.clientUrl;
  }
  const orm = await openOrm({ clientUrl, singleConnection: embedded !== null });
  try {
    if (options.migrate !== false) {
      if (!embedded) await orm.em.getConnection().execute('create extension if not exists btree_gist');
      await orm.getMigrator().up();
    }
  } catch (error) {
    await orm.close(true);
    await embedded?.stop();
    throw error;
  }
  return {
    orm,
    kind: embedded ? 'pglite' : 'postgresql',
    location: embedded ? embedded.location : redact(clientUrl),
    singleConnection: embedded !== null,
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}

export const pgliteDirFor = (dataDir: string) => join(dataDir, 'pglite');
