// End-to-end suites: they start the real server themselves (test/e2e/server.ts) and drive Chromium.
import { spawnSync } from 'node:child_process';

const chromium = spawnSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
if (chromium.status !== 0) process.exit(chromium.status ?? 1);
const run = spawnSync('npx', ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/e2e.json'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
