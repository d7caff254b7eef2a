// `npm run package`: builds both bundles, packs policy-lint-<version>.vsix with @vscode/vsce
// (--no-dependencies: everything the extension needs is bundled), then lists what it holds,
// fails if anything outside the whitelist slipped in, and prints its size.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join(root, `${pkg.name}-${pkg.version}.vsix`);

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--minify']);
run(process.execPath, [
  path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies',
  '--out',
  out,
]);

/** Names and sizes from the zip's central directory. */
export function zipEntries(file) {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file}: not a zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size });
    p += 46 + nameLen + extra + comment;
  }
  return entries;
}

const allowed = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/client\/out\/extension\.js$/,
  /^extension\/server\/out\/(server|corpus-worker)\.js$/,
  /^extension\/seeds\/[^/]+\.txt$/,
  /^extension\/syntaxes\/[^/]+\.tmLanguage\.json$/,
  /^extension\/schemas\/[^/]+\.schema\.json$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/(readme\.md|README\.md|LICENSE|LICENSE\.txt|license\.txt)$/,
];
const entries = zipEntries(out);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\n${path.basename(out)} holds ${entries.length} files:`);
for (const e of entries) console.log(`  ${kb(e.size).padStart(10)}  ${e.name}`);
const stray = entries.filter((e) => !allowed.some((re) => re.test(e.name)));
for (const must of [
  'extension/client/out/extension.js',
  'extension/server/out/server.js',
  'extension/images/icon.png',
]) {
  if (!entries.some((e) => e.name === must)) stray.push({ name: `(missing) ${must}` });
}
if (!entries.some((e) => /^extension\/syntaxes\//.test(e.name))) stray.push({ name: '(missing) extension/syntaxes/*' });
if (!entries.some((e) => /^extension\/seeds\//.test(e.name))) stray.push({ name: '(missing) extension/seeds/*' });
if (stray.length) {
  console.error(`\nUnexpected package contents:\n${stray.map((e) => `  ${e.name}`).join('\n')}\nFix .vscodeignore.`);
  process.exit(1);
}
const size = statSync(out).size;
console.log(`\n${path.relative(process.cwd(), out) || out}: ${size} bytes (${kb(size)})`);
