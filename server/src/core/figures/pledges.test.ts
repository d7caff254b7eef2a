import { describe, expect, it } from 'vitest';
import { detectPledge } from './pledges';

// [sentence, expected summary] — pledges of measured action with no figure.
const PLEDGES: Array<[string, string]> = [
  ['We will increase funding for adult social care.', 'increase funding for adult social care'],
  ['Labour will recruit more district nurses and health visitors.', 'recruit more district nurses and health visitors'],
  [
    'A Labour government will cut waiting times for child and adolescent mental health services.',
    'cut waiting times for child and adolescent mental health services',
  ],
  [
    'We pledge to expand the number of care home places for people with dementia.',
    'expand the number of care home places for people with dementia',
  ],
  ['We will reduce the use of agency staff in NHS trusts.', 'reduce the use of agency staff in NHS trusts'],
  ['We will expand respite care for unpaid carers.', 'expand respite care for unpaid carers'],
  ["We will boost funding for carers' breaks.", "boost funding for carers' breaks"],
  [
    'We will give local authorities more money for public health.',
    'give local authorities more money for public health',
  ],
  ['Labour will protect social care funding.', 'protect social care funding'],
  ['We will invest in community pharmacies.', 'invest in community pharmacies'],
  // GP access
  [
    'We will provide more GP appointments in the evenings and at weekends.',
    'provide more GP appointments in the evenings and at weekends',
  ],
  ["We'll hire more GPs in areas with the longest waits.", 'hire more GPs in areas with the longest waits'],
  ['Labour will train more GPs and practice nurses.', 'train more GPs and practice nurses'],
  ['We will cut the time patients wait to see their family doctor.', 'cut the time patients wait'],
  // mental health
  ['We will increase the mental health budget.', 'increase the mental health budget'],
  [
    'Labour will recruit additional mental health practitioners for every school.',
    'recruit additional mental health practitioners for every school',
  ],
  ['We are committed to reducing waiting lists for talking therapies.', 'reduce waiting lists for talking therapies'],
  [
    'Funding for crisis mental health services will be increased.',
    'increase funding for crisis mental health services',
  ],
  // dentistry
  ['We will fund more NHS dental appointments.', 'fund more NHS dental appointments'],
  ['Labour will expand NHS dentistry in rural areas.', 'expand NHS dentistry in rural areas'],
  ['We will raise the fees paid to dentists for NHS work.', 'raise the fees paid to dentists for NHS work'],
  // hospital discharge
  ['We will reduce delayed discharges from hospital.', 'reduce delayed discharges from hospital'],
  [
    'We will bring down the number of patients stuck in hospital beds.',
    'bring down the number of patients stuck in hospital beds',
  ],
  ['Labour will create more step-down beds in the community.', 'create more step-down beds in the community'],
  // carers
  ["We will increase Carer's Allowance.", "increase carer's allowance"],
  ['We promise to extend respite provision for older carers.', 'extend respite provision for older carers'],
  ['We will give carers more breaks from caring.', 'give carers more breaks from caring'],
  // workforce
  ['We will raise pay for care workers.', 'raise pay for care workers'],
  ['We will restore bursaries for student nurses.', 'restore bursaries for student nurses'],
  ['We are going to fill nursing vacancies across the NHS.', 'fill nursing vacancies across the NHS'],
  ['The next Labour government will employ more paramedics.', 'employ more paramedics'],
  // public health / NHS funding
  ['We will restore the public health grant.', 'restore the public health grant'],
  ['We will ring-fence funding for public health.', 'ringfence funding for public health'],
  ['Labour would increase spending on the NHS.', 'increase spending on the NHS'],
  ['We shall invest in new hospital buildings.', 'invest in new hospital buildings'],
  ['Councils are to receive more money for adult social care.', 'receive more money for adult social care'],
  ['We guarantee to cut waiting times in A&E.', 'cut waiting times in A&E'],
  ['We will build new community diagnostic centres.', 'build new community diagnostic centres'],
  // A time that is waited is a wait, though the clause saying so runs past "that".
  ['We will cut the time that children wait for mental health treatment.', 'cut the time that children wait'],
  // What a sector is made able to do is the pledge.
  [
    'Ministers must make sure the sector can recruit and keep the care workers it needs.',
    'recruit and keep the care workers it needs',
  ],
  // Pressing another to act pledges the act pressed for.
  ['We will press ministers to increase funding for hospices.', 'increase funding for hospices'],
  // An aside between commas after the modal; what a passive of giving gives; staff described after the noun.
  [
    'Ministers must, without further delay, increase funding for adult social care.',
    'increase funding for adult social care',
  ],
  ['Councils must be given more money.', 'give more money'],
  [
    'We will make sure every care home has enough staff trained in dementia care.',
    'make sure every care home has enough staff trained in dementia care',
  ],
];

