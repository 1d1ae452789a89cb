// "The ministry said at least 195 people were killed.", "Police said as many as 40 were hurt.",
// "…said over 300 homes burned.": a phrase of quantity opens the reported clause's subject; it is
// no adjunct of the telling ("said at the briefing.", "said over the weekend."), although its first
// word is a preposition. Read as one, a short sentence's statement was dropped.

const NUMBER = String.raw`(?:\d|a\s+(?:dozen|hundred|thousand|million|billion|third|quarter|half)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens|half)\b)`;
const QUANTITY_LEAD = new RegExp(String.raw`^\s*(?:at\s+(?:least|most)|as\s+(?:many|much|few|little)\s+as|over|under|up\s+to)\s+${NUMBER}`, 'i');

/** Whether `rest` (the words after a cue) opens with a phrase of quantity. */
export function opensQuantity(rest: string): boolean {
  return QUANTITY_LEAD.test(rest);
}
