// "told Chris Wallace of Fox News that …", "told The Star-Ledger of Newark last week she …", "told
// Coast of Norway a few ferries …": a name told, then "of" and a capitalised run, is one phrase, the one
// told and where they work or are from (or the rest of the outlet's own name). Read as the start of
// what was told, "of Fox News, that …" became the content, and a statement before a trailing
// "…, Lund told Coast of Norway, for safety reasons." was lost to "of Norway, for safety reasons".
//
// Only a run that ends where the reported clause or the sentence may go on (a comma, the end, a
// "that", a subject or determiner, a time): "told Reuters of Russia's plans", "told the board of
// the danger" tell what the one told heard about, and stay as they were.
import { NAME_WORD_START } from './name-word';

const NAME = String.raw`${NAME_WORD_START}[\p{L}\d.&'\u2019-]*`;
const CONTENT_GOES_ON = String.raw`\s*(?:[,.;:!?)\uE000]|$)|\s+(?:that|he|she|they|it|we|I|you|there|the|a|an|this|these|those|his|her|their|its|our|my|no|last|on|in|at|after|during|before|earlier|when|while|[A-Z][a-z]+day)\b`;
const AFFILIATION = new RegExp(String.raw`^\s+of\s+(?:the\s+)?${NAME}(?:\s+${NAME}){0,4}?(?=${CONTENT_GOES_ON})`, 'u');

/**
 * The one told (`told`, matched at the start of `rest`) with the "of" phrase after it when that
 * phrase is a capitalised run the reported clause or the sentence's end follows; else `told` as it was.
 */
export function withAffiliation(rest: string, told: RegExpExecArray): RegExpExecArray {
  const of = AFFILIATION.exec(rest.slice(told[0].length));
  if (!of) return told;
  const whole = [rest.slice(0, told[0].length + of[0].length)] as unknown as RegExpExecArray;
  whole.index = told.index;
  whole.input = rest;
  return whole;
}
