// The grammatical gender a news article gives a person, so that "he" and "she" skip a person of the
// other gender. Evidence, strongest first: the article's own honorifics and gendered role words
// ("Mrs. Clinton", "spokeswoman Ana Ortiz", "Congressman Ruiz"), then a common given name
// ("Hillary Clinton", "Donald Trump"): the hand list below first, then the one-gender names of a
// public data set (given-names.json, written by eval/given-names.mjs, which says where they come
// from). A surname the article gives two genders ("Bill Clinton", "Hillary Clinton") stays open, so
// it agrees with either pronoun.

import { NAME_TITLES, PERSON_NOUNS, STRONG_TITLES } from './lexicon';
import nameData from './given-names.json';

export type Gender = 'm' | 'f';

const FEMALE_WORDS = new Set([
  'mrs', 'ms', 'miss', 'dame', 'queen', 'princess', 'lady', 'madam', 'madame', 'duchess', 'countess', 'baroness',
  'sister', 'mother', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'assemblywoman', 'businesswoman',
  'actress', 'wife', 'daughter', 'widow', 'grandmother', 'girlfriend', 'woman', 'girl', 'mayoress', 'heiress', 'sen.-elect',
]);
const MALE_WORDS = new Set([
  'mr', 'sir', 'king', 'prince', 'lord', 'duke', 'count', 'baron', 'father', 'brother', 'spokesman', 'chairman',
  'congressman', 'councilman', 'assemblyman', 'businessman', 'actor', 'husband', 'son', 'widower', 'grandfather',
  'boyfriend', 'man', 'boy', 'sheikh', 'pope',
]);

