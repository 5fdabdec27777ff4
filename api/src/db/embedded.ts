import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  clientUrl: string;
  /** Where the data lives, or 'memory'. */
  location: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL-in-WASM in this process and exposes it on a loopback socket so the normal
 * `pg` driver (MikroORM, pg-boss) talks to it. One connection only: PGlite runs one transaction
 * at a time and its socket server mixes queued extended-protocol messages across connections.
 */
export async function startEmbeddedDatabase(dataDir: string | null): Promise<EmbeddedDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? 'memory://', { extensions: { btree_gist } });
  await db.exec('create extension if not exists btree_gist');
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const conn = server.getServerConn();
  return {
    clientUrl: `postgres://postgres:postgres@${conn}/postgres`,
    location: dataDir ?? 'memory',
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
