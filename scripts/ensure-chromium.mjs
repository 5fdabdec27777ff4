#!/usr/bin/env node
// Finds a Chromium for the browser tests; installs Debian's `chromium` when
// running as root with apt-get; otherwise explains in one line how to get one.
import { accessSync, constants } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);

const found = () =>
  candidates.find((p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

if (found()) process.exit(0);

const hasApt = (() => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (process.getuid?.() === 0 && hasApt) {
  console.log('Chromium introuvable : installation du paquet Debian « chromium »… / Chromium not found: installing it with apt-get…');
  try {
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit', shell: '/bin/sh' });
  } catch {
    // reported below
  }
  if (found()) process.exit(0);
}

console.error(
  'Chromium introuvable : installez-le (sudo apt-get install chromium) ou indiquez son chemin dans CHROME_PATH. / Chromium not found: install it (sudo apt-get install chromium) or set CHROME_PATH.'
);
process.exit(1);