// Imperative items from a list of commitments.
const LIST_PLEDGES: Array<[string, string]> = [
  ['Increase the pay of care workers.', 'increase the pay of care workers'],
  ['Expand specialist perinatal mental health services', 'expand specialist perinatal mental health services'],
  ['Recruit more school nurses', 'recruit more school nurses'],
  ['More funding for hospices', 'more funding for hospices'],
];

const NOT_PLEDGES: string[] = [
  // A clause after the staff that says nothing of how many there should be, or a verb that adds none.
  'We will train the care workers the system has failed.',
  'We will support the care workers we rely on.',
  'We will support the nurses the NHS needs.',
  'We will train the nurses that need extra support.',
  // A change of rule or status, not of quantity.
  'We will make personal budgets compulsory for everyone who receives care.',
  'Labour will make NHS dental check-ups free for children.',
  // descriptions and past events
  'Spending on agency staff fell by a quarter between 2022 and 2024.',
  'Waiting times for hip and knee operations rose sharply last winter.',
  'The government has cut public health funding every year since 2015.',
  'Many GP practices have closed their lists to new patients.',
  'Demand for social care will increase dramatically.',
  'This will reduce pressure on A&E departments.',
  'Increase in demand has outstripped funding.',
  // questions and conditionals
  'Will the government fund the new pay settlement?',
  'Who will pay for the extra nurses?',
  'If funding allows, councils may expand services.',
  'If resources permit, trusts will increase the number of beds.',
  // reported opinions and others' plans
  'The Conservatives will cut funding for social care.',
  'Critics say the government will cut budgets for public health.',
  '“We will increase funding,” the minister said.',
  'Spending cuts would reduce the number of carers.',
  // negated
  'We will not cut NHS funding.',
  "We won't raise prescription charges.",
  // unmeasured things
  'Labour will treat carers with dignity and respect.',
  'Every hospital trust will report openly on patient safety incidents.',
  'We will give unpaid carers a statutory right to respite from their caring roles.',
  'Give care workers a sectoral body to represent them in pay talks.',
  'Require councils to publish their eligibility criteria in plain English.',
  'We will review the funding formula for public health.',
  'We will consult on a new framework for dental contracts.',
  'We will raise standards in care homes.',
  'We will increase awareness of dementia.',
  'We will improve access to GP appointments.',
  'We will publish a workforce plan.',
  'We will create a national care service.',
  'Labour will work with the sector to improve care.',
  'We will end the use of mixed-sex wards.',
  'We will extend the right to request flexible working to carers.',
  'Patients will have a named GP.',
  'We will reduce the stigma around mental illness.',
  'We will ensure that every patient can see a GP.',
  'We will involve carers in assessing the needs of the person they care for.',
  'Labour will reintroduce the NHS as the preferred provider.',
  // pledges with a figure
  'We will increase funding for adult social care by £1.2 billion a year by 2028.',
  'We pledge to double the number of care home places for people with dementia.',
  'We will cut waiting times for talking therapies to under six weeks.',
  'We will recruit 8,500 new mental health staff.',
  'Every patient will be seen by a GP within 48 hours.',
  'We will halve the time patients wait for a diagnosis.',
  'We will increase funding for hospices by the end of the parliament.',
  'We will raise care workers’ pay by 10%.',
  'We will train 5,000 more health visitors by 2030.',
];

// ---------------------------------------------------------------------------
// Kinds of pledge real text makes (sentences written for these tests, shaped like manifesto,
// Hansard, briefing and pledge-card text). [sentence, expected summary or '' for any, list item?]

