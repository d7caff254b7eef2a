import { describe, expect, it } from 'vitest';
import { chunkKind, headChunk, lossMeasure, objectEnd } from './phrase';
import { hasTimeFrame } from './timing';
import { tokenize } from './tokens';

/** The words of [s, e) of a tokenised text. */
const words = (text: string, s: number, e: number) =>
  tokenize(text)
    .slice(s, e)
    .map((t) => t.t)
    .join(' ');

describe('objectEnd', () => {
  it.each([
    ['funding for adult social care.', 'funding for adult social care', true],
    ['the nurses it needs to keep wards safe.', 'the nurses it needs', true],
    ['the pay, training, and terms and conditions care workers deserve.', 'the pay', false],
    [
      'the hospital rebuilds already promised and spend more on mental health.',
      'the hospital rebuilds already promised',
      true,
    ],
    ['pay for care workers and go on improving their terms.', 'pay for care workers', true],
    ['more NHS dentists in the places where people cannot find one.', 'more NHS dentists', true],
    ['cuts and closures across the county.', 'cuts and closures across the county', true],
    // Coordinate adjectives share their noun; a comma after a noun still ends the phrase.
    ['fair, sustainable funding for hospices.', 'fair , sustainable funding for hospices', true],
    ['a sustainable, long-term funding settlement.', 'a sustainable , long-term funding settlement', true],
    ['a proper, fully funded plan for carers.', 'a proper , fully funded plan for carers', true],
    ['the local hospital, new beds and more staff.', 'the local hospital', false],
  ])('%s', (text, object, clean) => {
    const r = objectEnd(tokenize(text), 0);
    expect(words(text, 0, r.end)).toBe(object);
    expect(r.clean).toBe(clean);
  });
});

describe('headChunk', () => {
  it.each([
    ['the funding gap facing hospices', ['gap']],
    ['district nurses and health visitors for every school', ['nurses', 'visitors']],
    ["carers' breaks", ['breaks']],
    ['the funding councils need', ['funding']],
    ['every care worker properly', ['worker']],
    // A word that strengthens the cue, and the cue's partitive "of", lead to the noun.
    ['many more nurses', ['nurses']],
    ['a lot more midwives', ['midwives']],
    ['more of our own doctors and nurses', ['doctors', 'nurses']],
  ])('%s heads: %j', (text, heads) => {
    const toks = tokenize(text);
    expect(headChunk(toks, 0, toks.length).heads.map((h) => toks[h]!.lc)).toEqual(heads);
  });
  it('a number is of its complement’s kind', () => {
    const toks = tokenize('the number of school nurses');
    expect(chunkKind(toks, headChunk(toks, 0, toks.length))?.kind).toBe('staff');
  });
});

describe('lossMeasure: what a verb of stopping stops', () => {
  it.each([
    ['pharmacy cuts', 'change'],
    ['the closure of community pharmacies', 'places'],
    ['the long waits for ambulance handovers', 'waits'],
    ['the funding gap in adult social care', 'money'],
    ['the scandal of slowing ambulance-response times', 'waits'],
    ['the long waits older people face for an assessment', 'waits'],
  ])('%s -> %s', (text, kind) => {
    const toks = tokenize(text);
    expect(lossMeasure(toks, headChunk(toks, 0, toks.length), toks.length)?.kind).toBe(kind);
  });
  it.each([
    'mixed-sex wards',
    'the crisis in social care',
    'the gap in life expectancy',
    'the use of agency staff',
    'prescription charges',
  ])('%s -> nothing measured', (text) => {
    const toks = tokenize(text);
    expect(lossMeasure(toks, headChunk(toks, 0, toks.length), toks.length)).toBeNull();
  });
});

describe('hasTimeFrame', () => {
  it.each([
    'in our first term',
    'over the next parliament',
    'from day one',
    'next year',
    'within the first year of a Labour government',
  ])('%s is a time frame', (t) => {
    expect(hasTimeFrame(`We will recruit more GPs ${t}.`)).toBe(true);
  });
  it.each(['every year', 'in every region', 'for the first time', 'year-on-year'])('%s is not', (t) => {
    expect(hasTimeFrame(`We will recruit more GPs ${t}.`)).toBe(false);
  });
});
