// A one-word name that reports of itself as "it": "Vardair said it is still reviewing the
// logs", "Kestrel told reporters it expected more arrests", "Brightmoor announced it will not
// sell plastic bottles". The subject of the reported clause is the speaker, and English calls a
// person "he" or "she" there: the name is a body's (a firm, a festival, a police agency), when the
// article gives no person behind it (no given name, no title, no full name it ends, no "who", no
// "he"/"she" after it).
//
// An "it" that stands for a thing is as common after a person's verb ("Ruiz said it would take
// years", "Lee said it was a disgrace"): only an "it" that acts is read, one that does something
// ("is still reviewing", "expected", "will not sell"), not one that is something ("it was a
// disgrace", "it is hard", "it would be"), lasts ("would take years") or happens ("it rained").
// And a person named by surname alone is nearly always named in full once, which the callers
// read as a person's name before they ask here.

import { genderOfGivenName } from '../gender';
import { NAME_TITLES, STRONG_TITLES } from '../lexicon';
import { wholeWordPlaces } from '../../text/word-places';
import type { Mention } from './person-mentions';
import { NAME_WORD_START } from '../name-word';

/** How many places of a name are looked at. */
const MAX_PLACES = 40;
/** A name of one capitalised word (with a hyphen at most): "Vardair", "Kestrel-Air". */
const ONE_WORD = /^\p{Lu}[\p{L}-]+$/u;
/**
 * After the name: a verb of saying (an adverb before it, a day after it), a recipient after
 * "told" (a pronoun, a lower-case noun or a capitalised name of up to three words), "that", and
 * then the reported clause's "it". The verb's forms only: "said", "says", "announced" …
 */
const SAID_IT = new RegExp(String.raw`^\s+(?:\p{Ll}+ly\s+)?(?:has\s+|had\s+)?(?:(?:said|says|announced|announces|added|adds|stated|states|confirmed|confirms|explained|explains|insisted|insists|noted|notes|acknowledged|acknowledges|warned|warns|revealed|reveals|disclosed|discloses|claimed|claims|maintained|maintains)`
  + String.raw`|(?:told|tells)\s+(?:him|her|them|us|me|(?:the\s+)?\p{Ll}+|(?:the\s+)?${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,2}))`
  + String.raw`(?:\s+(?:on|last|this)\s+\p{Lu}\p{Ll}+day|\s+\p{Lu}\p{Ll}+day)?(?:\s+that)?\s+it(\s+|['\u2019]s\s+)(.{0,60})`, 'u');
/** Adverbs and "not" between the "it" and its verb. */
const ADVERBS = String.raw`["\u201c\u2018']?(?:(?:still|now|also|not|already|no\s+longer|never|just|currently|actively|fully|quickly|soon)\s+)*`;
/** "it is/was … -ing", "it has/had …", "it will/would …", "it does not …": an auxiliary and the verb after it. */
const AUX_VERB = new RegExp(String.raw`^(is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|does|did|do)\s+${ADVERBS}(\p{Ll}+)(\s+\S+)?`, 'u');
/** After "it's": the verb, of "it is … -ing" or "it has … done". */
const CONTRACTED_VERB = new RegExp(String.raw`^${ADVERBS}(\p{Ll}+)(\s+\S+)?`, 'u');
/** A tense of a verb right after "it": "it expected", "it plans". */
const TENSE_VERB = new RegExp(String.raw`^${ADVERBS}(\p{Ll}{2,}(?:ed|s))\b`, 'u');
/** Participles that end in no "-ed": "it has sent", "it had sent". */
const IRREGULAR_PARTICIPLE = /^(?:done|made|given|sent|written|begun|found|brought|built|sold|paid|won|spent|held|kept|put|set|shut|struck|chosen|drawn|run)$/;
/** What follows a perfect that acts on something: an object or a particle ("has closed the", "'s sent back"). */
const OBJECT_START = /^\s+(?:a|an|the|its|up|out|back|down|off|no|all|more|new|two|three|\p{Lu}\S*|\d\S*)$/u;
/**
 * Verbs whose "it" is a thing or nobody: it is, seems, takes (time), costs, happens, rains, means,
 * matters, works, helps, comes to …; and words ending in "-s" that are no verbs' forms ("its", "this").
 */
