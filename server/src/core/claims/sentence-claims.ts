// What is read from one corpus sentence. Its own module because both the claim index (index.ts)
// and the claims saved between runs (saved.ts) hold it, and neither should import the other.
import type { ActionClaim } from './action';
import type { QuantityClaim } from './quantity';
import type { TrendClaim } from './trend';

/** The claims of one sentence. */
export interface SentenceClaims {
  quantities: QuantityClaim[];
  actions: ActionClaim[];
  trends: TrendClaim[];
}
