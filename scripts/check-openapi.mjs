// Fails when the committed contract (openapi/openapi.json) or the generated routes differ from
// what the controllers produce. Generates into scratch folders at the same depth as the real ones.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const base = JSON.parse(readFileSync('tsoa.json', 'utf8'));
const scratchSpec = '.tmp/openapi-check';
const scratchRoutes = 'api/src/.generated-check';
const config = {
  ...base,
  spec: { ...base.spec, outputDirectory: scratchSpec },
  routes: { ...base.routes, routesDir: scratchRoutes },
};
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/tsoa-check.json', JSON.stringify(config));
try {
  execFileSync('npx', ['tsoa', 'spec-and-routes', '-c', '.tmp/tsoa-check.json'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const pairs = [
    ['openapi/openapi.json', `${scratchSpec}/openapi.json`],
    ['api/src/generated/routes.ts', `${scratchRoutes}/routes.ts`],
  ];
  const drift = pairs.filter(([committed, fresh]) => readFileSync(committed, 'utf8') !== readFileSync(fresh, 'utf8'));
  if (drift.length) {
    console.error(`Contrat OpenAPI périmé : ${drift.map(([c]) => c).join(', ')} diffère des contrôleurs. Lancez « npm run gen » et committez.`);
    process.exit(1);
  }
  console.log('Contrat OpenAPI à jour.');
} finally {
  rmSync(scratchRoutes, { recursive: true, force: true });
  rmSync(scratchSpec, { recursive: true, force: true });
}
