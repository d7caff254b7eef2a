import { describe, expect, it } from 'vitest';
import { actionClaims, mayHaveAction, stanceOfWord } from './action';

const actions = (s: string) =>
  actionClaims(s).map((a) => ({ direction: a.direction, negated: a.negated, object: a.object }));

describe('actionClaims', () => {
  it('a verb of direction with what it acts on', () => {
    const [a] = actions('Labour will restore the collection of race equality and ethnicity data.');
    expect(a).toMatchObject({ direction: 'restor', negated: false });
    expect(a!.object).toEqual(expect.arrayContaining(['collect', 'ethnic', 'data']));
  });

  it('a second verb of direction after "and" acts on its own object', () => {
    const [boost, end] = actions(
      'We will boost spending on mental health services and end the long waits for treatment.',
    );
    expect(boost!.object).toEqual(['mental', 'health', 'servic']);
    expect(end!.object).toEqual(expect.arrayContaining(['long', 'wait']));
    // Two verbs of one object: the first still takes it.
    expect(actions('We will increase and widen access to respite.')[0]!.object).toContain('respit');
  });

  it('what one is required to take is made compulsory', () => {
    const [a] = actions('From April, every new client will be required to take a personal budget.');
    expect(a).toMatchObject({ direction: 'compulsori', negated: false, object: ['person', 'budget'] });
    expect(mayHaveAction('Everyone will be required to take a personal budget.')).toBe(true);
    // Required to do something else: no compulsion on a thing taken.
    expect(actions('Councils will be required to publish their waiting times.')).toEqual([]);
  });

  it('what a comparison names is not the object ("unlike England")', () => {
    expect(actions('Wales protected social care spending, unlike England.')[0]!.object).not.toContain('england');
  });

  it('a noun derived from one', () => {
    expect(actions('We call for the abolition of the Section 75 regulations.')[0]).toMatchObject({
      direction: 'abolish',
    });
  });

  it('not a direction: "at the end of December", "by the close of the year" name a time', () => {
    expect(actions('The board plans to shut the clinic at the end of December.').map((a) => a.direction)).toEqual([
      'shut',
    ]);
    expect(actions('Funding will stop by the close of the year.').map((a) => a.direction)).toEqual(['stop']);
    // The end of a thing is still its ending.
    expect(actions('We oppose the end of free bus passes.').map((a) => a.direction)).toContain('end');
  });

  it('not a direction: the verb of a clause of time ("as their contracts end")', () => {
    const directions = (s: string) => actions(s).map((a) => a.direction);
    expect(directions('Bring services back in house as their contracts end, and build new homes.')).toEqual([]);
    expect(directions('We will protect the scheme until it closes.')).toEqual(['protect']);
    // A verb that acts on something, or "such as": still a direction.
    expect(directions('We will act when we end the cap.')).toContain('end');
    expect(directions('Changes such as ending the cap.')).toContain('end');
  });

  it('negated, or ruled out by "rather than"', () => {
    expect(
      actions('Registration will not be made compulsory.').find((a) => a.direction === 'compulsori')?.negated,
    ).toBe(true);
    expect(
      actions('Rather than repeal the Act, we will amend it.').find((a) => a.direction === 'repeal')?.negated,
    ).toBe(true);
  });

  it('a stance against the action earlier in its clause', () => {
    expect(
      actions("We reject the Conservatives' plans for extreme spending cuts.").find((a) => a.direction === 'cut')
        ?.negated,
    ).toBe(true);
    expect(
      actions('We oppose any further closure of community hospitals.').find((a) => a.direction === 'close')?.negated,
    ).toBe(true);
    expect(
      actions('We will cut waiting times, but we reject privatisation.').find((a) => a.direction === 'cut')?.negated,
    ).toBe(false);
    expect(
      actions('We oppose privatisation and will increase funding for mental health services.').find(
        (a) => a.direction === 'increas',
      )?.negated,
    ).toBe(false);
  });

  it('a negated belief earlier in its clause ("I do not believe … should be introduced")', () => {
    const negated = (s: string, d: string) => actions(s).find((a) => a.direction === d)?.negated;
    expect(
      negated(
        'Placing a duty on NHS bodies would add bureaucracy, and I do not believe such a duty should be introduced.',
        'introduc',
      ),
    ).toBe(true);
    expect(negated('We do not think that the Act should be repealed.', 'repeal')).toBe(true);
    // Counted once when it stands just before the action.
    expect(negated("I don't think cuts are the answer.", 'cut')).toBe(true);
    // Not past the clause, nor a belief that is not negated.
    expect(negated('I do not think we need a review, but the regulations should be scrapped.', 'scrap')).toBe(false);
    expect(negated('We believe that the Act should be repealed.', 'repeal')).toBe(false);
  });

  it('a negation mistyped is still one', () => {
    expect(actions('The money for breaks shouldnt be ring-fenced.')[0]).toMatchObject({ negated: true });
    expect(actions('The money for breaks should be ring-fenced.')[0]).toMatchObject({ negated: false });
  });

  it('a folded compound ("ring-fenced")', () => {
    expect(actions('The money for breaks should not be ring-fenced.')[0]).toMatchObject({
      direction: 'ringfenc',
      negated: true,
    });
  });

  it('a folded passive acts on its subject, not on a new clause after ", and"', () => {
    const [state, again] = actions(
      "On carers' breaks, the money given to the NHS is not ring-fenced, and we have no intention of ring-fencing it.",
    );
    expect(state).toMatchObject({ direction: 'ringfenc', negated: true });
    expect(state!.object).toEqual(expect.arrayContaining(['break', 'carer']));
    expect(state!.object).not.toContain('intent');
    // The direction's own word is no object word, so it takes no place from what is acted on.
    expect(again).toMatchObject({ direction: 'ringfenc', negated: true });
    expect(again!.object).toEqual(expect.arrayContaining(['break', 'carer']));
  });
});

