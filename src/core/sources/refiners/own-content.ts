// "Mr. Lund fits that bill for many people, he said.": the pronoun that reports a content is never
// a person that content names. The reporting clause governs what it reports, so a name inside it
// is someone else (had Lund said it of himself, the writer would have put "…, Lund said"). The name
// opens a sentence and reads as its subject, yet it is the speaker's matter, not the "he".

import type { Span } from '../../types';

/** The mention `m` lies inside `content`, the words its own pronoun reports. */
export function namedInOwnContent(content: Span | undefined, m: Span): boolean {
  return content !== undefined && m.start >= content.start && m.end <= content.end;
}
