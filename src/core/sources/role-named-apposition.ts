// A role with a phrase of its own written before a name, inside an apposition: "One of her colleagues,
// member of parliament Ada Lund, said …", "A neighbour, head of the village council Tor Vik, told …".
// The speaker reader takes "member of parliament Ada Lund" whole for a description (its "of" keeps it
// from the short roles, "lawmaker Ada Lund", that it reads as a title); the name at its end is the
// person, the words before it the role.

import type { Span } from '../types';
import type { SpeakerRef } from './model';
import { NAME_WORD_START } from './name-word';
import { readSpeaker } from './speaker-phrase';

/** Lower-case role words (a preposition and an article among them), then a name of two or three capitalised words. */
const ROLE_THEN_NAME = new RegExp(String.raw`^(\s*)((?:a\s+|an\s+|the\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,5})\s+(${NAME_WORD_START}[\p{L}'\u2019-]+(?:\s+${NAME_WORD_START}[\p{L}'\u2019-]+){1,2})\s*$`, 'u');
/** The role needs a preposition of its own ("member of", "head of the"): a bare noun before a name is read as a title already. */
const ROLE_WITH_PHRASE = /\s(?:of|for|at)\s/;

/** The person an apposition `seg` names after a role with a phrase of its own, the role set; or null. */
export function roleNamedPerson(masked: string, seg: Span): SpeakerRef | null {
  const m = ROLE_THEN_NAME.exec(masked.slice(seg.start, seg.end));
  if (!m || !ROLE_WITH_PHRASE.test(m[2]!)) return null;
  const roleStart = seg.start + m[1]!.length;
  const role = readSpeaker(masked, roleStart, roleStart + m[2]!.length);
  if (role?.form !== 'nominal' || (role.kind !== 'anonymous' && role.kind !== 'person')) return null;
  const nameStart = roleStart + m[2]!.length + masked.slice(roleStart + m[2]!.length).search(/\S/);
  const name = readSpeaker(masked, nameStart, nameStart + m[3]!.length);
  if (name?.form !== 'name' || name.kind !== 'person') return null;
  name.role ??= m[2]!.replace(/^(?:a|an|the)\s+/i, '');
  return name;
}