// Common given names that are nearly always one gender in English-language news. Names worn by
// both (Pat, Marty, Jordan, Alex, Robin, Jean, Kim, Leslie …) are left out on purpose: unknown
// agrees with either pronoun, a wrong guess does not.
const FEMALE_NAMES = new Set(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel
catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice julia marie madison
grace judy theresa beverly denise marilyn amber danielle rose brittany diana abigail natalie jane lori alexis tiffany
kayla hillary hilary michele condoleezza nikki sarah elizabeth nancy theresa angela marine ivanka melania kellyanne
huma hope omarosa loretta sonia ruth elena elaine debbie tammy kirsten tulsi kamala dianne barbara patty maxine nita
claire jeanne susana valerie samantha jill chelsea malia sasha michelle laura barbara hilda ilhan alexandria ayanna
rashida liz katie meghan megyn rachel andrea greta norah savannah gretchen mika erin christiane candy martha nora gwen
judy lesley margaret theresa nicola ursula christine federica angela jacinda benazir indira golda mette sanna giorgia
marina olga tatiana svetlana irina natalia yulia ana carmen lucia isabel beatriz rosa dilma cristina michelle
priscilla wendy gina stacey stacy tracy tracey becky vicki amelia ella sophia sophie chloe charlotte lily zoe alice
ellen eleanor molly kate katharine kathy cathy carrie anne annie jenna jenny joanna joanne louise lucy mia naomi paula
phyllis roberta rosemary sally sheila stella susanne suzanne sylvia vanessa vera yvonne linda kristen kristin
`.split(/\s+/).filter(Boolean));
const MALE_NAMES = new Set(`james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
christian keith roger gerald harold sean austin carl arthur lawrence dylan jesse bryan billy joe bruce
gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis
barack mike mitch ted marco rand bernie tim newt rudy reince rick chuck harry jeb ben bill hugh rush
chris vladimir xi recep benjamin emmanuel francois boris tony gordon nigel jeremy keir rishi justin shinzo narendra
rodrigo hassan bashar ali mohammed muhammad ahmed omar hosni abdel jim jimmy tom tommy dan danny steve bob rob
robbie ken kenny ron ronnie greg doug nick nate sam matt jeff joel martin lou luis carlos jorge pedro
manuel miguel francisco antonio sergei dmitry alexei igor viktor ivan yuri mikhail andrei olaf helmut gerhard jens
mario matteo giuseppe silvio emmanuel nicolas jacques pierre jean-claude jean-luc francois-xavier hans klaus otto
karl friedrich wolfgang lars erik sven bjorn rex wolf cory corey elliot elliott jared jay kurt leon lyndon
reid sherrod trey wesley wes dick al newt orrin lamar thad roy jon josh jake luke chad brad todd travis troy wade
warren herbert calvin dwight franklin woodrow ulysses abraham grover rutherford chester millard
`.split(/\s+/).filter(Boolean));

// Names worn by both that the hand list leaves out on purpose (its comment): the data set may not
// overrule that.
const SHARED_NAMES = new Set(['pat', 'marty', 'jordan', 'alex', 'robin', 'jean', 'kim', 'leslie']);
const DATA_FEMALE: ReadonlySet<string> = new Set(nameData.f.split(' '));
const DATA_MALE: ReadonlySet<string> = new Set(nameData.m.split(' '));
const WRITTEN_AS_NAME = /^\p{Lu}\p{Ll}/u;

/** The gender a role or honorific word marks ("spokeswoman", "Mr"), or null. */
export function genderOfWord(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\./g, '');
  return FEMALE_WORDS.has(w) ? 'f' : MALE_WORDS.has(w) ? 'm' : null;
}

/** The gender a given name marks ("Hillary" f, "Donald" m), or null for a rare or shared one. */
export function genderOfGivenName(word: string): Gender | null {
  const w = word.toLowerCase().replace(/[.\u2019']/g, '');
  if (FEMALE_NAMES.has(w) && !MALE_NAMES.has(w)) return 'f';
  if (MALE_NAMES.has(w) && !FEMALE_NAMES.has(w)) return 'm';
  return null;
}

/**
 * The gender a given name marks for "he"/"she" agreement: the hand list's common names first (and
 * its shared ones stay unknown), then the data set's less common ones ("Carla", "Harvey", "Jamal").
 * (The hand list alone stays the test of whether a word is a given name at all, elsewhere: the data
 * set holds words such as "Will", "Hope" and "Grant", and places such as "Georgia".)
 */
export function genderOfAnyGivenName(word: string): Gender | null {
  const w = word.toLowerCase().replace(/[.\u2019']/g, '');
  if (SHARED_NAMES.has(w)) return null;
  const common = genderOfGivenName(w);
  if (common || FEMALE_NAMES.has(w) || MALE_NAMES.has(w)) return common;
  // (Only a word written as a name: "AG Mukasey", "AL" are abbreviations, not "Ag" or "Al".)
  if (!WRITTEN_AS_NAME.test(word)) return null;
  return DATA_FEMALE.has(w) ? 'f' : DATA_MALE.has(w) ? 'm' : null;
}

// A title, office, role noun or acronym inside a name's run: "Hall Green MP Roger Godsiff", "Sand
// Hill Principal Carla Meigs", "Author Ada Lind". The words before it name a place, a body or the
// role, not the person.
const ACRONYM = /^\p{Lu}{2,4}$/u;
const SUFFIX = /^(?:Jr|Sr|[IVX]+)\.?,?$/;
const isTitle = (word: string) => {
  const w = word.toLowerCase().replace(/\./g, '');
  return NAME_TITLES.has(w) || STRONG_TITLES.has(w) || PERSON_NOUNS.has(w) || ACRONYM.test(word);
};

/**
 * The given name of a full name: the word after the last title inside it, or the first word.
 * (A title may also stand last but one when words come before it: a name run cut short after the
 * given name, "Hall Green MP Roger"; not "Dean Acheson", where the title is the given name.)
 */
export function givenPart(all: readonly string[]): string {
  // ("Martin Luther King Jr.": a suffix is no surname, and "King" then no title.)
  let n = all.length;
  while (n > 1 && SUFFIX.test(all[n - 1]!)) n--;
  for (let k = n - 2; k >= 0; k--) {
    if (isTitle(all[k]!) && (k <= n - 3 || k >= 1)) return all[k + 1]!;
  }
  return all[0]!;
}

export interface NamedMention {
  /** The name without titles: "Hillary Clinton", "Clinton". */
  name: string;
  /** Title and role words before it, lower case and space-separated. */
  roleWords: string;
  /** False for a name the article reads as a place or body ("New Delhi"), which gives no surname. */
  person?: boolean;
}

/**
 * Gender by name for every person the article mentions: keyed by the full name and by its last
 * word (the surname a later mention uses alone). 'both' marks a surname the article gives to a man
 * and a woman.
 */
export function gendersOf(mentions: readonly NamedMention[]): Map<string, Gender | 'both'> {
  const map = new Map<string, Gender | 'both'>();
  const note = (key: string, g: Gender) => {
    const had = map.get(key);
    map.set(key, had && had !== g ? 'both' : g);
  };
  // Full names of the article without a gender, by surname: "Carly Fiorina" beside "Frank Fiorina".
  const unmarked = new Map<string, Set<string>>();
  for (const m of mentions) {
    const words = m.name.split(' ');
    let g: Gender | null = null;
    for (const r of m.roleWords.split(' ')) g ??= r ? genderOfWord(r) : null;
    if (!g && words.length >= 2) g = genderOfAnyGivenName(givenPart(words));
    if (!g) {
      if (words.length >= 2 && m.person !== false) {
        const surname = words[words.length - 1]!;
        if (!unmarked.has(surname)) unmarked.set(surname, new Set());
        unmarked.get(surname)!.add(m.name);
      }
      continue;
    }
    if (words.length >= 2) note(m.name, g);
    note(words[words.length - 1]!, g);
  }
  // A surname the article also gives to a person of unknown gender may be either: the husband's
  // "Mr." tells nothing of "Carly Fiorina", whom a later "Fiorina … she said" means.
  for (const [surname, names] of unmarked) {
    if (map.has(surname) && [...names].some((n) => !map.has(n))) map.set(surname, 'both');
  }
  return map;
}

/** Whether a person with these names may be "he" (want 'm') or "she" (want 'f'). */
export function namesAgree(names: readonly string[], genders: ReadonlyMap<string, Gender | 'both'>, want: Gender): boolean {
  // One entity may hold two full names of a family ("Donald Trump", "Melania Trump" under "Trump"):
  // it agrees with the pronoun one of them takes, rather than with neither.
  const full = names.filter((n) => n.includes(' ') && !/\s(?:and|&)\s/.test(n));
  if (full.length > 1 && full.some((n) => (genders.get(n) ?? genderOfAnyGivenName(givenPart(n.split(' ')))) === want)) return true;
  return names.every((n) => {
    const words = n.split(' ');
    // A full name speaks for itself, before the surname another person of the article may share.
    // A surname alone takes what the article gives that surname.
    const g = words.length >= 2 ? genders.get(n) ?? genderOfAnyGivenName(givenPart(words)) : genders.get(n);
    return !g || g === 'both' || g === want;
  });
}