/** 1. The verb is not a money verb, but the thing pledged is measured. */
const MEASURED_THING: Array<[string, string, boolean?]> = [
  ['We will make sure every ward has the nurses it needs.', 'make sure every ward has the nurses it needs'],
  // As many as the service needs: a quantity, whatever the verb.
  ['We will train the doctors and nurses the NHS needs.', 'train the doctors and nurses the NHS needs'],
  ['We will provide the nurses the NHS needs.', 'provide the nurses the NHS needs'],
  ['We will retain the nurses it needs.', 'retain the nurses it needs'],
  [
    'Labour will make sure district nursing teams have the staff they need.',
    'make sure district nursing teams have the staff they need',
  ],
  [
    'We will ensure that every care home gets the funding it needs.',
    'ensure every care home gets the funding it needs',
  ],
  ['We will make sure every home care worker is paid properly.', 'make sure every home care worker is paid properly'],
  ['We will ensure that hospices are properly funded.', 'ensure hospices are properly funded'],
  [
    'We will make sure that there are enough midwives on every labour ward.',
    'make sure there are enough midwives on every labour ward',
  ],
  ['We will stop the closure of rural GP surgeries.', 'stop the closure of rural GP surgeries'],
  ['We will halt the closure of community hospitals.', 'halt the closure of community hospitals'],
  ['Labour will end the long delays in discharging patients from hospital.', ''],
  ['We will end the scandal of patients waiting on trolleys in corridors.', ''],
  ['We will reverse the cuts to health visiting.', 'reverse the cuts to health visiting'],
  ['We will tackle the shortage of mental health nurses.', 'tackle the shortage of mental health nurses'],
  ['We will close the funding gap facing hospices.', 'close the funding gap facing hospices'],
  ['We will put an end to the long waits for hearing aids.', 'put an end to the long waits for hearing aids'],
  ['Close the funding gap in children’s social care.', 'close the funding gap in children’s social care', true],
  ['Stop the closure of walk-in centres.', 'stop the closure of walk-in centres', true],
  ['End the long waits older people face for a wheelchair assessment.', '', true],
  ['Halt the cuts to school nursing.', 'halt the cuts to school nursing', true],
  ['Care workers will be paid properly for every hour they work.', ''],
  ['Every council will get the funding it needs to run its care services.', ''],
  ['We will focus extra resources on the most deprived areas.', 'focus extra resources on the most deprived areas'],
  ['We will redirect money from management consultants to frontline care.', ''],
  ['Fully fund the public health grant.', 'fund the public health grant', true],
  [
    'We will do everything we can to cut the time patients wait for an ambulance.',
    'cut the time patients wait for an ambulance',
  ],
  ['We will keep raising pay for care workers and go on improving their conditions.', 'raise pay for care workers'],
  ['We will bring waiting lists down.', 'bring waiting lists down'],
  ['We must bring these charges down for every carer who stays overnight.', 'bring these charges down'],
  [
    'The Executive must put serious money behind clearing the backlog.',
    'put serious money behind clearing the backlog',
  ],
  ['We will make sure waiting times for scans come down.', ''],
  ['We will ensure that funding for public health keeps pace with demand.', ''],
  ['We will provide the funding councils need to meet demand.', ''],
  ['We will make sure every care worker gets a pay rise.', ''],
  ['We will pay care workers properly.', ''],
  ['We will pay nurses what they deserve.', ''],
  ['We will make more money available for respite care.', 'make more money available for respite care'],
  ['We will pledge more funding for dementia research.', 'more funding for dementia research'],
];

/** 2. The pledge sits in an infinitive, a "by" clause, or a later verb of the sentence. */
const FURTHER_ON: Array<[string, string, boolean?]> = [
  ['We will use the money saved to hire more speech therapists.', 'hire more speech therapists'],
  ['We will set out a plan to recruit and retain more health visitors.', 'recruit and retain more health visitors'],
  ['We will launch a drive to recruit more foster carers.', 'recruit more foster carers'],
  ['We will support carers by increasing the carer’s allowance.', 'increase the carer’s allowance'],
  ['We will rescue general practice by investing in its premises.', 'invest in its premises'],
  [
    'Finish the building work already under way and spend more on community mental health.',
    'spend more on community mental health',
    true,
  ],
  [
    'We will treat mental health with the same urgency as physical health and spend more on crisis care.',
    'spend more on crisis care',
  ],
  ['We would also make sure that every carer who wants a break can have one, and fund more respite places.', ''],
  ['We will join with others to press for more money for social care.', 'press for more money for social care'],
  ['We will press for homecare workers to be paid for the time they spend travelling.', ''],
  ['Press for every council to increase the fees it pays providers.', 'increase the fees it pays providers'],
  ['Use this cash to relieve pressure on hospitals, tackle workforce shortages and invest in prevention.', '', true],
];

/** Pledge verbs followed by a noun phrase, pledge nouns that are ours, verbless commitment items. */
const NOMINAL: Array<[string, string, boolean?]> = [
  ['We commit to more investment in community pharmacy.', 'more investment in community pharmacy'],
  ['We pledge extra money for children’s hospices.', 'extra money for children’s hospices'],
  ['We guarantee a rise in pay for care staff.', 'rise in pay for care staff'],
  ['Our pledge is to cut the backlog for hearing tests.', 'cut the backlog for hearing tests'],
  ['We make a firm commitment to increase the public health grant.', 'increase the public health grant'],
  ['More beds for people with learning disabilities', 'more beds for people with learning disabilities', true],
  ['An increase in the number of school nurses', 'increase in the number of school nurses', true],
  ['A real-terms rise in funding for public health', 'real-terms rise in funding for public health', true],
  ['Higher pay for hospital cleaners and porters', 'higher pay for hospital cleaners and porters', true],
  [
    'Our priorities: Extra funding for community mental health teams.',
    'extra funding for community mental health teams',
    true,
  ],
  // An item of a list of demands ("We call on:"): those called on, then what they are to do.
  ['councils and health commissioners to pay a fair price for homecare;', 'pay a fair price for homecare', true],
  ['ministers to make sure every homecare worker is paid on a par with NHS staff.', '', true],
];

