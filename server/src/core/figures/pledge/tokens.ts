// Words of a sentence with their offsets, and the base form and class of the verbs pledges use.
import { IRREGULAR_VERBS, VERB_CLASS_ORDER, type VerbClass } from './lexicon';

export interface Tok {
  /** As written. */
  t: string;
  /** Lower case, curly apostrophes straightened. */
  lc: string;
  s: number;
  e: number;
  word: boolean;
}

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const re = /[A-Za-z]+(?:[-'’&][A-Za-z]+)*|\S/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const t = m[0];
    out.push({
      t,
      lc: t.toLowerCase().replace(/’/g, "'"),
      s: m.index,
      e: m.index + t.length,
      word: /^[A-Za-z]/.test(t),
    });
  }
  return out;
}

const CLASS_OF = new Map<string, VerbClass>();
for (const [cls, words] of VERB_CLASS_ORDER) for (const w of words) if (!CLASS_OF.has(w)) CLASS_OF.set(w, cls);

/** Whether the word is a verb of the lexicon as written (base form). */
export function isLexiconVerb(w: string): boolean {
  return CLASS_OF.has(w);
}

/** Base form of a verb in the lexicon, or '' ("increasing" -> "increase"). */
export function verbBase(w: string): string {
  if (CLASS_OF.has(w)) return w;
  const irregular = IRREGULAR_VERBS[w];
  if (irregular) return irregular;
  for (const c of baseForms(w)) if (CLASS_OF.has(c)) return c;
  return '';
}

/** The forms a word may be an inflection of ("treated" -> "treat", "treate"; "scanning" -> "scann", "scan"). */
export function baseForms(w: string): string[] {
  const cands: string[] = [];
  if (w.endsWith('ing')) {
    const st = w.slice(0, -3);
    cands.push(st, st + 'e');
    if (/(.)\1$/.test(st)) cands.push(st.slice(0, -1));
  }
  if (w.endsWith('ied')) cands.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) {
    const st = w.slice(0, -2);
    cands.push(st, w.slice(0, -1));
    if (/(.)\1$/.test(st)) cands.push(st.slice(0, -1));
  }
  if (w.endsWith('ies')) cands.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) cands.push(w.slice(0, -2));
  if (w.endsWith('s')) cands.push(w.slice(0, -1));
  return cands;
}

export function verbClass(base: string): VerbClass {
  return CLASS_OF.get(base) ?? 'unknown';
}

/** Lower-cases a phrase for a message, keeping acronyms ("NHS", "GPs", "A&E"). */
export function lowerPhrase(s: string): string {
  return s
    .split(/(\s+)/)
    .map((w) => (/^[A-Z][A-Z0-9&]+s?$/.test(w) || /^[A-Z]+[-–][A-Z]/.test(w) ? w : w.toLowerCase()))
    .join('')
    .replace(/[\s,;:.!?"“”'‘’)(-]+$/, '')
    .replace(/^[\s"“‘(]+/, '')
    .trim();
}
