// Time frames that figures.ts does not read as a figure but that give a pledge its deadline or
// duration: "in our first term", "over the next parliament", "from day one", "next year", "at the next
// Spending Review".
const TIME_FRAME = new RegExp(
  [
    '\\b(in|within|during|over|by the end of|before the end of|throughout) ' +
      '(our|the|its|their|this|a|the next|the course of the next|the lifetime of the ' +
      'next|the lifetime of this|the course of this) (first |next |current ' +
      ')?(term|parliament|senedd term|assembly term|decade|year|months|spending review ' +
      'period)\\b',
    '\\b(in|within|during) (our|the|its) first (term|year|parliament|months|weeks|days|hundred days|budget)\\b',
    '\\bfrom day one\\b',
    '\\b(next|this) (year|spring|summer|autumn|winter|month|parliament|financial year)\\b',
    '\\bover the next parliament\\b',
    '\\bby the next election\\b',
    // A fiscal event or an election as the date: "a multi-year settlement at the next Spending Review", "in the
    // coming Budget", "at the autumn Budget". "In the budget" alone is where money is, not when.
    "\\b(at|in|by|before|from) (the (next|coming|forthcoming|upcoming)|this year's|next year's) (general election|" +
      'election|spending review|comprehensive spending review|budget|autumn budget|spring budget|autumn statement|' +
      'fiscal event)\\b',
    '\\b(at|in) the (autumn|spring) (budget|statement)\\b',
  ].join('|'),
  'i',
);

export function hasTimeFrame(text: string): boolean {
  return TIME_FRAME.test(text);
}