/** 3. Must not flag: commentary, attribution, rights and duties, ruling-out, forecasts. */
const HARD_NEGATIVES: Array<[string, boolean?]> = [
  // In a list, words before "to" that describe rather than name those called on make no demand.
  ['Care homes struggling to recruit enough nurses.', true],
  ['Patients forced to pay more for their prescriptions.', true],
  // Time that is not waited measures nothing; what one is made able to do may measure nothing either.
  ['We will cut the time spent on paperwork.'],
  ['We will make sure carers can have their say.'],
  ['We will press ministers to publish a review of waiting times.'],
  ['Conference asks whether funding will rise.'],
  ['Carers will be given the right to a break.'],
  ['Councils will be given new powers.'],
  ['We must, however, be honest about funding.'],
  // commentary about pledges
  ['The plan makes no commitment to extra money for hospices.'],
  ['There is no commitment to more funding for dentistry in the document.'],
  ['The manifesto commits to more nurses but says nothing about social workers.'],
  ['The pledge to recruit more GPs is welcome but lacks detail.'],
  ['We welcome the commitment to increase the public health grant.'],
  ['The government has failed to commit to extra funding for hospices.'],
  ['Labour is the only party not to have pledged more money for dentistry.'],
  ['The challenge for the spending review is to provide adequate resources for social care.'],
  // attributed
  ['The Conservatives will cut funding for public health.'],
  ['The Minister promised to recruit more midwives.'],
  ['Mr Davey pledged the party would fund more GPs.'],
  ['The Tories promised to build more hospitals.'],
  ['In 2019 we pledged to recruit more nurses.'],
  // rights, duties, reviews, powers
  ['We will give every carer a legal right to a carer’s assessment.'],
  ['We will introduce a statutory duty to assess the needs of young carers.'],
  ['We will review the funding formula for adult social care.'],
  ['We will consult on how to increase the number of dentists.'],
  ['We will commission a review of how to raise pay for care workers.'],
  ['We will give councils the power to raise funding locally.'],
  // ruling out
  ['We will not recruit actively from countries on the red list.'],
  ['We will also not cut the budget for public health.'],
  ['We will never close a hospital without consulting the local community.'],
  ['We will ensure that no patient waits on a trolley overnight.'],
  ['There will be no cuts to the number of nurses.'],
  ['No cuts to frontline services', true],
  // exact outcomes and unmeasured things
  ['We will end mixed-sex wards.'],
  ['We will abolish prescription charges for people with long-term conditions.'],
  ['We will scrap hospital car parking charges for carers.'],
  ['We will publish the number of nurses on every ward.'],
  ['We will end the crisis in social care.'],
  ['We will tackle health inequalities across the region.'],
  ['We will make sure all staff receive training in dementia care.'],
  ['We will make sure every school has a trained mental health lead.'],
  ['We will give care workers the recognition they deserve.'],
  ['We will introduce a minimum standard of training for care staff.'],
  ['Introduce a mandatory minimum level of training for new teachers.', true],
  ['We will boost the status of social care as a career.'],
  ['Boost the importance of early years specialists in every area.', true],
  ['We will ensure care workers are paid the real living wage.'],
  ['We will ensure that mental health has equal funding with physical health.'],
  ['Health care will be publicly funded and free at the point of use.'],
  ['The service will be funded through general taxation.'],
  ['We will remove the barriers to international recruitment of nurses.'],
  ['We will create contracts with the hours and flexibility that nurses need.'],
  ['Encourage GPs to work together to improve access to appointments.', true],
  ['Guaranteed access to an NHS dentist', true],
  ['Fair pay for care workers', true],
  // descriptions, forecasts, obligations on others
  ['Councils will have to make further cuts to adult social care unless more money is found.'],
  ['Health boards will need to find savings of several hundred million pounds.'],
  ['The additional spending will rightly be focused in the early years of the parliament.'],
  ['Demand for care will continue to rise as the population ages.'],
  ['We are increasing investment in the NHS and increasing the number of training places.'],
  ['Our members want more funding for hospices.'],
  ['Staff shortages are the biggest problem facing the service.'],
  // verbs of listening, defending and reporting; things had that are not counts
  ['We will listen to carers and act on what they tell us about respite.'],
  ['We will meet with unions and discuss pay and conditions.'],
  ['We will defend the NHS from cuts.'],
  ['We will campaign against the closure of our local hospital.'],
  ['We will publish waiting times for every hospital.'],
  ['We will monitor spending on agency staff.'],
  ['We will make sure carers have the information they need.'],
  ['We will ensure councils have the powers they need.'],
  ['We will make sure there is a named nurse for every patient.'],
  ['We will make sure that funding follows the patient.'],
  ['We will ensure pay is set by an independent body.'],
  ['We will end zero-hours contracts in social care.'],
  ['We will end the use of out-of-area placements.'],
  ['We will not let pharmacies close.'],
  ['We will also make sure that nobody has to sell their home to pay for care.'],
  ['We will pay care workers the real living wage.'],
  // Someone else's call, reported: not the draft's own motion.
  ['Age UK calls on ministers to increase funding for home care.'],
  ['The report calls for more investment in district nursing.'],
  ['The charity, which supports older carers, calls for more funding.'],
  // A bracket-less letter is a word, not an item: "a rise" stays a sentence.
  ['a rise in costs has hit councils hard.'],
  ['We will stop the fall of the government.'],
  // The nurses are the ones in need: no quantity of them is pledged.
  ['We will commission the nurses who deserve better pay.'],
  ['We will make sure every trust commissions a review of its midwives.'],
  ['We will negotiate a new contract with the unions.'],
  ['It must be said that the service has improved.'],
  ['The Government should increase funding for hospices.'],
  ['These changes would cut waiting times.'],
  ['A fair deal for care workers', true],
  ['A review of the funding formula for public health', true],
  // time frames figures.ts does not read
  ['We will increase funding for hospices next year.'],
  ['We will recruit more GPs in our first term.'],
  ['We will give councils a multi-year funding settlement for social care at the next Spending Review.'],
  ['We will raise the carers allowance in the coming Budget.'],
  ['We will fund the pay rise at the autumn Budget.'],
];

