import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/**
 * The suite's server (fresh embedded database) and Chromium, started before its tests and stopped
 * after. Read `e2e.server` / `e2e.browser` inside tests.
 */
export function useServerAndBrowser(): { server: RunningServer; browser: Browser } {
  const e2e = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    e2e.server = await startServer();
    e2e.browser = await launchBrowser();
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.server?.stop();
  });
  return e2e;
}
