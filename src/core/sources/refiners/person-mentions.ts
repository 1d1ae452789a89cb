// Names of people and organisations mentioned anywhere in the text, speakers or not, so that
// "he" can find a person introduced without a quote ("Jones attributed … “…,” he said").

import { CALENDAR_WORDS, FUNCTION_CAPS, NAME_TITLES, ORG_WORDS, PERSON_NOUNS } from '../lexicon';
import type { Scan } from '../scan';
import { genderOfGivenName } from '../gender';
import { isOpeningWord } from '../opening-word';
import { isOccupationBeforeName } from '../occupation-title';
import { nameAfterOffice } from '../speaker-phrase';
import { isCreditWord } from './not-a-source';
import { NAME_WORD_START } from '../name-word';
import { afterOwner, ownerWord } from './owned-name';
import { isPlaceUnitAfter, isPlaceUnitOf } from './place-noun-after';

export interface Mention {
  start: number;
  end: number;
  /** The name without titles. */
  name: string;
  block: number;
  person: boolean;
  /** The mention opens its sentence: the likely subject. */
  subject: boolean;
  /** A title stood before it ("Mr.", "President"): a person even when one word long. */
  titled: boolean;
  /**
   * The title and role words right before it, lower case: "president" of "President Barack Obama",
   * "republican nominee" of "Republican nominee Donald Trump", so that "the president" or "the
   * nominee" can find the person named so.
   */
  roleWords: string;
  /** The description in an apposition right after it, lower case: "republican nominee" of "Donald Trump, the Republican nominee,". */
  apposedRole: string;
}

const NAME_RUN = new RegExp(String.raw`\b${NAME_WORD_START}[\p{L}'\u2019.-]*(?:\s+(?:(?:de|des|van|von|bin|al|da|di|del|la|le)\s+)?${NAME_WORD_START}[\p{L}'\u2019.-]*){0,4}`, 'gu');
const PLACE_START = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'united', 'san', 'los', 'las', 'saint', 'st', 'hong', 'sri', 'saudi', 'costa', 'el', 'great', 'middle', 'white', 'supreme', 'capitol', 'wall', 'silicon', 'european', 'soviet']);
// "L.A. County", "Kansas City", "Silicon Valley": a place, never "he" or "she".
export const PLACE_END = new Set(['county', 'city', 'state', 'province', 'district', 'valley', 'island', 'islands', 'river', 'coast', 'beach', 'bay', 'region', 'street', 'avenue', 'square', 'park']);
// ("The elder Soros gives …", "the younger Bush": an article and the kin order before a surname still open the sentence with it.)
const SUBJECT_LEAD = /^(?:(?:but|and|meanwhile|however|still|later|earlier|then|now|yet|so|instead)\b,?\s*)?(?:the\s+(?:elder|younger)\s+)?$/i;
const MAX_MENTIONS = 5000;
const SURNAME_MONTHS = /^(?:May|June|April|August)$/;
// (Not "Will" or "May": given names and surnames too.)
const MODALS = new Set(['would', 'could', 'should', 'can', 'might', 'must', 'does', 'did', 'is', 'was', 'are', 'were', 'has', 'have']);
// Titles that only a person bears, so that a capitalised run before them is a place or a body.
const PERSON_TITLES = new Set(['sen', 'rep', 'gov', 'senator', 'governor', 'ceo', 'cfo', 'secretary', 'speaker', 'justice', 'president',
  'chairman', 'chairwoman', 'director', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'mayor', 'judge', 'commissioner',
  'ambassador', 'congressman', 'congresswoman', 'sheriff', 'chancellor', 'premier', 'chair', 'chief']);
const ROLE_BEFORE = /(?:^|\s)((?:\p{L}+\s+)?\p{Ll}{3,})[,]?\s+$/u;
// "Significantly, …", "Hastily …": a sentence adverb is no person.
const ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ically|ally|ously|ively|fully|lessly|ently|antly|edly|ingly|ctly|stly|early|ily)$/u;

