import { fileURLToPath } from 'node:url';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export const migrationsDir = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OrmOptions {
  clientUrl: string;
  /** The embedded PGlite serves one connection only (see DESIGN §1). */
  singleConnection: boolean;
  debug?: boolean;
}

export function ormConfig({ clientUrl, singleConnection, debug }: OrmOptions): Options {
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    pool: singleConnection ? { min: 0, max: 1 } : { min: 0, max: 10 },
    // Instants travel as timestamptz; the session zone must not change their meaning.
    timezone: 'Z',
    forceUtcTimezone: true,
    debug: debug ?? false,
    allowGlobalContext: false,
    preferTs: true,
    discovery: { warnWhenNoEntities: true },
    migrations: {
      path: migrationsDir,
      pathTs: migrationsDir,
      migrationsList,
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
    },
  };
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}
