// Whether the body makes a person the subject of a sentence: "Lind said …", "Lind, who chairs the
// board, …", "Ada Lind wants …". A person who speaks in an article is written so somewhere; one the
// body names only inside other phrases ("the death of player Ada Lind", "Lind’s family") is what the
// story is about, and a headline label naming them ("Ada Lind: Club postpones game after player’s
// death") is its topic, not its speaker.

import type { Mention } from './person-mentions';

/** Whether a person mention outside the block opens its sentence with the name, its surname or its full form. */
export function isSubjectElsewhere(mentions: readonly Mention[], name: string, block: number): boolean {
  const last = name.split(/\s+/).pop()!;
  return mentions.some((m) => m.person && m.subject && m.block !== block
    && (m.name === name || m.name === last || m.name.endsWith(` ${last}`)));
}
