// Documents as sources: "a report by X found …", "data from X show …", "according to a study
// by X". The speaker is the document's author X when the text names one; otherwise the
// document itself ("the report").

import type { SpeakerRef } from '../model';
import { readSpeaker, type Token } from '../speaker-phrase';
import { timeBeforeAgent } from '../time-phrase';

const OWNER_LINK = /^(?:by|from|of|published|released|conducted|commissioned|compiled|issued)$/i;

/**
 * The author of a document phrase: `rest` are the tokens after the document noun
 * ("by the Institute for Coastal and Maritime Studies"). Null when no author is named.
 */
export function documentOwner(source: string, rest: Token[]): SpeakerRef | null {
  let i = 0;
  while (i < rest.length && i < 3 && OWNER_LINK.test(rest[i]!.text)) i++;
  // ("a report published last week by the ministry": the day between the participle and its agent.)
  if (i > 0 && i < rest.length && /ed$/.test(rest[i - 1]!.text)) {
    const skip = timeBeforeAgent(source.slice(rest[i]!.start, rest[rest.length - 1]!.end));
    if (skip) {
      const byAt = rest.findIndex((t) => t.start >= rest[i]!.start + skip);
      if (byAt > 0) i = byAt + 1;
    }
  }
  if (i === 0 || i >= rest.length) return null;
  const start = rest[i]!.start;
  const end = rest[rest.length - 1]!.end;
  const owner = readSpeaker(source, start, end);
  if (!owner || owner.form !== 'name') return null;
  if (owner.kind === 'person' && !/\s/.test(owner.name ?? '')) owner.kind = 'organization';
  return owner;
}
