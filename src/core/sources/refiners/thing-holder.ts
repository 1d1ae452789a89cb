// "Recent storms show …", "the y-axis shows …", "textured pieces showed plenty of skin", "Flowers love
// water": positions are read from any subject, and a subject that names things, not people, a body
// or a document, is no one a reader could list as a source. isWeakHolder (build-sources.ts) already
// leaves out a singular thing that only holds positions, with its quotes; a plural one was kept
// ("islanders" and "41 percent" hold positions as polls report them), and a singular in "-is"
// ("crisis", "x-axis") read as a plural. This asks the noun itself: a description never named,
// every head a thing's noun (no person's noun, word for people or agent noun as people-nouns.ts
// reads them, no group of people, body, inquiry or record) and no count of anyone. Its positions
// keep it as their holder, as a vague count's do: only the source line goes.

import type { Entity } from '../model';
import { DOCUMENT_NOUNS, ORG_NOUNS } from '../lexicon';
import { isPeopleNoun } from './people-nouns';

/** A share or a count ("five villages", "41 percent", "most"): a poll's or a place's people may stand behind it. */
const COUNTED = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|thirds|quarter|percent|cent|most|many|some)\b/i;

/**
 * Nouns of people that people-nouns.ts does not read as such, and so kept: an adjective's or a
 * participle's shape ("radicals", "militants", "residents", "detainees", "natives"), a group of
 * people ("crowds", "camps", "others").
 */
const PEOPLE_SHAPE = /(?:ant|ent|al|el|ive|ee|ite|ese|ic)s?$/;
const PEOPLE_GROUP = /^(?:others?|crowds?|camps?|sides?|crews?|audiences?|mobs?|public|teams?|communit(?:y|ies)|famil(?:y|ies)|jur(?:y|ies)|panels?|couples?|pairs?)$/;
/**
 * What finds things out or records them is credited like a document (lexicon.ts's DOCUMENT_NOUNS:
 * "investigations concluded …", "Videos on social media showed …"), and so are these records the
 * list leaves to other readers: "text messages found on his phone showed …", "the inquiry found …".
 */
const RECORD = /^(?:inquir(?:y|ies)|consultations?|tests?|trials?|images?|pictures?|recordings?|texts?|files?|e-?mails?)$/;
const isRecord = (word: string) => DOCUMENT_NOUNS.has(word) || DOCUMENT_NOUNS.has(word.replace(/s$/, '')) || RECORD.test(word);
/** A thing a named owner holds ("Huang's own remarks", "the Courier's new initiative"): the owner speaks through it. */
const NAMED_OWNER = /(?:^|\s)\p{Lu}[\p{L}.-]*['\u2019\u2018]s?\s/u;

/** Whether a head noun names a thing: no person, group of people, body, inquiry or record. */
export function thingNoun(head: string): boolean {
  const word = head.toLowerCase();
  return !isPeopleNoun(word) && !PEOPLE_SHAPE.test(word) && !PEOPLE_GROUP.test(word) && !isRecord(word) && !ORG_NOUNS.has(word.replace(/s$/, ''));
}

/** A description of things, never named, holding positions: no source to list. */
export function isThingHolder(entity: Entity): boolean {
  if (entity.kind !== 'other' || entity.names.length || !entity.heads.length) return false;
  if (entity.descriptors.some((d) => COUNTED.test(d) || NAMED_OWNER.test(d))) return false;
  return entity.heads.every(thingNoun);
}
