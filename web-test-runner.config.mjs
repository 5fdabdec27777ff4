// Component tests of the widget in Debian's Chromium (no browser download).
// `npx web-test-runner` from the repository root; CHROME_PATH overrides the browser.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { mkdirSync, writeFileSync } from 'node:fs';

/** Writes `.tmp/wtr.json` = {passed, failed} for scripts/test-all.mjs. */
function countsReporter() {
  const count = (suite, n = { passed: 0, failed: 0 }) => {
    for (const t of suite?.tests ?? []) if (!t.skipped) n[t.passed ? 'passed' : 'failed']++;
    for (const s of suite?.suites ?? []) count(s, n);
    return n;
  };
  return {
    onTestRunFinished({ sessions }) {
      const n = { passed: 0, failed: 0 };
      for (const s of sessions) {
        const c = count(s.testResults);
        n.passed += c.passed;
        // A file that failed to load or errored outside a test counts as one failure.
        n.failed += c.failed + (s.passed === false && c.failed === 0 ? 1 : 0);
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync('.tmp/wtr.json', JSON.stringify(n));
    },
  };
}

export default {
  files: ['widget/src/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'widget/tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One page at a time: a background tab is throttled by Chromium (timers, rAF), which stalls axe-core.
  concurrency: 1,
  concurrentBrowsers: 1,
  reporters: [defaultReporter(), countsReporter()],
  testFramework: { config: { timeout: 10000 } },
};
