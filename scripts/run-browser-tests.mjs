// Component tests in Chromium (web-test-runner); web-test-runner.config.mjs writes .tmp/wtr.json.
import { spawnSync } from 'node:child_process';

const chromium = spawnSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
if (chromium.status !== 0) process.exit(chromium.status ?? 1);
const run = spawnSync('npx', ['web-test-runner'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