const THING_VERBS = /^(?:be|been|being|is|was|are|were|has|had|have|having|seem|seems|seemed|appear|appears|appeared|look|looks|looked|looking|take|takes|took|taking|taken|cost|costs|costing|happen|happens|happened|happening|rain|rains|rained|raining|snow|snows|snowed|snowing|mean|means|meant|matter|matters|mattered|need|needs|needed|remain|remains|remained|become|becomes|became|becoming|get|gets|got|getting|go|goes|going|went|gone|come|comes|came|coming|feel|feels|felt|sound|sounds|sounded|make|makes|made|making|work|works|worked|working|help|helps|helped|helping|hurt|hurts|cause|causes|caused|causing|lead|leads|led|show|shows|showed|shown|showing|depend|depends|depended|affect|affects|affected|apply|applies|applied|occur|occurs|occurred|last|lasts|lasted|stand|stands|stood|begin|begins|began|end|ends|ended|ending|contain|contains|contained|include|includes|included|allow|allows|allowed|require|requires|required|involve|involves|involved|its|this|thus|as|less|unless|always|perhaps|yes|news|series|basis|crisis|plus|us)$/;
/** A person's pronoun after the name's verb: "Vik said he …", "Vik told her staff". */
const PERSON_PRONOUN_AFTER = /^\s+(?:\p{Ll}+\s+){0,3}?(?:he|she|his|her|him|himself|herself)\b/u;
/** A relative pronoun of persons after the name: "Vik, who …". */
const WHO_AFTER = /^,?\s+who\b/;

/** Whether the article writes a one-word name as a body that calls itself "it", and nowhere as a person. */
export function callsItselfIt(text: string, name: string, mentions: readonly Mention[]): boolean {
  if (!ONE_WORD.test(name) || genderOfGivenName(name) !== null) return false;
  // (A title, a description in apposition, a full name it ends or opens: "Mr. Vik", "Vik, a welder,",
  // "Ola Vik", "Vik Olsen" make a person of it.)
  // ("Kestrel Secretary General Ola Vik" opens with the body's name, then a title: no given name.)
  if (mentions.some((m) => m.name === name ? m.titled || !!m.apposedRole
    : m.person && (m.name.endsWith(` ${name}`) || (m.name.startsWith(`${name} `) && !isTitle(m.name.split(' ')[1]!))))) return false;
  let it = false;
  for (const at of wholeWordPlaces(text, name, MAX_PLACES)) {
    const after = text.slice(at + name.length, at + name.length + 160);
    if (WHO_AFTER.test(after) || PERSON_PRONOUN_AFTER.test(after)) return false;
    const said = SAID_IT.exec(after);
    if (said && itActs(said[1]!, said[2]!)) it = true;
  }
  return it;
}

function isTitle(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return NAME_TITLES.has(w) || STRONG_TITLES.has(w);
}

/** Whether the words after the reported clause's "it" make it do something ("it expected", "it's still reviewing"). */
function itActs(joint: string, rest: string): boolean {
  if (joint !== ' ') return beOrHave(CONTRACTED_VERB.exec(rest), 1, null);
  const aux = AUX_VERB.exec(rest);
  if (aux) return beOrHave(aux, 2, aux[1]!);
  const verb = TENSE_VERB.exec(rest)?.[1];
  return !!verb && !THING_VERBS.test(verb);
}

/**
 * The verb after an auxiliary: after "is/was" a progressive acts ("is monitoring", not "is fine",
 * "was closed"); after "has/had" a perfect with an object ("has closed the depot", not "has
 * happened"); after "it's" either; after a modal any verb but a thing's ("will not sell").
 */
function beOrHave(m: RegExpExecArray | null, at: number, aux: string | null): boolean {
  const verb = m?.[at];
  if (!m || !verb || THING_VERBS.test(verb)) return false;
  const progressive = /\p{Ll}{2,}ing$/u.test(verb);
  const perfect = (/\p{Ll}{2,}ed$/u.test(verb) || IRREGULAR_PARTICIPLE.test(verb)) && OBJECT_START.test(m[at + 1] ?? '');
  if (aux === null) return progressive || perfect;
  if (/^(?:is|was|are|were)$/.test(aux)) return progressive;
  if (/^(?:has|had|have)$/.test(aux)) return perfect;
  return true;
}
