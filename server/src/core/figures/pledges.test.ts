import { describe, expect, it } from 'vitest';
import { detectPledge } from './pledges';

// [sentence, expected summary] — pledges of measured action with no figure.
const PLEDGES: Array<[string, string]> = [
  ['We will increase funding for adult social care.', 'increase funding for adult social care'],
  ['Labour will recruit more district nurses and health visitors.', 'recruit more district nurses and health visitors'],
  ['A Labour government will cut waiting times for child and adolescent mental health services.', 'cut waiting times for child and adolescent mental health services'],
  ['We pledge to expand the number of care home places for people with dementia.', 'expand the number of care home places for people with dementia'],
  ['We will reduce the use of agency staff in NHS trusts.', 'reduce the use of agency staff in NHS trusts'],
  ['We will expand respite care for unpaid carers.', 'expand respite care for unpaid carers'],
  ["We will boost funding for carers' breaks.", "boost funding for carers' breaks"],
  ['We will give local authorities more money for public health.', 'give local authorities more money for public health'],
  ['Labour will protect social care funding.', 'protect social care funding'],
  ['We will invest in community pharmacies.', 'invest in community pharmacies'],
  // GP access
  ['We will provide more GP appointments in the evenings and at weekends.', 'provide more GP appointments in the evenings and at weekends'],
  ["We'll hire more GPs in areas with the longest waits.", 'hire more GPs in areas with the longest waits'],
  ['Labour will train more GPs and practice nurses.', 'train more GPs and practice nurses'],
  ['We will cut the time patients wait to see their family doctor.', 'cut the time patients wait'],
  // mental health
  ['We will increase the mental health budget.', 'increase the mental health budget'],
  ['Labour will recruit additional mental health practitioners for every school.', 'recruit additional mental health practitioners for every school'],
  ['We are committed to reducing waiting lists for talking therapies.', 'reduce waiting lists for talking therapies'],
  ['Funding for crisis mental health services will be increased.', 'increase funding for crisis mental health services'],
  // dentistry
  ['We will fund more NHS dental appointments.', 'fund more NHS dental appointments'],
  ['Labour will expand NHS dentistry in rural areas.', 'expand NHS dentistry in rural areas'],
  ['We will raise the fees paid to dentists for NHS work.', 'raise the fees paid to dentists for NHS work'],
  // hospital discharge
  ['We will reduce delayed discharges from hospital.', 'reduce delayed discharges from hospital'],
  ['We will bring down the number of patients stuck in hospital beds.', 'bring down the number of patients stuck in hospital beds'],
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
];

// Imperative items from a list of commitments.
const LIST_PLEDGES: Array<[string, string]> = [
  ['Increase the pay of care workers.', 'increase the pay of care workers'],
  ['Expand specialist perinatal mental health services', 'expand specialist perinatal mental health services'],
  ['Recruit more school nurses', 'recruit more school nurses'],
  ['More funding for hospices', 'provide more funding for hospices'],
];

const NOT_PLEDGES: string[] = [
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
  it('is fast', () => {
    const s = 'Labour will recruit more district nurses and health visitors across England.';
    const t0 = performance.now();
    for (let i = 0; i < 500; i++) detectPledge(s);
    expect((performance.now() - t0) / 500).toBeLessThan(1);
  });
});

describe('detectPledge on odd input', () => {
  it('does not throw when a trigger word opens the text', () => {
    for (const text of ['will fund', 'Will', 'must increase funding', 'shall', 'will will will', '. will fund staff']) {
      expect(() => detectPledge(text)).not.toThrow();
    }
  });
});
