// Types for rules.generated.mjs (written by npm run generate).
export const RULE_IDS: string[];
