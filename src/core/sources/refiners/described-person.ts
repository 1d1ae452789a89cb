// "A spokesperson for the council said its members had cut short contracts. “We have worked with the
// unions for years,” he said.": one who speaks for a body, brought in without a name ("a
// spokesperson for the council", "a representative for Mr. Lund", "an official with the agency"), is
// a "he" or "she" as a named person is. Left out, the pronoun went back past them to the person
// named before, often the one the body answers. Only a description the article brings in with "a",
// "an", "one" or "another" and that says whom the person is with: "the candidate" stands for someone
// named, "a man", "a reporter", "a campaign aide" are too often a speaker phrase read wrong, or an
// aside, to take a later "he" from the person the paragraphs are about. A group ("officials for
// the council") is no "he", nor is a body or a document.

import type { Entity } from '../model';

/** "a spokesperson for …", "one academic", "another witness": a speaker phrase that brings in someone new. */
export function introducesOne(phrase: string): boolean {
  return /^(?:a|an|one|another)\s/i.test(phrase.trim());
}

/** A role noun (and one word before it), then whom it is with: "spokesperson for the Council", "senior official with Acme". */
const SPEAKS_FOR = /^(?:[\p{L}-]+\s+)?[\p{L}-]+\s+(?:for|of|with|at|from)\s+(?:the\s+)?\p{Lu}/u;

/** The entity is one unnamed person who speaks for a body or a person, described by a singular noun. */
export function isOneDescribedPerson(e: Entity, isPluralHead: (head: string) => boolean): boolean {
  return e.kind === 'anonymous' && e.names.length === 0 && e.heads.length > 0 && !e.heads.some(isPluralHead)
    && SPEAKS_FOR.test(e.descriptors[0] ?? '');
}
