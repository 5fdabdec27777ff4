// `npm test`: every suite, in order, on a real database (DATABASE_URL, else an in-process PGlite)
// and a real Chromium. Prints one summary line `N passed, N failed` and exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
const only = process.argv.slice(2);
const results = [];

/** Runs one step; `counts` reads its own pass/fail numbers from a report file, else the step counts as one test. */
function step(name, command, args, counts) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = run.status === 0;
  let passed = ok ? 1 : 0;
  let failed = ok ? 0 : 1;
  const fromReport = counts?.();
  if (fromReport) {
    passed = fromReport.passed;
    // A crashed runner with no failing test still fails the step.
    failed = Math.max(fromReport.failed, ok ? 0 : 1);
  }
  results.push({ name, ok, passed, failed, seconds: Math.round((Date.now() - started) / 1000) });
}

function vitestCounts(file) {
  return () => {
    if (!existsSync(file)) return null;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0) };
  };
}

function jsonCounts(file) {
  return () => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
}

for (const f of ['.tmp/vitest.json', '.tmp/e2e.json', '.tmp/wtr.json']) rmSync(f, { force: true });

step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('typecheck-widget', 'npx', ['tsc', '-p', 'widget/tsconfig.json', '--noEmit']);
step('openapi', 'npm', ['run', '--silent', 'check:openapi']);
step('build', 'npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
step('bundle-size', 'node', ['scripts/check-bundle-size.mjs']);
step('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest.json'], vitestCounts('.tmp/vitest.json'));
step('browser', 'node', ['scripts/run-browser-tests.mjs'], jsonCounts('.tmp/wtr.json'));
step('e2e', 'node', ['scripts/run-e2e.mjs'], vitestCounts('.tmp/e2e.json'));

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\nRésumé :');
for (const r of results) console.log(`  ${r.ok ? '✔' : '✘'} ${r.name.padEnd(17)} ${String(r.passed).padStart(4)} réussis, ${r.failed} échoués (${r.seconds} s)`);
writeFileSync('.tmp/test-summary.json', JSON.stringify({ passed, failed, steps: results }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
