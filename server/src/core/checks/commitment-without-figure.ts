// commitment-without-figure: a sentence that pledges action on something measured (money,
// staff, places, waits, targets, cuts, increases) and gives no figure anywhere in it, so no one
// can later say whether the pledge was kept. Pledge detection lives in figures/pledges.ts.
import type { Check } from './check';
import type { Draft } from '../draft';
import { detectPledge, type Pledge } from '../figures/pledges';
import type { Finding, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'commitment-without-figure',
  description: 'A pledge about money, staff, places, waiting times, targets, cuts or increases that gives no amount, count, percentage, duration or date.',
  docs: 'commitment-without-figure',
};

/** What kind of figure would make the pledge checkable, by what it is about. */
function missing(pledge: Pledge): string {
  const about = `${pledge.action} ${pledge.topic}`.toLowerCase();
  if (/fund|money|pay|wage|salar|invest|spend|budget|cost|fee|grant|resourc|financ|cash/.test(about)) return 'amount, percentage or date';
  if (/wait|delay|backlog|response|appointment/.test(about)) return 'time limit, percentage or date';
  if (/staff|worker|nurse|doctor|gp|recruit|train|hire|midwi|visitor|carer|workforce|post/.test(about)) return 'number, percentage or date';
  if (/place|bed|home|centre|unit|clinic|service|respite/.test(about)) return 'number, percentage or date';
  return 'amount, percentage or date';
}

const HOVER = [
  'A pledge about something measured is only checkable with a figure: an amount, a count, a percentage, a',
  'multiplier, a duration, a deadline or a date. For example:',
  '',
  '- *We will increase funding for community mental health services by £250 million a year by 2028.*',
  '- *We will recruit 2,000 more district nurses within the next parliament.*',
  '',
  'These show the kind of figure that would satisfy the rule; they are not proposals for this pledge.',
].join('\n');

function messageFor(pledge: Pledge | null): string | null {
  if (!pledge) return null;
  const what = pledge.summary.charAt(0).toLowerCase() + pledge.summary.slice(1);
  return `Pledge to ${what} gives no ${missing(pledge)}.`;
}

export function checkCommitments(draft: Draft): Finding[] {
  const findings: Finding[] = [];
  for (const passage of draft.passagesInTime()) {
    if (passage.kind === 'tableCell') continue;
    for (const sentence of passage.sentences) {
      const inCommitmentList = passage.kind === 'listItem';
      // The message, or null: the same for the same sentence, so kept across edits.
      const message = draft.cache.memo(inCommitmentList ? 'pledge-in-list' : 'pledge', sentence.text, () => messageFor(detectPledge(sentence.text, { inCommitmentList })));
      if (message === null) continue;
      findings.push({ rule: 'commitment-without-figure', start: sentence.start, end: sentence.end, message, citations: [], hover: HOVER });
    }
  }
  return findings;
}

export const commitmentWithoutFigure: Check = { meta, run: checkCommitments };