describe('detectPledge: pledges without figures', () => {
  for (const [s, summary] of PLEDGES) {
    it(s, () => {
      const p = detectPledge(s);
      expect(p, s).not.toBeNull();
      if (summary) expect(p!.summary).toBe(summary);
      expect(p!.start).toBe(0);
      expect(p!.end).toBe(s.length);
    });
  }
});

describe('detectPledge: imperative list items', () => {
  for (const [s, summary] of LIST_PLEDGES) {
    it(s, () => {
      const p = detectPledge(s, { inCommitmentList: true });
      expect(p, s).not.toBeNull();
      expect(p!.summary).toBe(summary);
      expect(p!.trigger).toBe('');
    });
  }
  it('a sentence-initial imperative pledges even outside a list', () => {
    expect(detectPledge('Increase the pay of care workers.')?.summary).toBe('increase the pay of care workers');
  });
  it("an amendment's inserted words pledge as an item of what the motion calls for", () => {
    expect(
      detectPledge('Amendment 7: Under "Conference calls for", insert: Increase funding for carers\' breaks.')?.summary,
    ).toBe("increase funding for carers' breaks");
    expect(detectPledge('Amendment 2: At the end, add: Recruit more school nurses in every county.')?.summary).toBe(
      'recruit more school nurses in every county',
    );
    expect(detectPledge('Amendment 3: Under "Conference notes", insert: Carers save the state billions.')).toBeNull();
    expect(
      detectPledge('Amendment 5: Under "Conference notes", add: Increase in funding cuts has closed youth centres.'),
    ).toBeNull();
    expect(detectPledge('Amendment 6: insert: Reducing staff turnover in care homes saves councils money.')).toBeNull();
    expect(
      detectPledge(
        'Amendment 4: Under "Conference calls for", insert: Increase funding for carers\' breaks by £50 million.',
      ),
    ).toBeNull();
  });
  it('a cue made stronger ("many more", "far more") or partitive ("more of our own") still cues', () => {
    expect(detectPledge('We will train many more nurses.')?.summary).toBe('train many more nurses');
    expect(detectPledge('We will train far more midwives.')?.kind).toBe('staff');
    expect(detectPledge('We will train more of our own doctors.')?.kind).toBe('staff');
    // Without a cue, training is no measured pledge.
    expect(detectPledge('We will train many nurses.')).toBeNull();
  });
  it('keeping places open pledges how many stay open; keeping one named place open does not', () => {
    expect(detectPledge('I will campaign to keep the beds at our community hospital open.')).toMatchObject({
      kind: 'places',
    });
    expect(detectPledge('We will keep the walk-in centre open.')).toBeNull();
    expect(detectPledge('We will keep the beds clean.')).toBeNull();
  });
  it('keeping the beds or wards a place has pledges how many it keeps; keeping them safe or public does not', () => {
    expect(
      detectPledge('I will fight to keep the beds at our community hospitals in Keswick, Penrith and Alston.'),
    ).toMatchObject({ kind: 'places', thing: 'beds at our community hospitals' });
    expect(detectPledge('We will protect our community pharmacies.')).toMatchObject({ kind: 'places' });
    expect(detectPledge('We will keep our hospitals safe.')).toBeNull();
    expect(detectPledge('We will protect pharmacies from cuts to their contract.')).toBeNull();
    expect(detectPledge('We will keep our hospitals in public hands.')).toBeNull();
  });
  it('whom an advocacy verb presses may come before what it presses for', () => {
    expect(detectPledge('We will keep pressing ministers for more money for carers’ services.')).toMatchObject({
      action: 'press for',
      kind: 'money',
    });
    expect(detectPledge('We will lobby the Scottish Government for extra funding for hospices.')).toMatchObject({
      kind: 'money',
    });
    expect(detectPledge('We will press ministers for a meeting.')).toBeNull();
  });
  it('coordinate adjectives before the measured noun do not cut the object at their comma', () => {
    expect(detectPledge('We will keep pressing for fair, sustainable funding for hospices.')).toMatchObject({
      kind: 'money',
    });
    expect(detectPledge('We will agree a sustainable, long-term funding settlement for councils.')).toMatchObject({
      kind: 'money',
    });
    // A comma after a noun still ends the object: the hospital is not what the pledge measures.
    expect(detectPledge('We will protect the local hospital, its history and its name.')).toBeNull();
  });
  it('financial help or support is money; practical support is not measured', () => {
    expect(detectPledge('We will push for more financial help for carers.')).toMatchObject({ kind: 'money' });
    expect(detectPledge('We will increase financial support for carers.')).toMatchObject({ kind: 'money' });
    expect(detectPledge('We will provide practical support for carers.')).toBeNull();
  });
  it('the value of something measured is measured: restoring it pledges money', () => {
    expect(
      detectPledge('We will fight to restore the value of nursing pay, which has fallen behind prices.'),
    ).toMatchObject({ action: 'restore', kind: 'money' });
    expect(detectPledge('We will restore the value of the NHS.')).toBeNull();
  });
  it('a condition ("if we are to recruit…") and a gerund that is the subject of "is" are not pledges', () => {
    expect(detectPledge('Better pay is essential if we are to recruit experienced staff and keep them.')).toBeNull();
    expect(
      detectPledge('Funding health and social care is a political choice.', { inCommitmentList: true }),
    ).toBeNull();
    expect(detectPledge('Funding social care properly.', { inCommitmentList: true })).toMatchObject({ kind: 'money' });
  });
  it('a list of partners ends where the pledge after it begins', () => {
    expect(detectPledge('We will work with unions, councils and providers to improve pay.')).toMatchObject({
      action: 'improve',
      kind: 'money',
    });
    expect(detectPledge('We will work with councils, charities and businesses to deliver better services.')).toBeNull();
    // A phrase after the object that opens with a preposition is no item of a list.
    const convention =
      'We will convene a health convention, with the devolved governments at the table, to agree a settlement.';
    expect(detectPledge(convention)).toBeNull();
  });
  it('a participle of a measuring verb after the object pledges; "thousands more" gives no count', () => {
    expect(
      detectPledge('We will bring back the family doctor, training thousands more GPs and guaranteeing appointments.'),
    ).toMatchObject({ action: 'train', kind: 'staff' });
    expect(detectPledge('We will protect the NHS, helping families with the cost of living.')).toBeNull();
  });
  it('how soon people are seen or treated is a wait, wherever the pledge says it', () => {
    const p = detectPledge('We will use spare capacity in private hospitals, so that patients are treated sooner.');
    expect(p).toMatchObject({ kind: 'waits', thing: 'how soon patients are treated' });
    expect(detectPledge('We will see and treat patients faster.')).toMatchObject({
      kind: 'waits',
      thing: 'how quickly to see and treat patients',
    });
    expect(detectPledge('We will make sure people are seen more quickly.')).toMatchObject({ kind: 'waits' });
    // A wait with its figure, a description of the past, and speed of something else are not.
    expect(detectPledge('We will make sure patients are seen within two weeks.')).toBeNull();
    expect(detectPledge('Patients were seen sooner last year.')).toBeNull();
    expect(detectPledge('We will answer letters faster.')).toBeNull();
  });
  it("a thing's relative clause pledges what its verb does; one about people does not", () => {
    expect(
      detectPledge('We will publish a workforce plan that recruits and keeps the care staff we need.'),
    ).toMatchObject({ kind: 'staff' });
    expect(detectPledge('We will thank the staff that keeps our wards running.')).toBeNull();
    expect(detectPledge('We will publish a plan that sets out our values.')).toBeNull();
  });
  it('agreeing a settlement provides money; stemming a loss stops it', () => {
    expect(detectPledge('The Government must agree a long-term funding settlement for NHS dentistry.')).toMatchObject({
      kind: 'money',
      action: 'agree',
    });
    expect(detectPledge('We will stem the loss of community pharmacies.')).toMatchObject({ kind: 'places' });
    // Agreeing to a review pledges no quantity.
    expect(detectPledge('We will agree to a review of the funding formula.')).toBeNull();
  });
  it('inserted words in quotes, after their own item number, pledge as well', () => {
    expect(
      detectPledge('Amendment Two (Disability Association): After d) insert: "Increase funding for carers\' centres."')
        ?.summary,
    ).toBe("increase funding for carers' centres");
    const cuts = detectPledge(
      'Amendment 2 (Hove Branch): In the final paragraph, after 4. insert: "5. demand an end to the cuts in council ' +
        'social care budgets"',
    );
    expect(cuts).toMatchObject({ kind: 'money', action: 'demand an end to' });
    // What the motion notes, numbered as its own item, is still no pledge; nor is a figure after the number.
    expect(detectPledge('Amendment 3: After 2. insert: "3. note that care workers left the sector"')).toBeNull();
    expect(detectPledge('Amendment 4: After 2. insert: "3. Increase funding for carers\' breaks by 5%."')).toBeNull();
  });
});

