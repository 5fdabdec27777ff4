// `npm run bench`: the slot engine alone, the API on a local PostgreSQL, then the widget's first
// render in a throttled Chromium (needs `npm run build` first). Not a timed test:
// figures to compare with the budgets of DESIGN §7 (machines are shared: read medians and ratios).
import { spawnSync } from 'node:child_process';

for (const script of ['bench/engine.ts', 'bench/api.ts', 'bench/widget.ts']) {
  console.log(`\n== ${script}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