describe('actionClaims: a passive verb acts on its subject', () => {
  it('the subject before "be …ed" is the object, even when words follow', () => {
    const [a] = actions('The definition of a carer will not be widened to take in young carers.');
    expect(a).toMatchObject({ direction: 'widen', negated: true });
    expect(a!.object.slice(0, 2)).toEqual(['carer', 'definit']);
    expect(actions('Walk-in centres should be closed to save money.')[0]!.object.slice(0, 2)).toEqual([
      'centr',
      'walk',
    ]);
    expect(actions('The Section 75 regulations must be scrapped as soon as parliament allows.')[0]!.object).toEqual(
      expect.arrayContaining(['section', 'regul']),
    );
  });

  it('not passive: an active verb, or a passive with no subject to take', () => {
    expect(actions('We will widen access to respite care for young carers.')[0]!.object.slice(0, 2)).toEqual([
      'access',
      'respit',
    ]);
    expect(actionClaims('It should be scrapped along with the Section 75 regulations.')[0]!.follows).toBe(true);
  });
});

describe('actionClaims: "stay" and "remain" that keep a thing as it is', () => {
  it('a state something is made: said of what is made so, not of who makes it', () => {
    const [made] = actions('The draft policy makes personal budgets compulsory for everyone at home.');
    expect(made!.object).toEqual(expect.arrayContaining(['person', 'budget']));
    for (const w of ['draft', 'polici']) expect(made!.object).not.toContain(w);
    const [passive] = actions('Personal budgets should be made compulsory for everyone.');
    expect(passive!.object).toEqual(expect.arrayContaining(['person', 'budget']));
  });

  it("a passive's object past a comma is another clause's", () => {
    const [kept] = actions('The social care budget is protected, obviously I cannot prejudge those decisions.');
    expect(kept!.object).toEqual(expect.arrayContaining(['social', 'care', 'budget']));
    expect(kept!.object).not.toContain('decis');
  });

  it('on the statute book, in place, in force, as it is: said of the subject', () => {
    expect(actions('The Section 75 regulations should stay on the statute book.')[0]).toMatchObject({
      direction: 'retain',
      negated: false,
      object: ['regul', 'section'],
    });
    expect(actions('The Health and Social Care Act will not remain in place.')[0]).toMatchObject({
      direction: 'retain',
      negated: true,
    });
    expect(actions('The definition of a carer will stay as it is.')[0]).toMatchObject({
      direction: 'unchang',
      object: ['carer', 'definit'],
    });
  });

  it('not a direction: staying somewhere, remaining something, or a report', () => {
    expect(actions('Patients stay in hospital too long because care at home is not there.')).toEqual([]);
    expect(actions('Competitive tendering remains a useful discipline.')).toEqual([]);
    expect(actions('The regulations have remained in place since 2013.')).toEqual([]);
  });
});

describe('actionClaims: "national" before a rule', () => {
  it('a rule set for everyone, or ruled out', () => {
    expect(actions('National minimum eligibility criteria must be used to set a baseline.')[0]).toMatchObject({
      direction: 'nation',
      negated: false,
    });
    expect(
      actions('Eligibility should be left to each council, without any national minimum criteria.')[0],
    ).toMatchObject({ direction: 'nation', negated: true, object: ['minimum', 'criteria'] });
    expect(actions('There will be no national waiting time standard for mental health.')[0]).toMatchObject({
      direction: 'nation',
      negated: true,
    });
  });

  it('not a rule: the national minimum wage, national insurance, a national service', () => {
    const national = (s: string) => actions(s).filter((a) => a.direction === 'nation');
    expect(national('No care worker should be paid less than the national minimum wage.')).toEqual([]);
    expect(national('We will not raise national insurance.')).toEqual([]);
    expect(national('It is not a truly national health service any more.')).toEqual([]);
  });
});

