// Time frames that figures.ts does not read as a figure but that give a pledge its deadline or
// duration: "in our first term", "over the next parliament", "from day one", "next year".
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
  ].join('|'),
  'i',
);

export function hasTimeFrame(text: string): boolean {
  return TIME_FRAME.test(text);
}
