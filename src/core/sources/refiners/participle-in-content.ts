// A participle inside a reported clause with a subject of its own belongs to that clause: "Lamy said
// staff had followed the pupils, yelling at them not to touch exhibits" — the yelling is the staff's,
// reported by Lamy, and no new reading of Lamy. The parsers give a participle after a comma the
// subject of the cue before it; clip-at-participles.ts already leaves such a content whole ("the
// participle may hang on that clause's verb"), so the participle's own reading, credited to the
// reporting speaker, goes. A content whose clause opens with a pronoun ("said she had focused on
// the county, addressing …") most often means the speaker again, and keeps it; so does a participle
// that backs the reporter's own claim or says it again ("Packer said the focus is taking a toll,
// pointing to Cruz's victories": on PolNeAR train both such drops were marked for the reporter).

import type { Attribution } from '../model';
import type { Scan } from '../scan';
import { attributionsByBlock } from './block-attributions';

const PARTICIPLE = /^\p{Ll}+ing\b/u;
/** Participles of citing, saying and arguing: the reporter's own support for what they said. */
const REPORTERS_OWN = /^(?:pointing|citing|noting|saying|adding|arguing|insisting|stressing|explaining|calling|referring)\b/;
/** Just a comma between the reported clause and the participle. */
const COMMA_BEFORE = /,\s*$/;
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you|there|this|that)$/i;
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)$/;

/** A clause of its own whose subject is no pronoun: "staff had followed the pupils". */
function nominalClause(words: string): boolean {
  const list = words.match(/\p{L}+/gu) ?? [];
  if (!list.length || SUBJECT_PRONOUN.test(list[0]!)) return false;
  // ("said that staff had …": the subordinator is no subject.)
  if (/^that$/i.test(list[0]!) && list[1] && SUBJECT_PRONOUN.test(list[1])) return false;
  return list.some((w) => FINITE.test(w));
}

/** The participles that only carry on a reported clause of another subject, read as the reporter's own. */
export function dropParticiplesInContent(scan: Scan): void {
  const dropped = new Set<Attribution>();
  for (const list of attributionsByBlock(scan.found)) {
    for (const a of list) {
      if (a.direct || a.attitude || !a.speaker || a.cueStart >= a.start) continue;
      // ("warned that some countries have scaled back …, highlighting that …": after a "that" the
      // participle goes on with the reporter, who warned and highlighted.)
      if (/\bthat\s*$/.test(scan.masked.slice(a.cueStart, a.start))) continue;
      for (const b of list) {
        if (b === a || b.direct || !b.cue || !b.speaker || !PARTICIPLE.test(b.cue) || REPORTERS_OWN.test(b.cue)) continue;
        if (b.speaker.start !== a.speaker.start) continue;
        if (b.cueStart <= a.start || b.cueStart >= a.end) continue;
        const lead = COMMA_BEFORE.exec(scan.masked.slice(Math.max(a.start, b.cueStart - 8), b.cueStart));
        if (!lead) continue;
        if (nominalClause(scan.masked.slice(a.start, b.cueStart - lead[0].length))) dropped.add(b);
      }
    }
  }
  // ("…, yelling at them not to touch exhibits while ignoring white groups": a participle inside the
  // dropped one's content, of the same subject, is the staff's too.)
  for (const b of [...dropped]) {
    for (const c of scan.found) {
      if (c !== b && !c.direct && c.cue && PARTICIPLE.test(c.cue) && c.speaker?.start === b.speaker!.start && c.cueStart > b.start && c.cueStart < b.end) dropped.add(c);
    }
  }
  if (dropped.size) scan.found.splice(0, scan.found.length, ...scan.found.filter((a) => !dropped.has(a)));
}
