// A headline label followed by a description of the labelled thing, not by what it said:
// "Ana Roe: The woman behind the harbour plan", "Kettle Row: Leeds's finest corner bakery",
// "Open Seas: The Politics of Fishing Quotas in Small Nations". The words after the colon are a
// noun phrase (an article or a possessive, a head noun, perhaps a phrase of its own) with no verb:
// a subtitle or an apposition of the label. A speaker's headline label is followed by a statement,
// which has a verb ("Roe: The harbour plan will pass"); a quotation ("Roe: “A sad day”") may be a
// fragment and is left to the label reading.

/** An article, or a possessive name, opening the phrase. */
const NOUN_PHRASE_OPENING = /^(?:(?:The|A|An)\s|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['\u2019]s?\s)/u;
/** A head noun (one to four words) and a preposition that opens its own phrase: "The woman behind", "The Logic of". */
const HEAD_THEN_PREPOSITION = /^(?:The|A|An)\s+(?:[\p{L}\d'\u2019-]+\s+){1,4}(?:of|behind|for|in|inside|from|with|without|at|about|on|beyond|after|under)\s/iu;
/** Any mark of a finite verb: an auxiliary, a modal, a copula, a negation. */
const FINITE_MARK = /(?<![\p{L}])(?:is|are|was|were|be|been|will|would|can|could|should|must|may|might|shall|has|have|had|does|do|did|says|said|wo|won|can['\u2019]t|isn['\u2019]t|\p{L}+n['\u2019]t|['\u2019](?:s|re|ll|ve|d)\s+(?:not|been|be|going))(?![\p{L}])/iu;
/** A lower-case word in -ed or -s: the mark of a past or present verb in running text. */
const LOWER_VERB_FORM = /(?<![\p{L}'\u2019])\p{Ll}{2,}(?:ed|s)(?![\p{L}'\u2019])/u;
/** A short possessive phrase ("Leeds's finest corner bakery") is a description when it has no verb. */
const MAX_POSSESSIVE_WORDS = 6;

/** Whether the words after a headline label describe the label rather than report a statement. */
export function isHeadlineDescription(content: string): boolean {
  const text = content.trim();
  if (/^["\u201C\u2018']/.test(text) || !NOUN_PHRASE_OPENING.test(text)) return false;
  if (FINITE_MARK.test(text)) return false;
  if (HEAD_THEN_PREPOSITION.test(text)) return true;
  // ("Leeds's finest corner bakery": a possessive, a few words, no verb form among them.)
  const words = text.split(/\s+/);
  return !/^(?:The|A|An)\s/.test(text) && words.length <= MAX_POSSESSIVE_WORDS && !LOWER_VERB_FORM.test(words.slice(1).join(' '));
}
