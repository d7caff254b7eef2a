// npm run generate: rewrites the files made from each rule's meta (see scripts/lib/rule-files.mjs).
// The metas are TypeScript: esbuild bundles the list of checks into a temporary CommonJS file,
// which is loaded like any other. `--check` writes nothing and exits 1 when a file is stale.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generatedFiles } from './lib/rule-files.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The rules' metas and the severities a rule may have, from the TypeScript source. */
export async function loadMetas() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-generate-'));
  const outfile = path.join(dir, 'metas.cjs');
  try {
    await build({
      stdin: {
        contents: [
          "export { CHECKS } from './server/src/core/checks/index';",
          "export { SEVERITIES } from './server/src/core/config';",
        ].join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
      },
      // As in build.mjs: jsonc-parser's UMD build hides its parts from esbuild.
      alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    const { CHECKS, SEVERITIES } = createRequire(import.meta.url)(outfile);
    return { metas: CHECKS.map((c) => c.meta), severities: SEVERITIES };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
  const files = generatedFiles(await loadMetas(), read);
  const current = (file) => (fs.existsSync(path.join(ROOT, file)) ? read(file) : undefined);
  const stale = Object.entries(files).filter(([file, text]) => current(file) !== text);
  for (const [file, text] of stale) {
    if (!check) fs.writeFileSync(path.join(ROOT, file), text);
    console.log(`${check ? 'stale' : 'wrote'} ${file}`);
  }
  if (!stale.length) console.log('generated files are up to date');
  if (check && stale.length) process.exit(1);
}
