// Phrases a parser may read as a speaker that no reader would call a source: photo and file credits
// ("File Photo", "Getty Images", "an undated handout photograph"), tickers and codes ("XAU=",
// ".MIAPJ0000PUS"), adverbials ("In a video message"), phrases built on a pronoun ("she and her
// backers"), contractions at a sentence's start ("Don't ignore …"), and, for positions, a
// nationality adjective left without its noun ("North Korean" of "North Korean troops who
// support …"). Checked on the speaker phrase, before coreference, so that a dropped phrase never
// becomes an entity.

import { ORG_NOUNS, PERSON_NOUNS, SUBJECT_CUE_FILLER as FILLER } from '../lexicon';
import { genderOfGivenName } from '../gender';
import type { SpeakerRef } from '../model';
import { opensSentence } from '../ordinary-words';
import { isNoOne } from '../no-one-speaker';
import { contentIsClause } from '../joined-pronoun-clause';
import { isLowerJoinedPronoun } from '../joined-pronoun';
import { isWeatherSystem } from '../weather-system';
import { isIdea } from './idea-source';
import { isWhetherSubject } from '../whether-subject';
import { isSetCourse } from '../set-course';
import { isForInfinitiveSubject } from '../for-infinitive';
import { isInfinitiveObjectCue } from '../infinitive-object';
import { isNamedInstrument } from '../named-instrument';
import { isOwnOutlet } from '../own-outlet';
import { isClausePhrase } from '../clause-phrase';

/** Words that end a credit or a picture's caption, not a speaker's name. */
const CREDIT_HEAD = /^(?:photo|photos|photograph|photographs|photographer|image|images|picture|pictures|handout|file|screenshot|screengrab|illustration|caption|graphic|graphics)$/;
/**
 * A contraction read as a name at a sentence's start ("Don't ignore …", "You'll find …", "Can't"),
 * not a pronoun's ("I'm told", "We've said", "He'd argued" name their speakers).
 */
