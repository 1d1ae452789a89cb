// Documents as sources: "a report by X found …", "data from X show …", "according to a study
// by X", "a poll of 1,500 voters conducted by X for Y". The speaker is the document's author X when
// the text names one; otherwise the document itself ("the report").

import type { SpeakerRef } from '../model';
import { readSpeaker, type Token } from '../speaker-phrase';
import { timeBeforeAgent } from '../time-phrase';
import { namedSpeaker } from '../speaker-ref';
import { ORG_WORDS } from '../lexicon';
import { genderOfGivenName } from '../gender';

const OWNER_LINK = /^(?:by|from|of|published|released|conducted|commissioned|compiled|issued|posted)$/i;
/** A participle of making or putting out before "by": the one after it made the document. */
const MAKING = /^(?:published|released|conducted|commissioned|compiled|issued|posted|carried|produced|prepared|written|authored|funded|led)$/i;
/** How far an "of" phrase may run before its maker: "a poll of 1,500 voters conducted by X". */
const MAX_OF_PHRASE = 8;
/** For whom the maker made it ("conducted by X for the Gazette"): the client, no part of the maker's name. */
const CLIENT = /^for$/i;
const JOINED = /\s(?:and|&)\s/;
// A title written with its capitalised article ("by The Economist"), or an outlet named by its
// name and what it is ("from Vulture magazine"): names the phrase reader takes for descriptions.
const TITLE_WITH_ARTICLE = /^The(?:\s+\p{Lu}[\p{L}.&'\u2019-]*)+$/u;
const OUTLET = /^(?:\p{Lu}[\p{L}.&'\u2019-]*\s+)+(?:magazine|newspaper|journal|website|blog|network|channel|tabloid|broadcaster|daily|weekly)$/u;

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
  // ("a poll of 1,500 voters conducted by Redfield and Wilton": what the document is of comes first.)
  if (i === 1 && /^of$/i.test(rest[0]!.text)) i = makerAfterOf(rest) ?? i;
  if (i === 0 || i >= rest.length) return null;
  // ("the Centre for Disease Control": a "for" after an institution's word is inside its name.)
  const client = rest.findIndex((t, k) => k > i && CLIENT.test(t.text) && !ORG_WORDS.has(rest[k - 1]!.text.toLowerCase()));
  const last = client > i ? client - 1 : rest.length - 1;
  const start = rest[i]!.start;
  const end = rest[last]!.end;
  const owner = readSpeaker(source, start, end) ?? null;
  if (!owner || owner.form !== 'name') return titledOwner(source, start, end);
  if (owner.kind === 'person' && (!/\s/.test(owner.name ?? '') || firmOfSurnames(owner.name ?? ''))) owner.kind = 'organization';
  return owner;
}

/** "Marsh and Lowe", "Hollis & Berg": two surnames joined, no given name, name a firm. */
function firmOfSurnames(name: string): boolean {
  const words = name.split(/\s+/);
  return JOINED.test(name) && !words.some((word) => genderOfGivenName(word) !== null);
}

/** Where the maker's name starts after an "of" phrase: past "by" or "from", not after a participle of another act ("obtained by", "seen by"). */
function makerAfterOf(rest: Token[]): number | null {
  for (let k = 2; k < Math.min(rest.length - 1, MAX_OF_PHRASE); k++) {
    if (!/^(?:by|from)$/i.test(rest[k]!.text)) continue;
    const before = rest[k - 1]!.text;
    return MAKING.test(before) || !/(?:ed|en)$/.test(before) ? k + 1 : null;
  }
  return null;
}

/** "The Economist", "Vulture magazine": an outlet's name the phrase reader took for a description. */
function titledOwner(source: string, start: number, end: number): SpeakerRef | null {
  const phrase = source.slice(start, end);
  if (!TITLE_WITH_ARTICLE.test(phrase) && !OUTLET.test(phrase)) return null;
  return namedSpeaker(phrase, start, end, 'organization');
}
