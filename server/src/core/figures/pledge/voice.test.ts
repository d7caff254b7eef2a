import { describe, expect, it } from 'vitest';
import { detectPledge } from '../pledges';
import { draftVoice, LABOUR_VOICE, partyMentions } from './voice';

describe('draftVoice', () => {
  it('is the party a manifesto names as the one that will act', () => {
    const snp = draftVoice([
      'The SNP Government will train and recruit more GPs.',
      'SNP MPs will vote against any further privatisation of the NHS in England.',
      'Labour would cut the NHS budget.',
    ]);
    expect(snp.party).toBe('snp');
    expect(draftVoice(['A Plaid government would set up a commission.']).party).toBe('plaid');
    expect(draftVoice(['Liberal Democrats would increase Carer’s Allowance.']).party).toBe('liberal-democrat');
  });

  it('counts a draft that names itself twice: "we Liberal Democrats", "our SNP Government"', () => {
    expect(partyMentions('As Liberal Democrats, we believe carers deserve better.').get('liberal-democrat')).toBe(2);
    const voice = draftVoice([
      'We Greens want every carer to have a break.',
      'The Conservatives will cut social care funding.',
    ]);
    expect(voice.party).toBe('green');
  });

  it('stays Labour when no other party is named more, or a party is only reported', () => {
    expect(draftVoice(['Labour will recruit more GPs.', 'The Conservatives will cut social care funding.'])).toBe(
      LABOUR_VOICE,
    );
    expect(draftVoice(['The Conservatives say they will find £8 billion.'])).toBe(LABOUR_VOICE);
    expect(draftVoice(['The Conservatives will not say where the money comes from.'])).toBe(LABOUR_VOICE);
    expect(draftVoice(['We will recruit more GPs.'])).toBe(LABOUR_VOICE);
  });
});

describe('pledges in the voice of the draft', () => {
  const voices = {
    snp: draftVoice(['The SNP Government will act.']),
    ld: draftVoice(['Liberal Democrats would act.']),
  };

  it("reads the party's own name as a pledger", () => {
    const train = 'The SNP Government will train and recruit more GPs, so that patients are seen close to home.';
    expect(detectPledge(train)).toBeNull();
    expect(detectPledge(train, { voice: voices.snp })?.thing).toBe('more GPs');
    const ld = 'Liberal Democrats would increase Carer’s Allowance and extend it to more carers.';
    expect(detectPledge(ld)).toBeNull();
    expect(detectPledge(ld, { voice: voices.ld })?.kind).toBe('money');
  });

  it('reads Labour as another party when the draft speaks for one', () => {
    const labour = 'Labour will recruit more GPs.';
    expect(detectPledge(labour)?.kind).toBe('staff');
    expect(detectPledge(labour, { voice: voices.snp })).toBeNull();
    expect(detectPledge('We will recruit more GPs.', { voice: voices.snp })?.kind).toBe('staff');
  });
});