export function findMentions(scan: Scan): Mention[] {
  const out: Mention[] = [];
  scan.sentences.forEach((sentences, block) => {
    for (const sentence of sentences) {
      const slice = scan.masked.slice(sentence.start, sentence.end);
      NAME_RUN.lastIndex = 0;
      // The sentence's subject when an opening run only describes the name after it.
      let describedSubject = false;
      for (let m = NAME_RUN.exec(slice); m && out.length < MAX_MENTIONS; m = NAME_RUN.exec(slice)) {
        // A possessive may end in a bare apostrophe ("Sen. Bernie Sanders’ record"), and a name that ends
        // its sentence takes no full stop ("… front-runner Donald Trump."); an initial or "Jr." keeps its own.
        const words = m[0].replace(/['\u2019]s?$/, '').replace(/(\p{Ll}{2})\.$/u, '$1').split(/\s+/);
        let lead = 0;
        while (lead < words.length && (FUNCTION_CAPS.has(low(words[lead]!)) || CALENDAR_WORDS.has(low(words[lead]!)))) lead++;
        // "Tagged Amazon, Amazon lawsuit …": an ordinary word that opens the sentence is no part of the name.
        const at = sentence.start + m.index;
        if (lead === 0 && words.length >= 2 && isOpeningWord(scan.masked, at, at + words[0]!.length, words.slice(1).join(' '))) lead = 1;
        let titled = false;
        const roles: string[] = [];
        // "Climber Ada Lund posted …": an occupation opening the sentence is a role word.
        if (lead === 0 && isOccupationBeforeName(scan.masked, at, at + words[0]!.length, words.slice(1))) { roles.push(low(words[0]!)); lead = 1; titled = true; }
        // "Vermont Sen. Bernie Sanders", "Wells Fargo CEO John Stumpf": a place or body before the
        // title; the person is the given name and surname after it.
        // ("Former Florida Gov. Jeb Bush": titles that open the run stay role words.)
        let opening = lead;
        while (opening < words.length - 1 && NAME_TITLES.has(low(words[opening]!))) opening++;
        for (let k = words.length - 3; k > opening; k--) {
          if (!PERSON_TITLES.has(low(words[k]!))) continue;
          const rest = words.slice(k + 1);
          if (rest.length <= 3 && !rest.some((w) => ORG_WORDS.has(low(w)) || NAME_TITLES.has(low(w)))) {
            for (let t = lead; t < opening; t++) { roles.push(low(words[t]!)); titled = true; }
            // (The place or body says which one: "the Vermont senator", "the DHS chief", body-head.ts.)
            roles.push(...bodyBefore(slice.slice(0, m.index)), ...words.slice(opening, k).map(bodyWord));
            lead = k;
            break;
          }
        }
        // "The ACLU’s Keegan Medrano": the body's possessive owns the person after it, owned-name.ts.
        // (Not a body's own unit: "Ukraine’s Air Force" keeps its owner.)
        const ownerEnd = afterOwner(words, lead);
        const owned = ownerEnd > 0 && !words.slice(ownerEnd).some((w) => ORG_WORDS.has(low(w))) ? ownerEnd : -1;
        if (owned > 0) { roles.push(ownerWord(words[owned - 1]!)); lead = owned; }
        while (lead < words.length - 1 && NAME_TITLES.has(low(words[lead]!))) { roles.push(low(words[lead]!)); lead++; titled = true; }
        // "Secretary of State John Kerry": the title before "of" is no one; the office opens the run after it.
        const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 5);
        if (words.length === lead + 1 && NAME_TITLES.has(low(words[lead]!)) && /^\s+of\s/.test(after)) {
          describedSubject ||= SUBJECT_LEAD.test(scan.masked.slice(sentence.start, sentence.start + m.index));
          continue;
        }
        const office = OFFICE_BEFORE.exec(slice.slice(Math.max(0, m.index - 40), m.index));
        // (The office may read as a title itself: "State" of "State Sen. …".)
        const officeTitle = office && NAME_TITLES.has(low(office[2]!)) && !FUNCTION_CAPS.has(low(words[0]!)) ? office : null;
        if (officeTitle) {
          const given = nameAfterOffice(words, 0, words.length - 1);
          // Titles before it stay role words: "former" of "Former Secretary of State …".
          const earlier = officeTitle[1]!.split(/\s+/).map(low).filter((w) => NAME_TITLES.has(w));
          roles.splice(0, roles.length, ...earlier, low(officeTitle[2]!), 'of', ...words.slice(0, given).map(low));
          lead = given;
          titled = true;
        }
        // ("Theresa May", "Brian May": a month after a given name is a surname, unless a day follows.)
        const dayAfter = /^\s*\d/.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 4));
        const name = words.slice(lead).filter((w, k, all) => !CALENDAR_WORDS.has(low(w))
          || (SURNAME_MONTHS.test(w) && k > 0 && !CALENDAR_WORDS.has(low(all[k - 1]!)) && !dayAfter));
        if (!name.length) continue;
        const org = name.some((w) => ORG_WORDS.has(low(w)));
        // (A demonym ends "-an", "-ese", "-ish", but so do surnames: "Paul Ryan", "Kathryn Egan" are people,
        // and so is a lone surname a title leads, "Mr. Ryan", "Sen. Duncan": no title goes before a demonym.
        // Not a longer titled run, "Acting Homeland Security Secretary McAleenan": its words are no name.)
        const demonym = /(?:an|ese|ish)$/.test(name[name.length - 1]!) && !(titled && name.length === 1) && !(name.length >= 2 && genderOfGivenName(name[0]!) !== null);
        const place = PLACE_START.has(low(name[0]!)) || demonym || PLACE_END.has(low(name[name.length - 1]!))
          || isPlaceUnitAfter(slice.slice(m.index + m[0].length, m.index + m[0].length + 16))
          || (lead === 0 && isPlaceUnitOf(slice.slice(Math.max(0, m.index - 16), m.index)));
        const adverb = name.length === 1 && !titled && ADVERB.test(name[0]!);
        // "Niall Carson/PA Images via Getty Images": a photo credit names no one "she" can be.
        // ("Ada Holm via Harbour Images": the photographer before "via" or "/" and a credit's word too.)
        const credit = name.some(isCreditWord) || creditAfter(slice.slice(m.index + m[0].length, m.index + m[0].length + 48));
        // A headline or subhead is no person: "QUESTIONABLE MEDICAL CLAIMS", "Gender Gap Goes On", "Would I".
        const headline = (name.length >= 2 && name.every((w) => !/\p{Ll}/u.test(w)) && name.filter((w) => /\p{Lu}{3}/u.test(w)).length >= 2)
          || (name.length >= 2 && name.some((w) => FUNCTION_CAPS.has(low(w)) || MODALS.has(low(w))));
        // "Presumptive GOP nominee Donald Trump": the run before a role noun and a name describes that name.
        const modifier = ROLE_NOUN_AFTER.exec(slice.slice(m.index + m[0].length, m.index + m[0].length + 50));
        const describes = modifier !== null && isRoleNoun(modifier[1]!);
        // "changed by the Vietnam War", "the Philippine Star": a person's name takes no article, unless a title follows it.
        // (Not the owner's article: "The ACLU’s Keegan Medrano".)
        const article = !titled && owned < 0 && (words.slice(0, lead).some((w) => low(w) === 'the') || /(?:^|\s)the\s+$/i.test(slice.slice(Math.max(0, m.index - 5), m.index)));
        // "POLITICO Massachusetts", "Independence USA": a word in capitals (not an initial or "II") names a body.
        const shouting = name.some((w) => /^\p{Lu}{3,}$/u.test(w) && !/^[IVX]+$/.test(w)) && !name.every((w) => /^\p{Lu}{3,}$/u.test(w));
        // ("a Savile Row-tailored lawyer", "Oxford-educated": a capitalised word joined to a lower-case
        // participle is a compound adjective, no name.)
        const compound = /-\p{Ll}+(?:ed|ing)$/u.test(name[name.length - 1]!);
        const person = !org && !place && !adverb && !credit && !headline && !describes && !article && !shouting && !compound;
        const start = sentence.start + m.index + m[0].indexOf(name[0]!);
        // Lower-case role words before the run: "nominee Donald Trump", "the party's nominee, Donald Trump".
        const rolesEnd = officeTitle ? m.index - officeTitle[0].length : m.index;
        const before = ROLE_BEFORE.exec(slice.slice(Math.max(0, rolesEnd - 40), rolesEnd));
        if (before) roles.unshift(before[1]!.toLowerCase());
        // "Donald Trump, the Republican nominee, …": the apposition after the name describes it too.
        // (Kept apart from the role words that tell a gender: "a friend of Mrs. Clinton" is no woman.)
        const apposition = APPOSED_ROLE.exec(slice.slice(m.index + m[0].length, m.index + m[0].length + 80));
        const subject: boolean = describedSubject || SUBJECT_LEAD.test(scan.masked.slice(sentence.start, sentence.start + m.index));
        describedSubject = describes && subject;
        out.push({
          start, end: start + name.join(' ').length, name: name.join(' '), block, person, titled, roleWords: roles.join(' '),
          apposedRole: apposition ? apposition[1]!.toLowerCase() : '', subject,
        });
      }
    }
  });
  // "Ryan said …" after "Paul Ryan": a single word that is the surname of a person named in full is that person.
  const surnames = new Set(out.filter((m) => m.person && m.name.includes(' ')).map((m) => m.name.slice(m.name.lastIndexOf(' ') + 1)));
  // (So is a word that opens place names, standing alone: "White said …" after "Peter White" is no "White House".)
  for (const m of out) {
    if (m.person || m.name.includes(' ') || !surnames.has(m.name)) continue;
    if (/(?:an|ese|ish)$/.test(m.name) || (PLACE_START.has(low(m.name)) && !/\bthe\s+$/i.test(scan.masked.slice(Math.max(0, m.start - 5), m.start)))) m.person = true;
  }
  return out;
}

