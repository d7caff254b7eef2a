// Runs the soak script (scripts/soak.mjs) against the built server with 2,000 edits: no crash,
// no unhandled rejection, every diagnostic range inside the document, RSS stable. The script
// prints its figures and `soak: N passed, M failed`; this test fails with that output. It says
// nothing of speed (`npm run bench` measures that): its time bounds, ten minutes, only stop a
// server that hangs from holding up the run, and are far above what a slow machine needs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { requireBuilt, ROOT } from './support/lsp-client';

it('soak: 2,000 random edits with hovers and code actions, after 2,000 edits of warm-up, all done', () => {
  requireBuilt();
  const soak = [path.join(ROOT, 'scripts/soak.mjs'), '--warmup', '2000', '--edits', '2000', '--max-seconds', '600'];
  const run = spawnSync(process.execPath, soak, { cwd: ROOT, encoding: 'utf8', timeout: 610_000, env: process.env });
  const output = `${run.stdout}\n${run.stderr}`;
  console.log(output.trim());
  const last = /soak: (\d+) passed, (\d+) failed\s*$/.exec(run.stdout.trim());
  expect(last, `no final line; exit ${run.status} ${run.signal ?? ''}\n${output}`).not.toBeNull();
  expect(output).not.toMatch(/stopped early/);
  expect(Number(last![2]), output).toBe(0);
  expect(run.status, output).toBe(0);
}, 620_000);
