// "… drew fire from Ada Lund, a harbour pilot, who said …", "…,” said Otto Lind, the port's
// director, who added that …": a "who" after a person's name and a description of that person set
// off by commas refers to the person; the description is her role. (With a capitalised description,
// "Ada Lund, the Green MP for Eastbridge, who", clause.ts's describedPerson reads it already.)

import type { Span } from '../types';
import type { Subject } from './clause';
import { readSpeaker } from './speaker-phrase';

/** A description of one person: an article, then lower-case words first ("a senior analyst at Jefferies"). */
const PERSON_DESCRIPTION = /^\s*(?:a|an|the)\s+\p{Ll}/u;

/**
 * The person named at the end of `nameSeg` when `descriptionSeg`, the segment between it and the
 * "who", describes a person; null otherwise. `trailingName` reads the name that ends a clause.
 */
export function describedNameBeforeWho(masked: string, nameSeg: Span, descriptionSeg: Span, trailingName: (masked: string, seg: Span) => Subject | null): Subject | null {
  const description = masked.slice(descriptionSeg.start, descriptionSeg.end);
  if (!PERSON_DESCRIPTION.test(description)) return null;
  const described = readSpeaker(masked, descriptionSeg.start + description.search(/\S/), descriptionSeg.end - (description.length - description.trimEnd().length));
  // (A role the lexicon does not know reads as "other": "a ferry captain"; not a body or a document.)
  if (described?.form !== 'nominal' || described.kind === 'organization' || described.kind === 'document') return null;
  const owner = trailingName(masked, nameSeg);
  if (owner?.speaker.form !== 'name' || owner.speaker.kind !== 'person') return null;
  owner.speaker.role ??= description.trim().replace(/^(?:a|an|the)\s+/i, '');
  return owner;
}