// Up to three lower-case words (no verb: none ends in "-ed" or "-s") and a capital: "GOP nominee Donald".
const ROLE_NOUN_AFTER = /^\s+(?:\p{Ll}+(?<!ed|s)\s+){0,2}(\p{Ll}+)(?<!ed|s)\s+\p{Lu}/u;

function isRoleNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || NAME_TITLES.has(word);
}

// ", the former secretary of state,": a short description with an article, closed by a comma or a stop.
const APPOSED_ROLE = /^,\s+(?:the|a|an)\s+([^,;:()\uE000]{3,60}?)\s*[,.;]/;

// "… Former Secretary of ": an office title (and up to two words before it) and its "of", right before a run of capitals.
const OFFICE_BEFORE = /(?:^|\s)((?:[\p{L}.-]+\s+){0,2})(\p{Lu}\p{Ll}+)\s+of\s+$/u;

/** A body's word before a title, lower case, without its possessive: "pakistan" of "Pakistan’s Prime Minister". */
function bodyWord(word: string): string {
  return low(word).replace(/['\u2019]s?$/, '');
}

/**
 * "Department of " right before "Homeland Security Acting Secretary Ann Roe": the body's own word.
 * (Its "of" is left out: the role words end on the title, which coreference reads as their head.)
 */
function bodyBefore(before: string): string[] {
  const office = OFFICE_BEFORE.exec(before);
  return office && ORG_WORDS.has(low(office[2]!)) ? [low(office[2]!)] : [];
}

function low(word: string): string {
  return word.toLowerCase().replace(/\./g, '');
}

/** Whether the words after a name make it a photo credit: "/PA Images", "via Getty Images". */
function creditAfter(after: string): boolean {
  const lead = /^\s*(?:\/|via\s)/.exec(after);
  if (!lead) return false;
  return (after.slice(lead[0].length).split(/[.\n;]/)[0]!.match(/\p{L}+/gu) ?? []).some(isCreditWord);
}

/** Index of the last mention that starts before `pos` (binary search), or -1. */
export function lastMentionBefore(mentions: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
