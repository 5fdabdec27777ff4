#!/usr/bin/env node
// Fails when the public widget bundle is over its budget (20 KB gzip, Lit included).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const FILE = 'dist/widget/creneau.js';
const BUDGET = 20480;

let source;
try {
  source = readFileSync(new URL('../' + FILE, import.meta.url));
} catch {
  console.error(`${FILE} introuvable / not found: run \`npm run build\` first.`);
  process.exit(1);
}
const size = gzipSync(source, { level: 9 }).length;
const line = `${FILE}: ${source.length} bytes, ${size} bytes gzip (budget ${BUDGET})`;
if (size > BUDGET) {
  console.error(`${line}: OVER BUDGET by ${size - BUDGET} bytes`);
  process.exit(1);
}
console.log(line);
try {
  const en = readFileSync(new URL('../dist/widget/creneau-en.js', import.meta.url));
  console.log(`dist/widget/creneau-en.js (loaded only for lang="en"): ${gzipSync(en, { level: 9 }).length} bytes gzip`);
} catch {
  /* no lazy chunk */
}