describe('actionClaims: "do not need X" rules X out', () => {
  it('as "should not introduce X" does', () => {
    expect(actions('Mental health services do not need a national waiting time standard.')[0]).toMatchObject({
      direction: 'introduc',
      negated: true,
      object: ['wait', 'standard'],
    });
    expect(actions("We don't need another inspection regime for care homes.")[0]).toMatchObject({
      direction: 'introduc',
      negated: true,
    });
    expect(actions('There is no need for a new duty on NHS bodies.')[0]).toMatchObject({
      direction: 'introduc',
      negated: true,
    });
  });

  it('not a stance: a need said plainly, a verb after it, or the needs of the people a clause describes', () => {
    expect(actions('Carers need a break from caring.')).toEqual([]);
    expect(actions('Carers do not need to fill in another form.')).toEqual([]);
    expect(actions('Patients who do not need a hospital bed should be cared for at home.')).toEqual([]);
  });
});

describe('actionClaims: what is not a position', () => {
  it('a report of what happened', () => {
    expect(actions('A quarter of walk-in centres have been closed since 2010.')).toEqual([]);
    expect(actions('The Government has cut public health funding.')).toEqual([]);
  });

  it('a phrasal verb', () => {
    expect(actions('Caring can cut people off from their friends.')).toEqual([]);
  });

  it('what an act costs or is, said with the act as its subject', () => {
    expect(actions('Staff leave every year, and replacing a single care worker can cost £3,500.')).toEqual([]);
    expect(actions('Scrapping the cap would be a betrayal of older people.')).toEqual([]);
    // A heading or list item that names the act is still one.
    expect(actions('Ending the postcode lottery in care.')).toHaveLength(1);
  });

  it('a judgement that rules the action out', () => {
    expect(actions('It is short-sighted to close walk-in centres.')[0]).toMatchObject({
      direction: 'close',
      negated: true,
    });
  });

  it('opposition said as a noun rules the action out too', () => {
    const [a] = actions('The council set out its opposition to closing the Lincoln walk-in centre.');
    expect(a).toMatchObject({ direction: 'close', negated: true });
    expect(a!.object).toEqual(expect.arrayContaining(['walk', 'centr']));
  });

  it('a participle after a comma takes nothing before the comma as its object', () => {
    const claims = actions('The CCG launched a consultation on the future of the walk-in centre, closing on 6 August.');
    expect(claims.find((a) => a.direction === 'close')?.object ?? []).toEqual([]);
  });

  it('a passive is said of its subject, not of a clause joined after it with "and that"', () => {
    const [a] = actions('We will ensure that waiting times are reduced and that the distances travelled are short.');
    expect(a).toMatchObject({ direction: 'cut' });
    expect(a!.object).toContain('wait');
    expect(a!.object).not.toContain('distanc');
  });
});

describe('mayHaveAction', () => {
  it('passes every seed sentence that has an action claim (it only skips work)', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = path.join(__dirname, '../../../../seeds');
    const sentences = fs
      .readdirSync(dir)
      .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split(/(?<=[.;:!?])\s+|\n+/));
    const missed = sentences.filter((s) => actionClaims(s).length > 0 && !mayHaveAction(s));
    expect(sentences.length).toBeGreaterThan(300);
    expect(missed).toEqual([]);
  });
});

describe('actionClaims: forms of the table words only', () => {
  it('"option" is not "optional"; "increasing" and "closed" are their words', () => {
    expect(actions('There is no other option for carers.').map((a) => a.direction)).toEqual([]);
    expect(actions('We are increasing support for carers.').map((a) => a.direction)).toContain('increas');
    expect(actions('The ward will be closed to new patients.').map((a) => a.direction)).toContain('close');
  });
});

describe('actionClaims: the words a message quotes', () => {
  it.each([
    ['The money for carers’ breaks will no longer be ring-fenced.', 'no longer be ring-fenced'],
    ['The definition of a carer will not be widened.', 'not be widened'],
    ['We will not repeal the Act.', 'not repeal'],
    ['Funding for carers’ breaks will be ringfenced.', 'ringfenced'],
    ['We do not believe such a duty should be introduced.', 'introduced'],
  ])('%s → "%s"', (sentence, written) => {
    expect(actionClaims(sentence)[0]!.written).toBe(written);
  });
});

describe('stanceOfWord', () => {
  it('the stance a sentence takes with a direction word: negated or not, or a report of the past', () => {
    expect(stanceOfWord('It is short-sighted to close walk-in centres.', 'close')).toBe(true);
    expect(stanceOfWord('We will keep the walk-in centres open.', 'open')).toBe(false);
    expect(stanceOfWord('A quarter of centres have been closed since 2010.', 'closed')).toBe('reported');
    // A word that is not there, or makes no claim.
    expect(stanceOfWord('We will keep the walk-in centres open.', 'close')).toBeUndefined();
    expect(stanceOfWord('The board meets at the end of December.', 'end')).toBeUndefined();
  });
});
