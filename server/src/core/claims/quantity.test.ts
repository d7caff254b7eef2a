// Quantity claims on sentences shaped like real ones: value, unit, what is measured, and scope.
import { describe, expect, it } from 'vitest';
import { quantityClaims } from './quantity';

const claims = (s: string) =>
  quantityClaims(s).map((c) => ({
    text: c.figure.text,
    kind: c.figure.kind,
    value: c.figure.value,
    valueMax: c.figure.valueMax,
    unit: c.figure.unit,
    per: c.figure.per,
    head: c.head,
    thing: c.thing,
    modifiers: c.modifiers,
    ...c.scope,
  }));

describe('quantityClaims', () => {
  it('money taken away is a cut, however it is put, and a council is a local authority', () => {
    for (const s of [
      'More than £6 billion has been taken out of council social care budgets since 2010.',
      'Council budgets were reduced by about £5 billion over the decade.',
      'Local authorities have lost around £7.7 billion from their budgets.',
      'Despite £8 billion of budget cuts, councils are leading the way.',
    ]) {
      const [c] = claims(s);
      expect(c!.kind, s).toBe('money');
      expect(c!.thing, s).toEqual(expect.arrayContaining(['cut', 'council', 'budget']));
    }
  });

  it('after ", and" a figure\'s words start anew: what the list\'s earlier item names is not what it measures', () => {
    const [cap] = claims('The NHS and social care levy, and £86,000 cap on care costs, will not fix the crisis.');
    expect(cap!.thing).toContain('cap');
    expect(cap!.thing).not.toContain('levi');
    // Without the comma, "and" may join the figure's own words: "the levy and £12bn for the NHS".
    expect(claims('Ministers set out the levy and £12bn a year for the NHS.')[0]!.thing).toContain('levi');
  });

  it('a share of staff who leave or are lost measures turnover, as "turnover of 25-33%" does', () => {
    for (const s of [
      'Some providers lose as many as 40 per cent of their staff every year.',
      'Between one in ten and one in five of their care workers leave each year.',
      'Providers report turnover levels of 25-33% every year.',
    ])
      expect(claims(s)[0]!.thing, s).toContain('turnov');
    // A share of staff that does not leave, or of something else lost, is not turnover.
    expect(claims('A third of their staff are on zero-hours contracts.')[0]!.thing).not.toContain('turnov');
    expect(claims('Councils lost a quarter of their budgets.')[0]!.thing).not.toContain('turnov');
  });

  it("an age in another clause is its figure's group; a figure naming nothing counts what the last did", () => {
    const got = claims(
      'Whilst the number of carers has risen by 11% since 2001, the number of those over 65 rose by 35%.',
    );
    expect(got.map((c) => [c.value, c.group, c.thing.includes('carer')])).toEqual([
      [11, undefined, true],
      [35, '65+', true],
    ]);
    // "those over 65" is an age; "over 65,000 carers" a count.
    expect(claims('There are over 65,000 carers in the county.')[0]).toMatchObject({ kind: 'count', value: 65_000 });
    const [half] = claims(
      'Since 2001 the number of carers aged 65 and over has risen by more than half, far faster than the growth ' +
        'in carers as a whole.',
    );
    expect(half).toMatchObject({ value: 50, group: '65+' });
    expect(half!.thing).not.toContain('faster');
  });

  it('what a share measures leaves out who told it, a hedge, a negation and a clause after ", which"', () => {
    const [lose] = claims(
      'In Wales some care providers tell us they lose 40 to 50 per cent of their staff every year, which makes ' +
        'training in care homes hard to sustain.',
    );
    expect(lose!.thing[0]).toBe('turnov');
    for (const w of ['tell', 'train', 'hard']) expect(lose!.thing).not.toContain(w);
    expect(claims('Somewhere between one in ten and one in five staff leave.')[0]!.thing).not.toContain('somewher');
    const [off] = claims('Four in ten carers said they feel they have not had a single day off.');
    for (const w of ['not', 'feel']) expect(off!.thing).not.toContain(w);
    // Before the figure, a clause opened by ", which" may be what holds it.
    expect(claims('Social care, which employs 1.5 million people, is short of staff.')[0]!.thing).toContain('social');
  });

  it('when a figure was said is its scope, not what it measures; a clause after ", so" is not its own', () => {
    const [cap] = claims('In March 2022 ministers announced a £90,000 cap on lifetime care costs.');
    expect(cap).toMatchObject({ kind: 'money' });
    expect(Math.floor(cap!.years[0]!)).toBe(2022);
    expect(cap!.thing).not.toContain('march');
    expect(cap!.thing).not.toContain('announc');
    const [limit] = claims('The capital limit has been £40,000 since June 2020, so fewer people pay the full fee.');
    expect(limit!.thing).toEqual(expect.arrayContaining(['capit', 'limit']));
    for (const w of ['june', 'sinc', 'fewer', 'peopl', 'fee']) expect(limit!.thing).not.toContain(w);
  });

  it('a year that opens the sentence dates the figures of its clause, not those after "today"', () => {
    const [staff, budget, now] = claims(
      'In 1948 the NHS had fewer than 150,000 staff and a budget of about £11 billion; ' +
        'today it employs 1.4 million people.',
    );
    expect(staff!.years).toEqual([1948]);
    expect(budget).toMatchObject({ kind: 'money', years: [1948] });
    expect(now).toMatchObject({ kind: 'count', years: [] });
    // A new clause after a comma is of its own time, and so is a figure with a deadline of its own.
    const [then, since] = claims('In 2010 the Conservatives promised 5,000 more GPs, and 2,000 have been recruited.');
    expect(then!.years).toEqual([2010]);
    expect(since!.years).toEqual([]);
    expect(claims('In 2010 the list was 2.5 million, rising to 6 million by 2023.')[1]!.years).toEqual([]);
  });

  it('a condition said of those counted is their group; one in a name is not', () => {
    const condition = (s: string) => claims(s).map((c) => c.condition);
    expect(condition('There are 1.1 million survivors of stroke in the UK.')).toEqual(['stroke']);
    expect(condition('There are 1.3 million stroke survivors in the UK.')).toEqual(['stroke']);
    expect(condition("850,000 people have Alzheimer's or another form of dementia.")).toEqual(['dementia']);
    expect(condition('Nearly half (45%) of carers aged 75 and over look after someone who has dementia.')).toEqual([
      'dementia',
    ]);
    expect(condition("The Alzheimer's Society says there are 4 million unpaid carers in the UK.")).toEqual([undefined]);
    expect(condition('The waiting list stands at 6 million people, including cancer patients.')).toEqual([undefined]);
    expect(
      condition('There are 1.5 million carers aged 65 and over, many of them caring for someone with dementia.'),
    ).toEqual([undefined]);
  });

  it('"none the less" negates no figure after it', () => {
    expect(claims('None the less with more of us older per capita spending has reduced by 12%.')).toHaveLength(1);
    expect(claims('None of the 12 wards has reopened.')).toHaveLength(0);
  });

  it("a clause after a comma and 'and' is not the figure's", () => {
    const [c] = claims(
      'Councils have lost around £7.7 billion from their care budgets since 2010, and ' +
        'in some areas central funding has been cut by half.',
    );
    expect(c).toMatchObject({ value: 7_700_000_000, years: [2010] });
    expect(c!.thing).not.toContain('central');
  });

  it('the words before "that" or "since" are the frame, not what the figure measures', () => {
    const [a] = claims(
      'Future policy designed to tackle health inequalities should reflect the fact that 60 per cent of ' +
        "a person's health is determined by factors beyond the control of the NHS.",
    );
    expect(a!.thing).toEqual(expect.arrayContaining(['person', 'health', 'determin', 'beyond']));
    expect(a!.thing).not.toContain('polici');
    const [b] = claims(
      'Waiting lists are only part of the picture, since around 80 per cent of ' +
        "a person's health is shaped by factors outside the health service.",
    );
    expect(b!.thing).toEqual(expect.arrayContaining(['person', 'health', 'determin', 'beyond', 'nh']));
    expect(b!.thing).not.toContain('pictur');
  });

  it("a figure that counts no one takes its own clause's group, not another clause's", () => {
    const [each, older] = claims(
      'Each unpaid carer spares the public purse roughly £19,300 a year, and older ' +
        'carers between them contribute more than £23 billion annually.',
    );
    expect(each).toMatchObject({ value: 19_300, perHead: true });
    expect(each!.group).toBeUndefined();
    expect(each!.thing).toEqual(expect.arrayContaining(['state', 'save', 'carer']));
    expect(older).toMatchObject({ group: '65+' });
    expect(
      claims('Nearly 1.4 million pensioners now look after a partner, worth £6bn a year to the state.')[1],
    ).toMatchObject({ kind: 'money', group: '65+' });
  });

  it('a count names its people after describing words the figure did not take', () => {
    expect(claims('In England, 8 million unpaid and overworked family carers provide vital support.')[0]).toMatchObject(
      { value: 8_000_000, head: 'carer', places: ['england'] },
    );
    expect(claims('Some 2 million of them are carers.')[0]!.head).not.toBe('carer');
  });

  it('a sum after another in its clause shares what that one is about', () => {
    const [, later] = claims(
      'Local authorities faced £700 million of cuts in 2018-19, with £7 billion taken out since 2010.',
    );
    expect(later).toMatchObject({ value: 7_000_000_000 });
    expect(later!.thing).toEqual(expect.arrayContaining(['cut', 'council']));
    const [, other] = claims(
      'We will cut £700 million from council overheads; and we will spend £2 billion on nurses.',
    );
    expect(other!.thing).not.toContain('council');
  });

  it('a sum saying little of its own in the next clause is about the sum before; later words are not its', () => {
    const [year, decade, fewer] = claims(
      'Councils face £700 million of cuts in 2018-19 alone, and with £7 billion taken out since 2010, ' +
        '26 per cent fewer older people now receive support.',
    );
    expect(year!.thing).toEqual(expect.arrayContaining(['cut', 'council']));
    expect(decade!.thing).toEqual(expect.arrayContaining(['cut', 'council']));
    // The older people are the percentage's, not the £7 billion's.
    expect(decade!.group).toBeUndefined();
    expect(fewer!.group).toBe('65+');
  });

  it('a value expected in years to come is projected', () => {
    const [now, later] = claims('There are 6.5 million carers, and this number is expected to rise to 9 million.');
    expect(now!.projected).toBeUndefined();
    expect(later).toMatchObject({ value: 9_000_000, projected: true });
    expect(claims('Demographers expect nine million to be doing so by 2040.')[0]).toMatchObject({ projected: true });
    // What would be needed is a projection too; what there is, or what is pledged, is not.
    expect(claims('The country would need 8 million carers by 2035.')[0]).toMatchObject({ projected: true });
    expect(claims('The NHS will need an extra 50,000 nurses.')[0]).toMatchObject({ projected: true });
    expect(claims('We will recruit 50,000 nurses.')[0]!.projected).toBeUndefined();
    // A second figure whose verb shares the first one's subject and modal is projected with it; one of its own is not.
    const [need, have] = claims('By then the country would need 8 million carers but have only 6 million available.');
    expect([need!.projected, have!.projected]).toEqual([true, true]);
    const [needed, there] = claims('The NHS will need 50,000 more nurses, but there are 30,000 vacancies today.');
    expect([needed!.projected, there!.projected]).toEqual([true, undefined]);
    // A pledge's figure is not a projection.
    expect(claims('We will recruit 5,000 more GPs over the next five years.')[0]!.projected).toBeUndefined();
  });

  it('a percentage something changed by is not a share of it', () => {
    for (const s of [
      'The number of adults getting council-funded care fell by 18 per cent in two years.',
      'Spending saw an 8 per cent real-terms cut.',
      'Fees went up by about 5% last year.',
    ]) {
      expect(claims(s)[0], s).toMatchObject({ kind: 'percent', change: true });
    }
    expect(claims('A third of the users of social care are working-age adults.')[0]).not.toHaveProperty('change');
  });

  it('a share of something named before is not a share of the whole', () => {
    expect(
      claims(
        'The county may raise council tax by up to 5 per cent, with 3 per cent of that ' +
          'earmarked for adult social care.',
      )[1],
    ).toMatchObject({ value: 3, shareOfAnother: true });
    expect(claims('Half of which goes to care homes.')[0]).toMatchObject({ value: 50, shareOfAnother: true });
    expect(claims('A third of the users of social care are working-age adults.')[0]).not.toHaveProperty(
      'shareOfAnother',
    );
  });

  it("an age ends no figure's words, and 'make up' is no change", () => {
    const [c] = claims(
      'Nearly two thirds of carers over the age of 75 are looking after someone living with dementia.',
    );
    expect(c).toMatchObject({ group: '75+' });
    expect(c!.thing).toContain('dementia');
    const [w] = claims('Unpaid carers make up about 15 per cent of the people of Wales.');
    expect(w).toMatchObject({ value: 15, places: ['wales'] });
    expect(w).not.toHaveProperty('change');
    expect(w!.thing).toEqual(expect.arrayContaining(['carer', 'popul']));
    expect(claims('Spending is up 5% on last year.')[0]).toMatchObject({ change: true });
  });

  it('what people told a survey they would like is its answer, not a policy', () => {
    expect(
      claims('Seven in ten people told Healthwatch they would like a right to see a GP within 24 hours.')[1],
    ).toMatchObject({ kind: 'duration', sample: true });
  });

  it('a time ahead is not a wait', () => {
    expect(claims('Patients will be able to book an appointment more than 48 hours ahead.')[0]).toMatchObject({
      kind: 'duration',
      ahead: true,
    });
    expect(claims('Patients wait more than 48 hours for an appointment.')[0]).not.toHaveProperty('ahead');
  });

  it('a count in another frame: what is counted and where', () => {
    const [c] = claims("The UK's 6.3 million carers save the economy billions");
    expect(c).toMatchObject({ kind: 'count', value: 6_300_000, head: 'carer', places: ['uk'], perHead: false });
  });

  it('several figures in one sentence, each with its own place', () => {
    const got = claims(
      '5.1 million people in England and 340,000 in Wales care for someone unpaid, up ' +
        'from 4.9 million ten years earlier',
    );
    expect(got.map((c) => [c.value, c.head, c.places])).toEqual([
      [5_100_000, 'carer', ['england']],
      [340_000, 'carer', ['wales']],
    ]);
  });

  it('a group said by a word or an age is part of what is counted', () => {
    expect(claims('Nearly 1.4 million pensioners now look after a partner or a parent')[0]).toMatchObject({
      head: 'carer',
      group: '65+',
    });
    expect(claims('There are 1.2 million carers aged 65 and over in England.')[0]).toMatchObject({
      head: 'carer',
      group: '65+',
      places: ['england'],
    });
    expect(claims('Across the UK there are 6.5 million unpaid carers')[0]!.group).toBeUndefined();
  });

  it("a local area, a survey's figures and people becoming carers are scope of their own", () => {
    expect(
      claims('Around 24,000 people in the borough look after a relative or friend without being paid.')[0],
    ).toMatchObject({ head: 'carer', places: ['local-area'] });
    expect(claims('More than 11,600 carers filled in our State of Caring survey.')[0]).toMatchObject({
      head: 'carer',
      sample: true,
    });
    expect(claims('Twenty million people will become carers over the next parliament.')[0]).toMatchObject({
      value: 20_000_000,
      flow: true,
    });
    expect(claims('Across the UK there are 6.5 million unpaid carers.')[0]).not.toHaveProperty('sample');
    expect(claims('Across the UK there are 6.5 million unpaid carers.')[0]).not.toHaveProperty('flow');
  });

  it('scope words elsewhere in the sentence leave a national count as it is', () => {
    for (const s of [
      'The Family Resources Survey estimates there are 6.3 million unpaid carers in the UK.',
      "The UK's 6.3 million unpaid carers have become the backbone of social care.",
      'There are 6.3 million unpaid carers in the UK juggling full-time jobs.',
      '6.3 million unpaid carers get too little help locally.',
    ]) {
      const [c] = claims(s);
      expect(c, s).toMatchObject({ head: 'carer' });
      expect([c!.sample, c!.flow, c!.group, c!.places.includes('local-area')], s).toEqual([
        undefined,
        undefined,
        undefined,
        false,
      ]);
    }
  });

  it('full-time and working-age are groups', () => {
    expect(claims('1.4 million full-time unpaid carers depend on it.')[0]).toMatchObject({
      head: 'carer',
      group: 'full-time',
    });
    expect(claims('There are 1.2 million carers of working age in England.')[0]).toMatchObject({
      group: 'working-age',
    });
  });

  it('a wait over a duration is longer than it; over a period is not', () => {
    expect(
      claims('A quarter of patients wait over a week to see a GP.').find((c) => c.kind === 'duration'),
    ).toMatchObject({ value: 1, unit: 'week' });
    expect(
      quantityClaims('A quarter of patients wait over a week to see a GP.').find((c) => c.figure.kind === 'duration')!
        .figure.qualifier,
    ).toBe('more-than');
    expect(
      quantityClaims('Spending will rise over three years.').find((c) => c.figure.kind === 'duration')?.figure
        .qualifier,
    ).toBeUndefined();
  });

  it('money per person is not a total', () => {
    const [each] = claims('The average saving to the state made by each unpaid carer is £18,471 each year.');
    expect(each).toMatchObject({ kind: 'money', value: 18_471, unit: 'GBP', per: 'year', perHead: true });
    expect(each!.thing).toEqual(expect.arrayContaining(['state', 'carer']));
    const [total] = claims('This would mean that the contribution of older carers is over £23.6 billion a year.');
    expect(total).toMatchObject({ value: 23_600_000_000, perHead: false, group: '65+' });
  });

  it('frame words do not say what money is for', () => {
    const [c] = claims('We will invest an extra £100 million a year in general practice, funded by savings.');
    expect(c!.thing).toContain('gp');
    expect(c!.thing).not.toContain('invest');
    expect(c!.thing).not.toContain('extra');
  });

  it('a duration with what it is for, the doctor said in other words', () => {
    const [c] = claims('Everyone will be able to see a family doctor within a week.');
    expect(c).toMatchObject({ kind: 'duration', value: 1, unit: 'week' });
    expect(c!.thing).toEqual(expect.arrayContaining(['gp', 'appointment']));
  });

  it('a sum names the noun it is of, after it or before "of"', () => {
    expect(claims('The £86,000 cap on care costs won’t fix the crisis.')[0]).toMatchObject({ head: 'cap' });
    expect(claims('Ministers set a lifetime cap of £86,000.')[0]).toMatchObject({ head: 'cap' });
    expect(claims('We will spend £2 billion extra on nurses.')[0]!.head).not.toBe('extra');
    // What it is for, up to the verb.
    expect(claims('A £10m grant for hospices will open next year.')[0]).toMatchObject({
      head: 'grant',
      modifiers: ['hospic'],
    });
    // A relative clause says something of the noun; it is not what the noun is of.
    expect(claims('Parking charges of more than £400 a year that place real strain on families.')[0]).toMatchObject({
      head: 'charg',
      modifiers: [],
    });
  });

  it('a compound also written as two words counts as the two: homecare workers are home care workers', () => {
    expect(claims('We promised 10,000 extra homecare workers.')[0]).toMatchObject({
      head: 'worker',
      modifiers: ['home', 'care'],
    });
    expect(claims('We promised 10,000 extra home care workers.')[0]!.modifiers).toEqual(['home', 'care']);
  });

  it('a sum paid in or spent on a thing is of that noun phrase, its last noun the head', () => {
    expect(claims('Families can pay more than £600 a year in hospital car parking charges.')[0]).toMatchObject({
      head: 'charg',
      modifiers: ['hospit', 'car', 'park'],
    });
    expect(claims('Trusts spent £3 billion on agency staff last year.')[0]).toMatchObject({ head: 'staff' });
    // How the sum is counted is not what it is of.
    expect(claims('Funding fell by £1 billion in real terms.')[0]!.head).toBeUndefined();
  });

  it("a sum's noun is a compound's last, a sum of cuts is of cuts, and extra money may leave out its noun", () => {
    expect(claims('The £80,000 lifetime cap on care costs was scrapped last summer.')[0]).toMatchObject({
      head: 'cap',
      modifiers: ['lifetim'],
    });
    expect(claims('Councils have kept going through £11 billion of budget cuts.')[0]).toMatchObject({
      head: 'cut',
      modifiers: ['budget'],
    });
    // "Extra", "more", "additional" with no noun after them: money, for what follows.
    expect(claims('Labour offered up to £3bn extra every year for the NHS.')[0]).toMatchObject({
      head: 'monei',
      modifiers: ['nh'],
      yearly: true,
    });
    expect(claims("£3bn more each year for councils' children's social care services.")[0]!.modifiers).toEqual(
      expect.arrayContaining(['council', 'children']),
    );
  });

  it('a sum each year is not a total', () => {
    expect(claims('That means £16 billion more for the health service across the UK.')[0]).not.toHaveProperty('yearly');
    for (const s of [
      'We will invest an extra £100 million a year in general practice.',
      'The NHS gets up to £2.5bn extra money every year.',
      'An annual £1bn fund for hospices.',
      'Spending rose by £2bn annually.',
    ])
      expect(claims(s)[0], s).toMatchObject({ yearly: true });
  });

  it('a share lower than in a year before is a change, and a clause after ", even as" is not its own', () => {
    const [c] = claims(
      'In England, real-terms spending on adult social care was 9% lower in 2015/16 than in 2009/10, even as the ' +
        'number of older people kept rising.',
    );
    expect(c).toMatchObject({ value: 9, change: true, places: ['england'] });
    expect(c).not.toHaveProperty('group', '65+');
    expect(claims('Wales has a 9% higher share of carers than England.')[0]).not.toHaveProperty('change');
  });

  it('people who gave something up to care are counted by it, not as carers', () => {
    expect(claims('2.6 million people have quit their jobs to look after a relative.')[0]!.head).not.toBe('carer');
    expect(claims('Some 6.3 million people look after a relative unpaid.')[0]).toMatchObject({ head: 'carer' });
  });

  it('people said to be in a state are counted in it; all there are, or carers said to care, are not', () => {
    const inState = (s: string) => claims(s).map((c) => c.inState ?? false);
    expect(inState('1.2 million unpaid carers are living in poverty and 400,000 in deep poverty.')).toEqual([
      true,
      true,
    ]);
    expect(inState('Around 600,000 carers in England are struggling to make ends meet.')).toEqual([true]);
    expect(inState('Across the UK there are 6.5 million unpaid carers.')).toEqual([false]);
    expect(inState('Of those assessed, 13,000 fewer carers received direct support.')).toEqual([true]);
    // Those who did, whatever the determiner: not all there are.
    expect(inState('Restore support to the 121,000 carers who received it in 2015/16.')[0]).toBe(true);
    expect(inState('Support the 370,000 carers who look after a relative.')).toEqual([false]);
    expect(inState('There are 6.5 million unpaid carers of which many receive no support.')).toEqual([false]);
    expect(inState('6.3 million carers save the economy £132 billion a year.')[0]).toBe(false);
    expect(inState("The UK's 6.3 million carers save the economy billions.")).toEqual([false]);
    expect(inState('Some 370,000 people in Wales are unpaid carers.')).toEqual([false]);
    expect(inState('Some 1.4 million people over 65 are providing unpaid care.')).toEqual([false]);
    expect(inState('There are 370,000 carers, and this number is expected to rise to 450,000.')).toEqual([
      false,
      false,
    ]);
  });

  it('a word saying how near a figure is names nothing counted, and a change may follow a comma', () => {
    expect(claims('Only around 6,200 a year have an assessment.')[0]!.head).toBeUndefined();
    expect(claims('The number of older people receiving care grew, by around a tenth.')[0]).toMatchObject({
      kind: 'percent',
      change: true,
    });
  });

  it('no change said without a figure is a change of nothing, as far either way as its words reach', () => {
    expect(
      claims('In Wales the level of spend has remained broadly flat in real terms since 2009-10.')[0],
    ).toMatchObject({ kind: 'percent', value: 0, valueMax: 3, change: true, places: ['wales'] });
    expect(claims('Council tax was frozen in cash terms.')[0]).toMatchObject({ value: 0, valueMax: 1, change: true });
    expect(claims('Spending has not stayed flat.')).toEqual([]);
  });

  it('a cut or rise "of" a share is a change, however near the share is put', () => {
    for (const s of [
      'Unprotected areas would face average cuts of almost 16 per cent over the next parliament.',
      'Unprotected areas face average cuts of close to a fifth over the parliament.',
      'Pay saw a rise of just over 3% last year.',
    ])
      expect(claims(s)[0], s).toMatchObject({ change: true });
    expect(claims('Councils plan savings of £600 million, an average of 3.7% of their budgets.')[1]).not.toHaveProperty(
      'change',
    );
  });

  it('a multiple grown by is a percentage change', () => {
    expect(claims('The number of carers aged 85 and over has more than trebled in ten years.')[0]).toMatchObject({
      kind: 'percent',
      value: 200,
      change: true,
      group: '85+',
    });
  });

  it('an earlier value and a time ago are not claims', () => {
    const got = claims('The number of carers reached 5.4 million, up from 4.9 million ten years earlier.');
    expect(got.map((c) => c.value)).toEqual([5_400_000]);
  });
});
