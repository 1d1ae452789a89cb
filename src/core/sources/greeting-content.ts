// "As she began to say goodbye to her own hair", "the band said farewell to its fans", "he said hello
// to the crowd": a greeting or a parting said to someone is an act of taking leave or of meeting, not
// a statement or a position. Only an unquoted content that opens with the greeting word and goes on
// to whom it was said (or stops there) counts; a quoted "Hello, it's me." is still words spoken.

const GREETING = /^(?:goodbye|good-bye|good\s+bye|farewell|hello|hi|bye|goodnight|good\s+night|adieu)(?:\s+(?:to|for)\b|[.!?]?$)/i;
const SAY = /^(?:say|says|said|saying|bid|bids|bade|bidding|wave|waves|waved|waving)$/i;

/** True when a say-cue's content is only a greeting or a parting said to someone. */
export function isGreetingOnly(cue: string | null, content: string): boolean {
  if (!cue || !SAY.test(cue.trim())) return false;
  return GREETING.test(content.trim());
}
