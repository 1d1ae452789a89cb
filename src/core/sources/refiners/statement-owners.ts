// Statements, releases and letters named by the source that issued them: "Ms Lund said in a statement
// that …" and, later, "“…,” the statement said" is Ms Lund's statement, as a reader takes it; "In a
// news release, the agency said …" and "the release added" the agency's. The issuer is the named
// speaker of the attribution whose sentence says where it was said ("in a statement", "in a letter
// to …"). A description ("a spokesman") or a pronoun nobody resolved is an issuer without a name:
// its statement is the nearest, and keeps its plain noun.
//
// Linear: one bounded look around each attribution's cue.

import type { Attribution, Entity } from '../model';
import { blockAtOrAfter, type Scan } from '../scan';
import { finalEntity } from './alias-merge';

/** A statement the text says a named source made, at the noun's offset. */
export interface StatementMention {
  start: number;
  block: number;
  family: 'statement';
  owner: string;
  kind: 'person' | 'organization';
  byPhrase: boolean;
}

/** The nouns of a written statement, and the family document-owners files them under. */
export const STATEMENT_NOUNS = ['statement', 'statements', 'release', 'letter'] as const;

// "said in a statement", "wrote in a letter to the board", "said in a news release on Monday": the
// medium right after the cue (a few words between: "on Friday", "late Monday"), or opening the cue
// a parser read whole ("X, in a statement, said").
const AFTER_CUE = /^(?:[\p{L}’'-]+(?:\s+(?!in\b)[\p{L}\p{N}’'.,-]+){0,3}?\s+)?in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(statement|release|letter)\b/u;
// "In a statement, the agency said …", "In a letter released Tuesday, Lund wrote": the medium opening
// the clause, closed by a comma right before the speaker (not "said in a statement that Lund is …",
// whose Lund is the reported clause's subject). ("In the letter, addressed to …, Lund accuses": the
// letter the article announced is the speaker's too.)
const BEFORE_SPEAKER = /\b[Ii]n\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(statement|release|letter)\b[^,.!?\n"\u201C\u201D]{0,40},\s*$/u;
// "The army in a statement said", "The army, in a statement, said": the medium between the speaker's
// name and the cue (the speaker phrase may have taken it in).
const BETWEEN = /\s,?\s*in\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(statement|release|letter)\b[^.!?\n"\u201C\u201D]{0,30}$/u;
/** The medium a speaker's name may have taken in: "Harbour Authority in a statement". */
const MEDIUM_TAIL = /,?\s+in\s+(?:a|an|its|his|her|their)\s.*$/u;
const CUE_REACH = 80;
const OPENING_REACH = 60;

/** The statements the article's named sources issued, in text order. */
export function statementMentions(scan: Scan, entities: readonly Entity[], attributions: readonly Attribution[]): StatementMention[] {
  const out: StatementMention[] = [];
  const text = scan.masked;
  for (const a of attributions) {
    if (!a.speaker || a.speaker.kind === 'document') continue;
    const after = AFTER_CUE.exec(text.slice(a.cueStart, a.cueStart + CUE_REACH));
    const between = after || a.speaker.start > a.cueStart ? null : BETWEEN.exec(text.slice(a.speaker.start, a.cueStart));
    const from = Math.max(0, Math.min(a.speaker.start, a.cueStart) - OPENING_REACH);
    const before = after || between ? null : BEFORE_SPEAKER.exec(text.slice(from, Math.min(a.speaker.start, a.cueStart)));
    let start = -1;
    if (after) start = a.cueStart + after[0].length - after[1]!.length;
    else if (between) start = a.speaker.start + between.index + between[0].lastIndexOf(between[1]!);
    else if (before) start = from + before.index + before[0].indexOf(before[1]!);
    if (start < 0) continue;
    // A statement whose maker has no name is still the nearest one: "the statement said" after it is not an earlier one.
    const entity = a.entity === undefined ? undefined : entities[finalEntity(entities, a.entity)];
    const named = entity && (entity.kind === 'person' || entity.kind === 'organization') && entity.names.length > 0;
    out.push({ start, block: blockAtOrAfter(scan, start), family: 'statement', owner: named ? ownerName(a, entity) : '', kind: entity?.kind === 'person' ? 'person' : 'organization', byPhrase: false });
  }
  return out;
}

/**
 * The speaker's name as written here ("Mira Halvorsen"), or the entity's first (a pronoun resolved);
 * a surname alone in its full form when the article gives one ("Day" of "Ed Day").
 */
function ownerName(a: Attribution, entity: Entity): string {
  const written = (a.speaker?.form === 'name' && a.speaker.name ? a.speaker.name : entity.names[0]!).replace(MEDIUM_TAIL, '');
  const key = ` ${written} `;
  let best = written;
  for (const name of entity.names) if (name.length > best.length && ` ${name} `.endsWith(key)) best = name;
  return best;
}