describe('detectPledge: not pledges', () => {
  for (const s of NOT_PLEDGES) {
    it(s, () => {
      expect(detectPledge(s)).toBeNull();
    });
  }
});

describe('detectPledge: details', () => {
  it('reports the trigger and action', () => {
    const p = detectPledge('We pledge to expand the number of care home places.')!;
    expect(p.trigger).toBe('pledge to');
    expect(p.action).toBe('expand');
    expect(p.topic).toBe('the number of care home places');
  });
  it('trims the span to the sentence', () => {
    const s = '   We will increase funding for hospices.  ';
    const p = detectPledge(s)!;
    expect(s.slice(p.start, p.end)).toBe('We will increase funding for hospices.');
  });
  it('reads passives back to their subject', () => {
    const p = detectPledge('Funding for carers’ breaks will be protected.')!;
    expect(p.summary).toBe('protect funding for carers’ breaks');
  });
  // Speed is the bench's to measure (npm run bench, where every draft is read for pledges).
  it('reads a pledge whose object runs to the end of the sentence', () => {
    const p = detectPledge('Labour will recruit more district nurses and health visitors across England.')!;
    expect([p.trigger, p.action, p.kind, p.complete]).toEqual(['will', 'recruit', 'staff', true]);
    expect(p.summary).toBe('recruit more district nurses and health visitors across england');
  });
});

