/**
 * Migration commands: `create` writes a migration for the difference between the entities and
 * the migrated schema (on a throw-away in-memory PGlite unless DATABASE_URL is set); `up` applies.
 */
import { openDatabase } from './database.js';
import { writeMigrationsIndex } from './migrations-index.js';
import { migrationsDir } from './orm.js';

const command = process.argv[2];
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || null, pgliteDir: null, migrate: true });
try {
  if (command === 'create') {
    const result = await db.orm.getMigrator().createMigration(undefined, false, process.argv.includes('--initial'));
    writeMigrationsIndex(migrationsDir);
    console.log(result.diff.up.length === 0 ? 'Aucune différence : pas de nouvelle migration.' : `Migration écrite : ${result.fileName}`);
  } else if (command === 'up') {
    console.log('Migrations appliquées.');
  } else {
    console.error('usage: cli.ts create|up');
    process.exitCode = 2;
  }
} finally {
  await db.close();
}
