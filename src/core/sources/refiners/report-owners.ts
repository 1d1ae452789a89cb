// Articles named by the outlet that reported them: "Nordpost reported that …" and, after it, "The
// article, citing officials, detailed …" is Nordpost's article, as a reader takes it. The outlet is
// a named body that speaks with a verb of reporting or writing; "the article" or "the story" goes back
// to the last such report within a few paragraphs (document-owners.ts does the finding).
//
// Linear: one look at each attribution's cue.

import type { Attribution, Entity } from '../model';
import { blockAtOrAfter, type Scan } from '../scan';
import { finalEntity } from './alias-merge';

/** A report a named body made, at its cue's offset. */
export interface ReportMention {
  start: number;
  block: number;
  family: 'article';
  owner: string;
  kind: 'organization';
  byPhrase: boolean;
}

/** The verbs an outlet reports with: the piece it put out is the article the text then refers to. */
const REPORTING = /^(?:reported|reports|reporting|wrote|writes|published|publishes)$/i;

/** The reports the article's named bodies made, in text order. */
export function reportMentions(scan: Scan, entities: readonly Entity[], attributions: readonly Attribution[]): ReportMention[] {
  const out: ReportMention[] = [];
  for (const a of attributions) {
    if (!a.cue || !REPORTING.test(a.cue) || a.entity === undefined || a.speaker?.form !== 'name') continue;
    const entity = entities[finalEntity(entities, a.entity)]!;
    if (entity.kind !== 'organization' || !entity.names.length) continue;
    out.push({ start: a.cueStart, block: blockAtOrAfter(scan, a.cueStart), family: 'article', owner: a.speaker.name ?? entity.names[0]!, kind: 'organization', byPhrase: false });
  }
  return out.sort((x, y) => x.start - y.start);
}