describe('detectPledge on odd input', () => {
  it('does not throw when a trigger word opens the text', () => {
    for (const text of ['will fund', 'Will', 'must increase funding', 'shall', 'will will will', '. will fund staff']) {
      expect(() => detectPledge(text)).not.toThrow();
    }
  });
});

describe('detectPledge: the measured thing decides, not the verb', () => {
  for (const [s, summary, list] of [...MEASURED_THING, ...FURTHER_ON, ...NOMINAL]) {
    it(s, () => {
      const p = detectPledge(s, { inCommitmentList: !!list });
      expect(p, s).not.toBeNull();
      if (summary) expect(p!.summary).toBe(summary);
    });
  }
});

// A motion's own demands, items lettered into a paragraph, and changes named as nouns: [sentence, kind].
const MOTIONS_AND_ITEMS: Array<[string, string]> = [
  ['Conference calls on the Government to raise funding for community pharmacies.', 'money'],
  ['That this meeting instructs the committee to seek an increase in the number of practice nurses.', 'staff'],
  ['This House notes the pressure on hospices and calls for extra money for palliative care.', 'money'],
  ['4. Calls on the Scottish Government to expand respite provision for young carers.', 'change'],
  ['c) Widening access to funded short breaks for carers who work.', 'change'],
  ['(ii) Recruiting more occupational therapists into community teams.', 'staff'],
  ['We will secure an increase in funding for school nurses.', 'money'],
  // Staff someone needs, said in a relative clause of its own subject.
  ['We will provide the health visitors that young families need.', 'staff'],
  ['We will make sure every trust employs the midwives that mothers in its area need.', 'staff'],
  ['Ministers must reverse the fall in spending on public health.', 'money'],
  // A briefing's own call on government, as its "Ministers must" is.
  ['We call on the Government to increase funding for hospices.', 'money'],
  ['We therefore urge ministers to recruit more district nurses.', 'staff'],
  ['Any plan must come with a workforce strategy. It must also increase the number of care home places.', 'places'],
  // What a motion calls for may be a clause: "every home to have the nurses it needs".
  ['That this meeting calls for every nursing home to have the registered nurses it needs.', 'staff'],
  ['Conference asks the Executive to increase funding for hospices.', 'money'],
];

