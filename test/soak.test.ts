// Runs the soak script (scripts/soak.mjs) against the built server with 2,000 edits: no crash,
// no unhandled rejection, every diagnostic range inside the document, RSS stable. The script
// prints its figures and `soak: N passed, M failed`; this test fails with that output.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { requireBuilt, ROOT } from './support/lsp-client';

it('soak: 2,000 random edits with hovers and code actions, after 2,000 edits of warm-up, within 90 s', () => {
  requireBuilt();
  const started = Date.now();
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/soak.mjs'), '--warmup', '2000', '--edits', '2000', '--max-seconds', '85'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 88_000,
    env: process.env,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  const elapsed = Date.now() - started;
  console.log(output.trim());
  const last = /soak: (\d+) passed, (\d+) failed\s*$/.exec(run.stdout.trim());
  expect(last, `no final line; exit ${run.status} ${run.signal ?? ''}\n${output}`).not.toBeNull();
  expect(output).not.toMatch(/stopped early/);
  expect(Number(last![2]), output).toBe(0);
  expect(run.status, output).toBe(0);
  expect(elapsed).toBeLessThan(90_000);
}, 95_000);
