// A statement printed whole under a subheading that names it by its speaker:
//
//   Tove Arnesen's statement in full
//
//   ‘Good evening, and thank you for coming.
//
//   ‘The board will repair the pier before the summer …’
//
// ("Full text of the letter from the harbour board", "The mayor's speech: full transcript".) The
// heading is the attribution: the paragraph of quotation right under it has no cue of its own, and
// without this reader it would have no speaker, nor would the paragraphs that carry it on
// (continuation.ts gives them the speaker of the first). Only a heading whose noun is a statement,
// speech or letter and whose owner is named (a possessive before it, "by"/"from" after it), and only a
// quotation that fills the paragraph right under it: a heading that names no statement ("'A new
// pier'") or a quotation inside narration stays unread here.

import type { SpeakerRef } from '../model';
import { wordCount } from '../quote-spans';
import { quotedAttribution } from '../quoted-attribution';
import type { Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { NAME_WORD_START } from '../name-word';

const EXTRACTOR = 'sources/headed-quotation';
/** The nouns of a text said or written whole by one speaker. */
const STATEMENT_NOUNS = ['statement', 'speech', 'address', 'remarks', 'letter', 'testimony', 'eulogy', 'sermon', 'message'];
/** (Either case first: headings are set in title case as often as not; a flag would loosen the owner's capitals too.) */
const STATEMENT = `(?:${STATEMENT_NOUNS.map((n) => `[${n[0]}${n[0]!.toUpperCase()}]${n.slice(1)}`).join('|')})`;
/** A capitalised name of up to five words, or "the" and one to three capitalised words ("the King", "the Harbour Board"). */
const OWNER = String.raw`(?:(?:[Tt]he\s+)?${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,4})`;
/** "Arnesen's statement", "The King's Speech 2024": the owner's possessive, then at most three words before the noun. */
const POSSESSIVE = new RegExp(String.raw`(?:^|\b[Oo]f\s+|^Read\s+)(${OWNER})['\u2019]s?\s+(?:[\p{L}\p{N}-]+\s+){0,3}?${STATEMENT}\b`, 'u');
/** "Full text of the statement by Tove Arnesen", "Speech from the King in full". */
const BY_OWNER = new RegExp(String.raw`\b${STATEMENT}\s+(?:in\s+full\s+)?(?:by|from)\s+(${OWNER})\s*(?:[:.,(\u2013\u2014-]|in\s+full\b|$)`, 'u');
/** A subheading is short. */
const MAX_HEADING_WORDS = 14;
/** Nothing but spaces and marks between the paragraph's edges and its quotation. */
const ONLY_MARKS = /^[\s"'\u201C\u201D\u2018\u2019.,;:!?\u2026]*$/;
/** A statement printed whole says something: a few words at least. */
const MIN_WORDS = 4;

export function parseHeadedQuotations(scan: Scan): void {
  for (const region of scan.regions) {
    if (region.continues || scan.usedRegions.has(region)) continue;
    const block = scan.blocks[region.block];
    const heading = scan.blocks[region.block - 1];
    if (!block || !heading || heading.kind !== 'subhead' || block.kind !== 'paragraph') continue;
    // (The quotation fills its paragraph, or runs on into the next one.)
    if (!ONLY_MARKS.test(scan.text.slice(block.start, region.start))) continue;
    if (!region.openEnded && !ONLY_MARKS.test(scan.text.slice(region.end, block.end))) continue;
    if (wordCount(scan.text.slice(region.innerStart, region.innerEnd), MIN_WORDS) < MIN_WORDS) continue;
    const line = scan.text.slice(heading.start, heading.end);
    if (wordCount(line, MAX_HEADING_WORDS + 1) > MAX_HEADING_WORDS) continue;
    const owner = ownerIn(scan, heading.start, line);
    if (!owner) continue;
    scan.usedRegions.add(region);
    scan.found.push(quotedAttribution(scan.text, region, { cue: owner.noun, cueStart: owner.nounStart, speaker: owner.speaker, extractor: EXTRACTOR, confidence: 0.75 }));
  }
}

interface HeadingOwner {
  speaker: SpeakerRef;
  noun: string;
  nounStart: number;
}

/** The speaker a heading names as the owner of a statement, with the statement's noun. */
function ownerIn(scan: Scan, at: number, line: string): HeadingOwner | null {
  // (The possessive's noun ends the match; the noun before "by" opens it.)
  const possessive = POSSESSIVE.exec(line);
  const m = possessive ?? BY_OWNER.exec(line);
  if (!m) return null;
  const ownerStart = at + m.index + m[0].indexOf(m[1]!);
  const speaker = readSpeaker(scan.text, ownerStart, ownerStart + m[1]!.length);
  if (!speaker) return null;
  const noun = possessive ? new RegExp(`${STATEMENT}$`, 'u').exec(m[0])! : new RegExp(`^${STATEMENT}`, 'u').exec(m[0])!;
  return { speaker, noun: noun[0].toLowerCase(), nounStart: at + m.index + noun.index };
}
