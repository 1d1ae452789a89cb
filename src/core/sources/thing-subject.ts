// A description whose head names a thing, not a person or a group of people: "the dashboards",
// "Database scans", "the x-axis". The attitude reader lets any short description hold a view, since
// people are often described by a noun the lexicon does not know ("the tycoon", "the crowd"); but a
// thing holds no view, wants nothing and attacks no one. Like a document, it may only show, find,
// suggest or say ("the early returns suggest …", "the videos show …").
//
// Which heads are people: the lexicon's person and organisation nouns, agent morphology ("-er",
// "-ist", "-ian", "-ant", "-ee", "-man"), a participle or adjective standing for people ("those
// surveyed", "the accused", "the former"), and the common nouns for people below. A phrase that holds a
// name ("Several Cruz associates", "Ms. Hughes avoids") is a name's, not a thing's: a capital after its
// first word, or a first word this text never writes in lower case. Anything else is read as a thing.
import { DOCUMENT_NOUNS, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS } from './lexicon';
import type { SpeakerRef } from './model';
import { onlyOpensSentences, readsInLowerCase } from './ordinary-words';

/** Nouns for people (and for people taken together) with no agent ending. */
const PEOPLE_NOUNS = new Set([
  'boy', 'boys', 'girl', 'girls', 'child', 'children', 'kid', 'kids', 'baby', 'babies', 'teen', 'teens', 'youth',
  'youths', 'adult', 'adults', 'couple', 'couples', 'crowd', 'crowds', 'audience', 'audiences', 'public', 'lady',
  'ladies', 'gentleman', 'gentlemen', 'guy', 'guys', 'folks', 'star', 'stars', 'tycoon', 'tycoons', 'mogul',
  'moguls', 'magnate', 'magnates', 'billionaire', 'billionaires', 'millionaire', 'millionaires', 'hawk', 'hawks',
  'dove', 'doves', 'boss', 'bosses', 'staff', 'side', 'sides', 'camp', 'camps', 'pope', 'king', 'queen',
  'prince', 'princess', 'royals', 'crew', 'squad', 'jury', 'spouse', 'partner', 'partners', 'nephew', 'niece',
  'grandson', 'granddaughter', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'gays', 'whites', 'blacks', 'greens', 'elite',
  'elites', 'majority', 'minority', 'generation', 'generations', 'mainstream', 'base', 'establishment',
  'electorate', 'population', 'community', 'communities', 'hero', 'heroes', 'patient', 'patients', 'client',
  'clients', 'fellow', 'fellows', 'peer', 'peers', 'individual', 'individuals', 'human', 'humans', 'persons',
  'mob', 'voice', 'voices', 'legend', 'legends', 'heavyweight', 'heavyweights', 'look-alike', 'celebrity',
  'celebrities', 'guest', 'guests', 'team', 'teams', 'cast', 'chorus', 'choir',
  'band', 'clan', 'tribe', 'tribes', 'faithful', 'poor', 'rich', 'young', 'old', 'elderly', 'left', 'right',
  'nation', 'nations', 'country', 'countries', 'state', 'states', 'city', 'cities', 'town', 'towns', 'village',
  'world', 'west', 'east', 'north', 'south', 'institutions', 'parties', 'group', 'groups', 'associate',
  'associates', 'justice', 'forum', 'forums', 'graduate', 'graduates', 'delegate', 'advocate', 'candidate',
  // People named by their trade or place, with no agent ending ("harbour pilots", "the locals").
  'pilot', 'pilots', 'cop', 'cops', 'nun', 'nuns', 'monk', 'monks', 'chef', 'chefs', 'poet', 'poets', 'scout',
  'scouts', 'guard', 'guards', 'cadet', 'cadets', 'pupil', 'pupils', 'locals', 'natives', 'rebels', 'militants',
  'professionals', 'detectives', 'pros', 'vets', 'mates', 'folk', 'kin', 'gang', 'gangs', 'thieves', 'spies',
  'hostages', 'captives', 'crews', 'bosses', 'chiefs', 'stakeholders', 'faculty',
  // Bodies and the press, which speak as organisations do ("two businesses wrote", "multiple news outlets").
  'business', 'businesses', 'news', 'media', 'outlets', 'press',
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*/gu;

/** Agent nouns and the like: "organizers", "economist", "attendee", "spokeswoman", "confidant". */
const AGENT_HEAD = /(?:er|or|ist|ian|(?<!m)ant|(?<!m)ent|ee|eer|ster|ess|ette|ite|man|men|woman|women|wife|wives|one|ones|body)s?$/;
/** A count standing for people: "Hundreds cast their votes …", "dozens", "thousands". */
const COUNT_PLURAL = /^(?:dozens|scores|hundreds|thousands|millions|tens)$/;
/** A participle or an adjective standing for people: "those surveyed", "the accused", "the former". */
const NOT_A_NOUN = /(?:ed|al|ive|ic|ous|ing)$/;

/** Whether the nominal speaker's head names a thing (not a person, a group, a body or a document); `text`: the scan's text. */
export function isThingSubject(s: SpeakerRef, text: string): boolean {
  if (s.form !== 'nominal' || s.kind !== 'other' || !s.head) return false;
  const head = s.head.toLowerCase();
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(head)) return false;
  if (PERSON_NOUNS.has(head) || ORG_NOUNS.has(head) || ORG_WORDS.has(head) || PEOPLE_NOUNS.has(head) || COUNT_PLURAL.test(head)) return false;
  // (The plural of a person, body or document noun the lexicon lists singular: "editorials", "colleges".)
  const singular = head.replace(/ies$/, 'y').replace(/s$/, '');
  if (singular !== head && (PERSON_NOUNS.has(singular) || ORG_NOUNS.has(singular) || ORG_WORDS.has(singular) || DOCUMENT_NOUNS.has(singular))) return false;
  if (AGENT_HEAD.test(head) || NOT_A_NOUN.test(head)) return false;
  return !holdsName(s, text);
}

/** A capital after the phrase's first word ("Americans", "Cruz"), or a first word that is no ordinary word. */
function holdsName(s: SpeakerRef, text: string): boolean {
  const phrase = text.slice(s.start, s.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(phrase), k = 0; m; m = WORD.exec(phrase), k++) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const [start, end] = [s.start + m.index, s.start + m.index + m[0].length];
    if (k > 0 || !readsInLowerCase(text, start, end) && !onlyOpensSentences(text, start, end)) return true;
  }
  return false;
}
