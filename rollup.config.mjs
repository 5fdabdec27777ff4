// Builds the two ES module bundles served by the API (Lit bundled in each):
//   dist/widget/creneau.js        <creneau-prise-rdv> (public, ≤ 20 KB gzip, Lit included)
//   dist/widget/creneau-en.js     English messages, imported by creneau.js only when lang="en"
//   dist/admin/creneau-admin.js   <creneau-admin>
// No source maps are published. `npm run build` = rollup -c rollup.config.mjs --silent
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyTemplates from './widget/build/minify-templates.mjs';

// Each bundle type-checks only its own sources (plus what they import): a broken file of
// the other entry must not block it. Tests are type-checked by `tsc -p widget/tsconfig.json`.
const TESTS = ['widget/src/**/*.test.ts', 'widget/src/test/**'];

const plugins = (outDir, exclude) => [
  resolve({ browser: true, exportConditions: ['production'] }),
  typescript({
    tsconfig: 'widget/tsconfig.json',
    outDir,
    sourceMap: false,
    noEmitOnError: true,
    filterRoot: process.cwd(),
    exclude: [...TESTS, ...exclude],
  }),
  minifyTemplates(),
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 3, unsafe_arrows: true },
    format: { comments: false },
  }),
];

const bundle = (input, dir, entryFileNames, exclude) => ({
  input,
  // Lazily imported modules (the English messages) become `creneau-<name>.js` beside the entry.
  output: { dir, entryFileNames, chunkFileNames: 'creneau-[name].js', format: 'es', sourcemap: false },
  plugins: plugins(dir, exclude),
  onwarn(warning, warn) {
    // Lit uses `this` at module top level in a few guards.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});

export default [
  bundle('widget/src/booking/index.ts', 'dist/widget', 'creneau.js', ['widget/src/admin/**']),
  bundle('widget/src/admin/index.ts', 'dist/admin', 'creneau-admin.js', ['widget/src/booking/**']),
];
