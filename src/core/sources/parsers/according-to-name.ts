// "According to Kabul police chief's spokesman, Basir Mujahid, the bomb was …": the post, then the
// name in an apposition of its own. The source is the person named, with the post as role; read
// only up to the first comma, the post was the speaker and the name opened the content.

import { PERSON_NOUNS } from '../lexicon';
import type { SpeakerRef } from '../model';
import { isPeopleNoun } from '../refiners/people-nouns';
import { readSpeaker } from '../speaker-phrase';
import { NAME_WORD_START } from '../name-word';

/**
 * ", Basir Mujahid," or ", Ada Lund." after the post: two to four capitalised words closed by a comma
 * that no age or number follows ("According to the officer, Tom Varga, 45, was …" names the man the
 * content is about), or by the sentence's end.
 */
const NAME_AFTER = new RegExp(String.raw`^,\s+(${NAME_WORD_START}[\p{L}'\u2019.-]*(?:\s+${NAME_WORD_START}[\p{L}'\u2019.-]*){1,3})(?=,\s+(?!\d)|\.\s|\.$|$)`, 'u');

/**
 * The person named after a post that `post` read (from `start` to `end` of `masked`), and where the
 * name ends; null unless the post is one person's (a singular person's noun: "spokesman", "board
 * president") and the words after it are a person's name.
 */
export function nameAfterPost(masked: string, post: SpeakerRef, start: number, end: number, limit: number): { speaker: SpeakerRef; end: number } | null {
  if (post.form !== 'nominal' || !post.head || /s$/.test(post.head) || post.kind === 'organization' || post.kind === 'document') return null;
  if (!PERSON_NOUNS.has(post.head) && !isPeopleNoun(post.head)) return null;
  const m = NAME_AFTER.exec(masked.slice(end, limit));
  if (!m) return null;
  // (The sentence's full stop after a surname is no part of it: "… spokeswoman, Ada Lund.")
  const name = m[1]!.replace(/(\p{L}{2})\.$/u, '$1');
  const nameEnd = end + m[0].length - (m[1]!.length - name.length);
  const speaker = readSpeaker(masked, start, nameEnd);
  if (!speaker || speaker.form !== 'name' || speaker.kind !== 'person' || speaker.name !== name) return null;
  return { speaker, end: nameEnd };
}
