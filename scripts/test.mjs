// The one test command: type-check, check for import cycles, formatting and lint, build, then every vitest suite
// (unit, protocol, CLI), ending with a plain "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

if (run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) process.exit(1);
// No import cycles: a module's imports run one way, so each can be read (and changed) before those that use it.
const MADGE = ['madge', '--circular', '--no-spinner', '--extensions', 'ts', 'server/src', 'client/src', 'shared'];
if (run('npx', MADGE) !== 0) process.exit(1);
// Formatting and lint as habits: Prettier's layout, and ESLint with no warning let through.
if (run('npx', ['prettier', '--check', '**/*.{ts,mts,mjs,js}']) !== 0) process.exit(1);
if (run('npx', ['eslint', '--max-warnings', '0', '.']) !== 0) process.exit(1);
if (run('node', ['scripts/build.mjs']) !== 0) process.exit(1);
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-test-')), 'vitest.json');
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
} catch {
  failed = Math.max(failed, 1);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
