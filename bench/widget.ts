// Widget first useful render (DESIGN §7: ≤ 1.5 s on Lighthouse's mobile profile), measured in
// Debian's Chromium with Lighthouse's mobile throttling applied through the DevTools protocol:
// 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4×, a 412 × 823 phone viewport,
// cold cache on every run. "Useful" = the first step is on screen with its choices (motif
// buttons), not the loading placeholder. Time is counted from the start of the navigation.
import { launchBrowser } from '../test/e2e/browser.js';
import { startServer } from '../test/e2e/server.js';

const runs = Number(process.env.BENCH_WIDGET_RUNS ?? 5);
const server = await startServer();
const browser = await launchBrowser();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  const times: number[] = [];
  const unthrottled: number[] = [];
  for (let i = 0; i < runs * 2; i++) {
    const throttled = i % 2 === 0;
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttled) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await page.goto(`${server.url}/demo/departement.html`, { waitUntil: 'commit' });
    const at = await page.waitForFunction(() => {
      const root = document.querySelector('creneau-prise-rdv')?.shadowRoot;
      const ready = !!root && !root.querySelector('[aria-busy=true]') && root.querySelectorAll('button').length > 0;
      return ready ? performance.now() : null;
    }, undefined, { timeout: 60_000, polling: 'raf' });
    (throttled ? times : unthrottled).push(Number(await at.jsonValue()));
    await context.close();
  }
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`Widget, premier affichage utile (profil mobile Lighthouse : 150 ms RTT, 1,6 Mbit/s, CPU ×4) : médiane ${median(times).toFixed(0)} ms sur ${runs} essais à froid [${fmt(times)}] — budget 1 500 ms (ratio ${(median(times) / 1500).toFixed(2)})`);
  console.log(`Sans bridage (même machine) : médiane ${median(unthrottled).toFixed(0)} ms [${fmt(unthrottled)}]`);
} finally {
  await browser.close();
  await server.stop();
}
