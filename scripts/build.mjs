// Bundles each side to one CommonJS file: remark and friends are ESM-only, VS Code loads CommonJS.
import { build } from 'esbuild';

// `--minify` for the packaged extension: a smaller .vsix and a faster server start.
const minify = process.argv.includes('--minify');
// jsonc-parser's default (UMD) build loads its parts with requires esbuild cannot follow: use its ESM build.
const alias = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' };
const common = {
  alias,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !minify,
  minify,
  logLevel: 'warning',
};
await Promise.all([
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'server/out/server.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/corpus-worker.ts'], outfile: 'server/out/corpus-worker.js' }),
  build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'server/out/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'client/out/extension.js',
    external: ['vscode'],
  }),
]);
