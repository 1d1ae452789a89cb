// A headline "Name: words" reports the name's words only when the name speaks: "Calder: Ferry will
// reopen" over a story that quotes Calder. Many headlines put a topic before the colon instead
// ("Harbour Point: Two more boats sink near the pier", a place or an event, then the news about it).
// The label is a speaker when the words after it are quoted, when the article gives the same source
// a statement or a position of its own, when the name reads as a body's (a body's word, "NY Post",
// "Harbour Board"; an acronym) or as a person's (a given name, a title, a role; or a surname whose
// full name the article gives with a given name). Otherwise it is a topic.
//
// Linear: one pass over the attributions to count each entity's, then one look per headline label.

import { genderOfGivenName } from '../gender';
import { ORG_WORDS } from '../lexicon';
import type { Attribution, Entity } from '../model';
import { finalEntity } from './alias-merge';
import type { Mention } from './person-mentions';
import { isSubjectElsewhere } from './subject-elsewhere';

const SPEAKER_LABEL = 'sources/speaker-label';
const QUOTE_MARK = /["\u201C\u201D\u2018\u2019']/;

/** The attributions without the headline labels that name a topic rather than a speaker. */
export function dropHeadlineTopics(attributions: readonly Attribution[], entities: readonly Entity[], mentions: readonly Mention[], text: string): Attribution[] {
  const said = new Map<number, number>();
  for (const a of attributions) {
    if (a.entity === undefined || isHeadlineLabel(a)) continue;
    const e = finalEntity(entities, a.entity);
    said.set(e, (said.get(e) ?? 0) + 1);
  }
  return attributions.filter((a) => {
    if (!isHeadlineLabel(a) || a.entity === undefined || !a.speaker) return true;
    const index = finalEntity(entities, a.entity);
    if ((said.get(index) ?? 0) > 0) return true;
    // ("Calder: “A sad day”": a quotation is someone's words.)
    if (QUOTE_MARK.test(text.slice(a.speaker.end, a.start + 1))) return true;
    const label = a.speaker.name ?? '';
    return readsAsBody(label) || readsAsPerson(entities[index]!, label, mentions, a.block);
  });
}

/** A title-case label read from a headline (upper-case transcript labels are direct or kept by their own rules). */
function isHeadlineLabel(a: Attribution): boolean {
  // (The label as printed: its name is title-cased, so "MORROW" would pass for "Morrow".)
  return a.extractor === SPEAKER_LABEL && !a.direct && !!a.speaker && a.speaker.form === 'name' && /\p{Ll}/u.test(a.speaker.text);
}

/** "NY Post", "Harbour Board", "Courier News Guide": a body's word in the name; "NIS": an acronym. */
function readsAsBody(label: string): boolean {
  if (/^\p{Lu}{2,6}$/u.test(label)) return true;
  return label.split(/[\s-]+/).some((w) => ORG_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
}

/**
 * "Sen. Lind", a label with a role; or "Ada Lind", "Lind" whom the article names "Ada Lind", when the
 * body makes the person a sentence's subject (not "Ada Lind: Club postpones game after player’s death",
 * over a story that names her only as the player who died: subject-elsewhere.ts).
 */
function readsAsPerson(entity: Entity, label: string, mentions: readonly Mention[], block: number): boolean {
  if (entity.kind !== 'person') return false;
  if (entity.role) return true;
  if (!isSubjectElsewhere(mentions, label, block)) return false;
  const words = label.split(/\s+/);
  if (words.length > 1 && genderOfGivenName(words[0]!) !== null) return true;
  const last = words[words.length - 1]!;
  return mentions.some((m) => m.person && (
    (m.titled && (m.name === label || m.name.endsWith(` ${last}`) || m.name === last))
    || (m.name.endsWith(` ${last}`) && genderOfGivenName(m.name.split(' ')[0]!) !== null)));
}
