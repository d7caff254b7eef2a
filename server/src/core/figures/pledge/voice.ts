// The party a draft speaks for. A manifesto chapter by the SNP says "The SNP Government will train
// more GPs" and "SNP MPs will press for…": those are its own pledges, where the same words in a
// Labour leaflet report another party's. The draft itself says which: the party it most often names
// as the one that will act. Labour, whose papers the shipped corpus holds, is the voice when no
// other party is named more.

/** A party, by the lower-case words that name it in a subject ("liberal", "democrats"). */
export interface Voice {
  party: string;
  words: ReadonlySet<string>;
}

interface Party {
  party: string;
  /** The party's name as drafters capitalise it. */
  name: RegExp;
  /** Every lower-case word of its names, for the subject test. */
  words: string[];
}

const PARTIES: Party[] = [
  { party: 'labour', name: /Labour/, words: ['labour'] },
  {
    party: 'conservative',
    name: /Conservatives?|Tory|Tories/,
    words: ['conservative', 'conservatives', 'tory', 'tories'],
  },
  {
    party: 'liberal-democrat',
    name: /Liberal Democrats?|Lib Dems?/,
    words: ['liberal', 'democrat', 'democrats', 'lib', 'dem', 'dems'],
  },
  { party: 'snp', name: /SNP|Scottish National Party/, words: ['snp'] },
  { party: 'plaid', name: /Plaid(?: Cymru)?/, words: ['plaid'] },
  { party: 'green', name: /Green Party|Greens?/, words: ['green', 'greens'] },
  { party: 'reform', name: /Reform UK/, words: ['reform'] },
];

/** The default voice: the shipped corpus is Labour's. */
export const LABOUR_VOICE: Voice = voiceOfParty(PARTIES[0]!);

function voiceOfParty(p: Party): Voice {
  return { party: p.party, words: new Set(p.words) };
}

/** What may stand between a party's name and its "will": "SNP MPs", "a Welsh Conservative government". */
const BODIES = [
  'government',
  'Government',
  'MPs',
  'MSPs',
  'MSs',
  'AMs',
  'councillors',
  'Councillors',
  'council',
  'Council',
  'group',
  'Group',
  'party',
  'Party',
  'team',
  'administration',
  'candidates?',
];
const BODY = String.raw`(?:\s+(?:${BODIES.join('|')}))?`;

/** "We Liberal Democrats", "As Greens, we…", "our SNP Government": the draft names itself. */
const SELF_NAMED = (name: string) =>
  new RegExp(String.raw`\b(?:[Ww]e|[Oo]ur|[Aa]s)\s+(?:(?:Scottish|Welsh)\s+)?(?:${name})\b`);

/** "The SNP Government will", "Liberal Democrats would", "A Plaid government would": the party as actor. */
const AS_ACTOR = (name: string) =>
  new RegExp(String.raw`\b(?:${name})${BODY}\s+(?:will|would|shall)\s+(?!not\b|never\b|say\b)[a-z]`, 'g');

const MATCHERS = PARTIES.map((p) => ({
  party: p,
  self: SELF_NAMED(p.name.source),
  actor: AS_ACTOR(p.name.source),
}));

/** How often a sentence names each party as the one that will act (twice for naming itself). */
export function partyMentions(sentence: string): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const m of MATCHERS) {
    const n = (sentence.match(m.actor)?.length ?? 0) + (m.self.test(sentence) ? 2 : 0);
    if (n) counts.set(m.party.party, n);
  }
  return counts;
}

/**
 * The party a draft speaks for, from its sentences' mentions: the one named most often as the
 * actor of "will" / "would", Labour when none is named more.
 */
export function voiceOf(mentions: Iterable<ReadonlyMap<string, number>>): Voice {
  const counts = summed(mentions);
  let best: Party | undefined;
  let bestCount = counts.get('labour') ?? 0;
  for (const p of PARTIES) {
    const n = counts.get(p.party) ?? 0;
    if (n > bestCount) {
      best = p;
      bestCount = n;
    }
  }
  return best ? voiceOfParty(best) : LABOUR_VOICE;
}

/** Mentions added up, party by party. */
function summed(mentions: Iterable<ReadonlyMap<string, number>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) for (const [party, n] of m) counts.set(party, (counts.get(party) ?? 0) + n);
  return counts;
}

/** The mentions of a passage's sentences together. */
export const passageMentions = (sentences: string[]): ReadonlyMap<string, number> =>
  summed(sentences.map(partyMentions));

/** The voice of a draft given as sentences. */
export const draftVoice = (sentences: Iterable<string>): Voice => voiceOf([...sentences].map(partyMentions));