describe('detectPledge: motions, lettered items and changes as nouns', () => {
  for (const [s, kind] of MOTIONS_AND_ITEMS) {
    it(s, () => {
      // The second sentence is the one under test when two are given.
      const sentence = s.includes('. It must') ? s.slice(s.indexOf('It must')) : s;
      expect(detectPledge(sentence)?.kind).toBe(kind);
    });
  }
});

describe('detectPledge: hard negatives', () => {
  for (const [s, list] of HARD_NEGATIVES) {
    it(s, () => {
      expect(detectPledge(s, { inCommitmentList: !!list })).toBeNull();
    });
  }
});

describe('detectPledge: the words a message quotes', () => {
  const all = [
    ...PLEDGES.map(([s]) => [s, false] as const),
    ...[...MEASURED_THING, ...FURTHER_ON, ...NOMINAL].map(([s, , l]) => [s, !!l] as const),
  ];
  it('always reads as a whole phrase', () => {
    for (const [s, list] of all) {
      const p = detectPledge(s, { inCommitmentList: list })!;
      const words = p.complete ? `${p.summary}` : p.thing;
      expect(words, s).not.toMatch(/\s(the|a|an|of|for|to|in|and|or|on|with|from|by)$/);
      expect(words.length, s).toBeGreaterThan(2);
      if (p.complete) expect(p.summary.split(/\s+/).length, s).toBeLessThanOrEqual(12);
    }
  });
  it('names a list of things by its head when the list runs on', () => {
    const p = detectPledge('Labour will deliver the pay, training, and terms and conditions care workers deserve.')!;
    expect(p.complete).toBe(false);
    expect(p.thing).toBe('pay');
    expect(p.kind).toBe('money');
  });
  it('names the thing, not the clause, for "has the X it needs"', () => {
    const p = detectPledge(
      'We will make sure every integrated care board in the country has the district ' +
        'nurses and therapists it needs to keep people well at home.',
    )!;
    expect(p.complete).toBe(false);
    expect(p.thing).toBe('district nurses and therapists');
    expect(p.kind).toBe('staff');
  });
  it('cuts a long object at a phrase boundary, not mid-phrase', () => {
    const p = detectPledge(
      'We will increase funding for adult social care services in every part of the ' +
        'country and in every region of England.',
    )!;
    expect(p.summary).toBe('increase funding for adult social care services');
  });
  it('drops a place that belongs to a relative clause', () => {
    expect(
      detectPledge('Recruit more NHS dentists in the places where people cannot find one.', { inCommitmentList: true })!
        .summary,
    ).toBe('recruit more NHS dentists');
  });
  it('says what kind of thing is pledged', () => {
    expect(detectPledge('We will recruit more district nurses.')!.kind).toBe('staff');
    expect(detectPledge('We will fund more community pharmacies.')!.kind).toBe('money');
    expect(detectPledge('We will cut waiting times for hip operations.')!.kind).toBe('waits');
    expect(detectPledge('We will create more step-down beds.')!.kind).toBe('places');
    expect(detectPledge('We will expand stop smoking services in pharmacies.')!.kind).toBe('change');
  });
});

describe('detectPledge on long sentences', () => {
  // How fast is the bench's to say; here, that a long sentence of clauses is read to an answer.
  it('reads the pledge past a list of partners in a long "would also make sure" sentence', () => {
    // Its shorter form ("…can have one, and fund more respite places") pledges money: so does this one, once the
    // list "councils, charities and the NHS" is read as the object it is, not as the next verb phrase.
    const s =
      'We would also make sure that every carer who needs a break can get one, working with councils, charities ' +
      'and the NHS across every part of the country, and spend more on respite services in every region, so ' +
      'that no carer is left to cope alone.';
    expect(detectPledge(s)).toMatchObject({ action: 'spend', kind: 'money' });
  });
});