const CONTRACTION = /^(?!(?:i|we|they|he|she|it|who)['\u2019])\p{L}+(?:n['\u2019]t|['\u2019](?:ve|ll|re|m|d))$/iu;
/** A code: an equals sign, a caret, a leading dot, or capitals run into digits ("NK225", "XAU="). */
const CODE = /[=^]|^\.|^[A-Z]+\d+[A-Z\d]*$/;
/** An adverbial: a preposition and a determiner ("In a video message", "On his Truth Social account"). */
const ADVERBIAL = /^(?:in|on|at|with|from|during|after|before|under|through|via|by|over|amid|into)\s+(?:a|an|the|his|her|their|its|our|my|this|that|these|those)\s/i;
/** A pronoun standing inside a longer phrase: "she and her backers", "him and his aides". */
const PRONOUN_WORD = /(?:^|\s)(?:he|she|they|we|it|him|them|us)(?:\s|$)/g;
/**
 * A pronoun that is the object of a word inside the phrase, not its head: "a source close to him",
 * "most of them", "friends who have seen him" (after a preposition, or a verb of a relative clause).
 */
const OBJECT_PRONOUN = /(?:^|\s)(?:(?:to|with|for|about|near|around|behind|beside|among|toward|towards|against|like|than)\s+|(?:who|that)\s+(?:\S+\s+){1,3}?)(?:him|them|us)$/;
/**
 * A share of the group a pronoun stands for: "most of them", "several of us", "10 percent of them",
 * "three-fourths of them". The quantifier is the phrase's head and the pronoun only names whose share
 * it is, so the share speaks ("Most of them said they liked the work") as "most of the workers" would.
 */
const SHARE_OF_PRONOUN = /(?:^|\s)(?:some|many|most|several|few|all|both|each|either|none|neither|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|half|percent|\d[\d.,]*%?|\p{L}+-(?:thirds|fourths|quarters|fifths|tenths))\s+of\s+(?:them|us)$/iu;
/** "New York-listed", "Paris-based": an adjective, not a name. */
const ADJECTIVE_NAME = /-(?:listed|based|born|led|backed|owned|made|run|linked|funded|registered)$/;
/** Nationality adjectives: "Korean", "European", "Chinese". */
const DEMONYM = /\p{Lu}\p{Ll}+(?:ean|ese)$/u;
/** The word after a name, when it is a lower-case plural: the name only modifies it ("North Korean troops"). */
const NOUN_AFTER = /^\s+(\p{Ll}[\p{Ll}-]+[^s'\u2019]s)\b/u;

/** A plural of persons by its ending: "supporters", "legislators", "activists", "Republicans", "residents", "forces". */
const PEOPLE_PLURAL = /(?:ers|ors|ists|ians|ants|dents|nents|forces|crats|cans|ites|men|women|people|folks|groups)$/;

/** A word in -s before an object is a verb, not a plural noun: "stuffs this cart", "says it". */
const VERB_BEFORE_OBJECT = /^\s+\p{Ll}[\p{Ll}-]+s\s+(?:the|a|an|this|that|these|those|his|her|its|their|my|our|your|it|him|them|us|me)\b/u;
/** A plural of people or of bodies: "supporters", "aides", "companies". */
function holdsPositions(plural: string): boolean {
  const one = plural.replace(/ies$/, 'y').replace(/s$/, '');
  return PERSON_NOUNS.has(plural) || PEOPLE_PLURAL.test(plural) || ORG_NOUNS.has(one) || ORG_NOUNS.has(plural);
}

/** Rules and laws a statement is "according to": no one's statement ("according to international law"). */
const RULE_HEAD = /^(?:law|laws|rules|regulations|constitution|treaty|treaties|statute|statutes|guidelines|protocol|protocols|tradition|custom|legend|schedule|timetable|bylaws|charter)$/;
/** "international law", "the rules of the union": lower case, a rule word heading it (not "the law firm"). */
function isRule(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  for (let i = 0; i < Math.min(words.length, 3); i++) {
    if (!/^\p{Ll}/u.test(words[i]!)) return false;
    if (RULE_HEAD.test(words[i]!)) return i === words.length - 1 || /^(?:of|in|on)$/.test(words[i + 1]!);
  }
  return false;
}

/** A role that ends in a preposition or an article: the name is its object ("index of Asia-Pacific"). */
const ROLE_BEFORE_OBJECT = /(?:^|\s)(?:of|in|at|on|for|from|across|with|to|by|into|over|about|the|a|an)$/i;
/**
 * Whether the role is printed in the phrase before the name ("index of Asia-Pacific"). A role read
 * after the phrase ("Adam Segal, the author of “…”") ends in "of" because the title it names is
 * masked: the name is no object of it.
 */
function roleBeforeName(ref: SpeakerRef): boolean {
  const role = ref.text.indexOf(ref.role!.trim());
  const name = ref.text.indexOf(ref.name ?? '');
  return role >= 0 && (name < 0 || role < name);
}

/** "SPACs", "ETFs": the plural of an abbreviation is a class of things. */
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;
/**
 * A position the text only supposes ("Reyes may not be satisfied"): speculation, no one's stance.
 * ("He would seek …" is mostly reported future, and stays; so does "may have thought …": a view held
 * in the past, which the writer doubts was right, not whether it was held.)
 */
const HYPOTHETICAL = /\b(?:may|might|could)\b(?!\s+have\s*$)/;

/** A credit's word ("Images" of "Getty Images", "Photo"): no person a pronoun can refer to. */
export function isCreditWord(word: string): boolean {
  const w = word.toLowerCase();
  return CREDIT_HEAD.test(w) || w === 'getty' || w === 'shutterstock';
}

/**
 * `text` is the analysed text the phrase's offsets index into; `cueStart` where its cue begins;
 * `content` the span of what was said, when known.
 */
export function isNotASource(ref: SpeakerRef, attitude: boolean, text: string, cueStart: number, content?: { start: number; end: number; direct?: boolean; cue?: string | null }): boolean {
  const phrase = ref.text.trim();
  const words = (ref.name ?? phrase).toLowerCase().split(/[\s-]+/).filter(Boolean);
  const last = (ref.head ?? words[words.length - 1] ?? '').replace(/['\u2019]s?$/, '');
  if (CREDIT_HEAD.test(last) || words.some(isCreditWord)) return true;
  if (CODE.test(ref.name ?? phrase)) return true;
  // ("Storm Ciarán prompted warnings": a named storm says and holds nothing.)
  if (ref.form === 'name' && isWeatherSystem(ref.name ?? phrase, text)) return true;
  // "Don't ignore …" names no one. (A share, "42%", stays: polls report what shares hold.)
  if (CONTRACTION.test(ref.name ?? phrase)) return true;
  if (ADVERBIAL.test(phrase)) return true;
  // ("Whether local firms will agree … remains unclear": an indirect question's subject holds nothing.)
  if (isWhetherSubject(phrase)) return true;
  if (isNoOne(ref, content?.direct === true)) return true;
  // ("…, and for research councils to insist that …": who someone wants to speak, for-infinitive.ts.)
  if (isForInfinitiveSubject(ref, text, cueStart)) return true;
  // ("readers at a fair to discuss writing …": the cue is the infinitive's object, infinitive-object.ts.)
  if (isInfinitiveObjectCue(ref, text, cueStart, content?.cue ?? null)) return true;
  // ("information received by this newspaper": the page's own outlet, own-outlet.ts.)
  if (ref.form !== 'pronoun' && isOwnOutlet(phrase)) return true;
  if (ref.form !== 'pronoun' && isRule(phrase)) return true;
  // ("the jokes didn't stop fans commenting …": a clause read as the phrase names no one, clause-phrase.ts.)
  if (ref.form !== 'pronoun' && isClausePhrase(phrase)) return true;
  // ("If all goes according to plan": a set course, no one's work, set-course.ts.)
  if (ref.form !== 'pronoun' && isSetCourse(phrase)) return true;
  if (ref.form !== 'pronoun' && isIdea(phrase)) return true;
  // ("a count by The Associated Press", "a poll by Gallup": after "by" the name is the author, who speaks.)
  if (ref.form === 'name' && ref.role && ROLE_BEFORE_OBJECT.test(ref.role.trim()) && !/\sby$/i.test(` ${ref.role.trim()}`) && roleBeforeName(ref)) return true;
  if (attitude && PLURAL_ACRONYM.test(ref.name ?? phrase)) return true;
  // ("the German Dubbing Awards celebrate …": a named law or prize holds no position, named-instrument.ts.)
  if (attitude && ref.form === 'name' && isNamedInstrument(ref.name ?? phrase, phrase, text, ref.start)) return true;
  if (attitude && ref.end <= cueStart && HYPOTHETICAL.test(text.slice(ref.end, Math.min(cueStart, ref.end + 30)))) return true;
  // ("…, and he and other officials complained that …": a lower-case joined pronoun speaks when a clause follows.)
  if (ref.form !== 'pronoun' && /\s/.test(phrase) && builtOnPronoun(phrase) && !/^\p{Lu}/u.test(ref.name ?? '')
    && !(content && isLowerJoinedPronoun(phrase) && content.start >= cueStart
      && contentIsClause(text.slice(cueStart, content.start), text.slice(content.start, content.end)))) return true;
  // Positions are read from any subject, so an adjective left from a noun phrase ("North Korean
  // troops who support …" read from "support") is a likelier misreading there than before "said".
  if (attitude && ref.form === 'name' && ADJECTIVE_NAME.test(ref.name ?? '')) return true;
  // "North Korean troops who support …": a nationality adjective whose noun the subject reading lost;
  // so is any one word that opens the sentence before a plural noun of things ("Unredacted documents
  // obtained by … show", "Multi-compartment models are considered"). (Before people or bodies,
  // "Sanders supporters", "Surety companies", the name is still the group's.)
  // (Not a given name, and not before a verb's object: "Wendy stuffs this cart … and shows …".)
  const openingWord = /^\p{Lu}[\p{L}-]*$/u.test(ref.name ?? '') && ref.text.trim() === ref.name && opensSentence(text, ref.start)
    && genderOfGivenName(ref.name!) === null && !VERB_BEFORE_OBJECT.test(text.slice(ref.end, ref.end + 40));
  if (attitude && ref.form === 'name' && (DEMONYM.test(ref.name ?? '') || openingWord) && ref.end < cueStart) {
    const after = NOUN_AFTER.exec(text.slice(ref.end, Math.min(cueStart, ref.end + 40)));
    if (after && ref.end + after[0].length <= cueStart && !FILLER.has(after[1]!)
      && (DEMONYM.test(ref.name ?? '') || !holdsPositions(after[1]!))) return true;
  }
  return false;
}

/**
 * Whether a pronoun in the phrase is one of its heads ("she and her backers"), not an object inside it
 * ("a source close to him") nor the subject of a clause that modifies the head ("polls in the state
 * he calls home", "surveys taken as they entered"). A head pronoun opens the phrase or is joined to
 * another head by "and", "or" or a comma; after a noun or a subordinator it starts a clause of its own.
 */
function builtOnPronoun(phrase: string): boolean {
  for (const m of phrase.matchAll(PRONOUN_WORD)) {
    const end = m.index + m[0].trimEnd().length;
    if (OBJECT_PRONOUN.test(phrase.slice(0, end)) || SHARE_OF_PRONOUN.test(phrase.slice(0, end))) continue;
    // (A pronoun that ends the phrase is the subject of the verb after it: "Surveys in the county she
    // | calls …" misreads where the clause begins.)
    if (m.index === 0 || end === phrase.length || HEAD_LINK_BEFORE.test(phrase.slice(0, m.index + 1))) return true;
  }
  return false;
}
/** What joins a pronoun to another head of the phrase: "and", "or", "nor", or a comma. */
const HEAD_LINK_BEFORE = /(?:(?:and|or|nor)|,)\s*$/i;
