// The functions with the most self time in a V8 .cpuprofile (from `node --cpu-prof`).
//   node scripts/bench/profile-top.mjs FILE.cpuprofile [N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lines "self ms  share  function  file:line", most self time first. */
export function summarise(file, n = 15) {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let total = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = (prof.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const cf = byId.get(prof.samples[i])?.callFrame;
    if (!cf) continue;
    const where = cf.url ? `${path.basename(cf.url)}:${cf.lineNumber + 1}` : '';
    const key = `${cf.functionName || '(anonymous)'}  ${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  return [
    `total ${total.toFixed(0)} ms sampled`,
    ...[...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const line of summarise(process.argv[2], Number(process.argv[3] ?? 25))) console.log(line);
}
