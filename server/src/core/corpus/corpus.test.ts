import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCorpusFiles, loadCorpus } from './corpus';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-list-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('listCorpusFiles', () => {
  it("follows folders at any depth (here 40 levels), in name order, a folder's files where it sorts", () => {
    const root = path.join(tmp, 'deep');
    let dir = root;
    for (let i = 1; i <= 40; i++) {
      dir = path.join(dir, `level-${String(i).padStart(2, '0')}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'a.md'), `Passage at level ${i}.\n`);
    }
    fs.writeFileSync(path.join(root, 'z.txt'), 'Last.\n');
    fs.writeFileSync(path.join(root, 'b.txt'), 'First.\n');
    const { files, warnings } = listCorpusFiles(root);
    expect(warnings).toEqual([]);
    expect(files).toHaveLength(42);
    expect(files[0]).toBe(path.join(root, 'b.txt'));
    expect(files.at(-1)).toBe(path.join(root, 'z.txt'));
    expect(files[40]).toBe(path.join(dir, 'a.md'));
    expect(loadCorpus([root]).documents.map((d) => d.passages[0]!.text)).toContain('Passage at level 40.');
  });

  it('a name that is not valid UTF-8: skipped once, named with its bytes escaped, not reported as missing', () => {
    const root = path.join(tmp, 'bytes');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'good.txt'), 'We will open ten new walk-in centres.\n');
    fs.writeFileSync(
      Buffer.concat([Buffer.from(`${root}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('é.txt')]),
      'Hidden.\n',
    );
    fs.mkdirSync(Buffer.concat([Buffer.from(`${root}/dir`), Buffer.from([0xc3])]));
    const listing = listCorpusFiles(root);
    expect(listing.files).toEqual([path.join(root, 'good.txt')]);
    expect(listing.warnings.sort()).toEqual([
      `Corpus file skipped, its name is not valid UTF-8: ${root}/bad\\xff\\xfeé.txt`,
      `Corpus folder skipped, its name is not valid UTF-8: ${root}/dir\\xc3`,
    ]);
    const load = loadCorpus([root]);
    expect(load.errors).toEqual(listing.warnings);
    expect(load.errors.join('\n')).not.toMatch(/ENOENT|\ufffd/);
  });

  it('a sub-folder that cannot be read is named, the rest read', (ctx) => {
    if (process.getuid?.() === 0) ctx.skip('root reads every folder');
    const root = path.join(tmp, 'locked');
    fs.mkdirSync(path.join(root, 'shut'), { recursive: true });
    fs.writeFileSync(path.join(root, 'open.txt'), 'Open.\n');
    fs.chmodSync(path.join(root, 'shut'), 0);
    try {
      const listing = listCorpusFiles(root);
      expect(listing.files).toEqual([path.join(root, 'open.txt')]);
      expect(listing.warnings).toEqual([
        expect.stringMatching(new RegExp(`^Corpus folder skipped, it cannot be read: ${root}/shut \\(EACCES\\)$`)),
      ]);
    } finally {
      fs.chmodSync(path.join(root, 'shut'), 0o755);
    }
  });
});
