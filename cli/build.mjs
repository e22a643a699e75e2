// Builds the `citable` command ahead of time: cli/main.ts and the engine bundled by esbuild into one plain ES
// module, dist/citable.mjs (also the worker threads' script). Run by `npm ci` (postinstall) and `npm run build`.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

const out = 'dist/citable.mjs';
await build({
  entryPoints: ['cli/main.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (Readability, robots-parser) call require(): give the ES module one.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __citableRequire } from 'node:module'; const require = __citableRequire(import.meta.url);" },
});
await chmod(out, 0o755);
