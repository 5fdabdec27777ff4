// Generates the TypeScript types of the API (widget/src/api/schema.d.ts) from the contract
// (openapi/openapi.json) with openapi-typescript. Run after `npm run gen`:
//   node scripts/gen-api-types.mjs            write the file
//   node scripts/gen-api-types.mjs --check    fail when the committed file is out of date (CI)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';

const spec = 'openapi/openapi.json';
const out = 'widget/src/api/schema.d.ts';
const check = process.argv.includes('--check');
const target = check ? '.tmp/schema-check.d.ts' : out;

mkdirSync('.tmp', { recursive: true });
execFileSync('npx', ['openapi-typescript', spec, '-o', target], { stdio: ['ignore', 'ignore', 'inherit'] });

if (check) {
  const stale = !existsSync(out) || readFileSync(out, 'utf8') !== readFileSync(target, 'utf8');
  rmSync(target, { force: true });
  if (stale) {
    console.error(`Types de l'API périmés : ${out} diffère de ${spec}. Lancez « node scripts/gen-api-types.mjs » et committez.`);
    process.exit(1);
  }
  console.log("Types de l'API à jour.");
} else {
  console.log(`${out} généré depuis ${spec}.`);
}
