// Quotations with no cue that the continuation step (continuation.ts) left without a speaker, when
// the text around them still tells whose words they are:
//   - an interview's answer: a paragraph of quotation right after the writer's question
//     (interviewer-turn.ts) is the words of the person last heard speaking before it;
//   - a quotation that is a sentence of its own right after a sentence about one person ("He is
//     blunter about the budget. “…”", subject-before-quotation.ts) is that person's words;
//   - a paragraph of quotation after a caption line that follows someone's quotation goes on with
//     that voice (continuation.ts reads only the paragraph right before);
//   - a quotation closing on a comma and followed by a person and any one verb ("“…,” she
//     shrugs.", comma-handover.ts) is that person's;
//   - a paragraph of quotation that continuation.ts gave the writer's own "I" ("But you voted for
//     it, I say." / "When I asked about the pier, she laughed.") answers the writer: it is the
//     words of the person the writer's paragraph turns to, the one last heard speaking.
// Only quotations that open their sentence, close it, and read as a sentence (a capital first):
// a quoted word or title inside narration is nobody's statement.

import { escapeRegExp } from '../../text/escape-regexp';
import type { Attribution, SpeakerRef } from '../model';
import { isFragment, isTitle, MASK, type QuoteRegion } from '../quote-spans';
import { isNarratorPronoun } from './narrator-pronoun';
import { isStateOfMind } from './continuation-parent';
import { quotedAttribution } from '../quoted-attribution';
import { isQuotedSubhead, quotesInDoubleMarks } from '../quoted-subhead';
import { blockAtOrAfter, MAX_FOUND, sentenceOf, type Scan } from '../scan';
import { isCaptionLine, isInterviewerTurn } from '../interviewer-turn';
import { subjectBeforeQuotation } from '../subject-before-quotation';
import { statementBeforeQuotation } from '../statement-before-quotation';
import { commaHandover } from '../comma-handover';

const EXTRACTOR = 'sources/thread-quotation';
const HANDOVER = 'sources/comma-handover';
/** How many caption lines may stand between a question and its answer. */
const MAX_CAPTIONS = 3;
/** How far back (in blocks, from the question) the interviewee's last quotation is looked for. */
const MAX_BACK = 8;
/** What may follow a quotation that closes its sentence: closing marks and a full stop. */
const CLOSING = /^[\s.\u201d\u2019"')\]]*$/;
/** The quotation reads as a sentence: a capital letter (or a digit) first. */
const SENTENCE_OPENING = /^[\s'"\u2018\u201c(]*[\p{Lu}\p{N}]/u;

export function speakThreadQuotations(scan: Scan): void {
  answersToTheWriter(scan);
  const doubleMarks = quotesInDoubleMarks(scan.text, scan.regions);
  for (const region of scan.regions) {
    if (scan.found.length >= MAX_FOUND) return;
    if (scan.usedRegions.has(region) || region.continues) continue;
    if (isTitle(scan.text, region) || isFragment(scan.text, region)) continue;
    if (isQuotedSubhead(scan.text, region, scan.blocks[region.block], doubleMarks)) continue;
    if (!SENTENCE_OPENING.test(scan.text.slice(region.innerStart, region.innerEnd))) continue;
    const sentence = sentenceOf(scan, region.block, region.start);
    const block = scan.blocks[region.block];
    if (!sentence || !block || scan.masked.slice(sentence.start, region.start).trim()) continue;
    const handover = commaHandover(scan.text, scan.masked, scan.text.slice(region.innerStart, region.innerEnd), region.end);
    if (handover && !scan.usedCues.has(handover.cueStart)) {
      scan.usedRegions.add(region);
      scan.usedCues.add(handover.cueStart);
      scan.found.push(quotedAttribution(scan.text, region, { cue: handover.cue, cueStart: handover.cueStart, speaker: handover.speaker, extractor: HANDOVER, confidence: 0.7 }));
      continue;
    }
    if (!CLOSING.test(scan.masked.slice(region.end, sentence.end))) continue;
    const by = sentence.start <= block.start ? afterParagraph(scan, region) : afterSentence(scan, region.block, sentence.start);
    if (!by) continue;
    scan.usedRegions.add(region);
    scan.found.push(quotedAttribution(scan.text, region, { cue: null, cueStart: by.cueStart, speaker: by.speaker, extractor: EXTRACTOR, confidence: 0.6 }));
  }
}

interface Speaker {
  speaker: SpeakerRef;
  cueStart: number;
}

/** The speaker of a quotation opening its paragraph: the interviewee after a question, or the person the paragraph before ends on. */
function afterParagraph(scan: Scan, region: QuoteRegion): Speaker | null {
  const block = scan.blocks[region.block]!;
  // (Only a paragraph of nothing but quotation: a cue after it would tell its speaker.)
  if (scan.masked.slice(region.end, block.end).replace(new RegExp(MASK, 'g'), '').trim().replace(/^[.,]/, '').trim()) return null;
  let before = region.block - 1;
  for (let skipped = 0; before >= 0 && skipped < MAX_CAPTIONS && isCaption(scan, before); skipped++) before--;
  const previous = scan.blocks[before];
  if (!previous || previous.kind !== 'paragraph') return null;
  const masked = scan.masked.slice(previous.start, previous.end);
  if (isInterviewerTurn(masked, masked.includes(MASK))) {
    const interviewee = lastDirectSpeaker(scan.found, before, before - MAX_BACK, scan);
    return interviewee?.speaker ? { speaker: interviewee.speaker, cueStart: interviewee.cueStart } : null;
  }
  // (A caption or an advert between two paragraphs of one person's quotation: the thread goes on past it.)
  // (Only a quotation left open there: a closed one may be followed by anything, a transcript of someone else's.)
  if (before < region.block - 1 && openAtEnd(scan, before)) {
    const quoted = lastAttributionIn(scan.found, before);
    if (quoted?.direct && quoted.speaker && !quoted.attitude) return { speaker: quoted.speaker, cueStart: quoted.cueStart };
  }
  const last = (scan.sentences[before] ?? []).at(-1);
  return last ? subjectOf(scan, before, last.start, last.end) : null;
}

/** The speaker of a quotation opening a later sentence of its paragraph: the person the sentence before is about. */
function afterSentence(scan: Scan, block: number, sentenceStart: number): Speaker | null {
  // (The last sentence ending before it: a quotation that closes its paragraph may stand outside the block's list.)
  const previous = (scan.sentences[block] ?? []).filter((s) => s.end <= sentenceStart && s.end > s.start).at(-1);
  return previous ? subjectOf(scan, block, previous.start, previous.end) : null;
}

/**
 * The person a sentence with no quotation is about, when nothing in it is someone else's attribution
 * ("He is blunter when discussing the budget.": a reading of its own subject is fine).
 */
function subjectOf(scan: Scan, block: number, start: number, end: number): Speaker | null {
  if (scan.masked.slice(start, end).includes(MASK)) return null;
  const names = new Set<string>();
  for (const a of scan.found) {
    if (a.speaker?.form === 'name' && a.speaker.start < start) names.add(lastWord(a.speaker.text));
  }
  // (Or a sentence that announces a statement: "The company issued a statement.", statement-before-quotation.ts.)
  const speaker = subjectBeforeQuotation(scan.text, scan.masked, start, end, names) ?? statementBeforeQuotation(scan.masked, start, end)?.speaker;
  if (!speaker) return null;
  // (Not after what someone thinks or wants, "Lind hopes the council listens.": a belief is no telling
  // that the next words go on, as in continuation.ts.)
  if (scan.found.some((a) => a.block === block && a.cueStart >= start && a.cueStart < end && isStateOfMind(a))) return null;
  // (The writer's own "As we part, he …" is no one else's statement.)
  const others = scan.found.some((a) => a.block === block && a.cueStart >= start && a.cueStart < end && a.speaker?.start !== speaker.start
    && !(a.speaker && isNarratorPronoun(scan, a.speaker, block)));
  return others ? null : { speaker, cueStart: speaker.end };
}

const CONTINUATION = 'sources/continuation';
/** The writer's paragraph turns to one person: "you", a singular third person, or that person's name. */
const TURNS_TO_ONE = /\b(?:you|he|him|his|she|her)\b/i;

/** Continued quotations whose speaker is the writer's own "I" outside quotation: the interviewee's answers. */
function answersToTheWriter(scan: Scan): void {
  const moved = new Map<SpeakerRef, Speaker>();
  for (const a of scan.found) {
    if (a.extractor !== CONTINUATION || !a.direct || !a.speaker) continue;
    const done = moved.get(a.speaker);
    if (done) {
      a.speaker = done.speaker;
      a.cueStart = done.cueStart;
      continue;
    }
    if (a.speaker.form !== 'pronoun' || (a.speaker.head ?? a.speaker.text).toLowerCase() !== 'i') continue;
    const block = blockAtOrAfter(scan, a.speaker.start);
    if (block >= a.block || !isNarratorPronoun(scan, a.speaker, block)) continue;
    const paragraph = scan.masked.slice(scan.blocks[block]!.start, scan.blocks[block]!.end);
    // ("I ask Lind whether …": the person the writer names, if heard speaking before; else the one last heard.)
    const interviewee = namedSpeaker(scan.found, paragraph, a.speaker.start) ?? lastDirectSpeaker(scan.found, block, block - MAX_BACK, scan);
    if (!interviewee?.speaker) continue;
    if (!TURNS_TO_ONE.test(paragraph) && !paragraph.includes(lastWord(interviewee.speaker.text))) continue;
    const by = { speaker: interviewee.speaker, cueStart: interviewee.cueStart };
    moved.set(a.speaker, by);
    a.speaker = by.speaker;
    a.cueStart = by.cueStart;
  }
}

/** The attribution whose content ends last in `block`. */
function lastAttributionIn(found: readonly Attribution[], block: number): Attribution | null {
  let best: Attribution | null = null;
  for (const a of found) if (a.block === block && (!best || a.end > best.end)) best = a;
  return best;
}

/** The latest quotation before `before` whose speaker's name (its last word) stands in `paragraph`. */
function namedSpeaker(found: readonly Attribution[], paragraph: string, before: number): Attribution | null {
  let best: Attribution | null = null;
  for (const a of found) {
    if (!a.direct || a.speaker?.form !== 'name' || a.start >= before || (best && a.start < best.start)) continue;
    if (new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(lastWord(a.speaker.text))}(?![\p{L}])`, 'u').test(paragraph)) best = a;
  }
  return best;
}

function lastWord(name: string): string {
  return name.split(/\s+/).at(-1)!.replace(/['\u2019]s$/, '');
}

/** The latest quotation with a speaker in blocks `from` down to `to`. */
function lastDirectSpeaker(found: readonly Attribution[], from: number, to: number, scan: Scan): Attribution | null {
  let best: Attribution | null = null;
  for (const a of found) {
    if (!a.direct || !a.speaker || a.block > from || a.block < to || a.attitude) continue;
    if (a.speaker.kind !== 'person' && a.speaker.form !== 'name') continue;
    // (Not the writer: "I" outside quotation.)
    if (a.speaker.form === 'pronoun' && isNarratorPronoun(scan, a.speaker, blockAtOrAfter(scan, a.speaker.start))) continue;
    if (!best || a.start > best.start) best = a;
  }
  return best;
}

/** A caption, or a paragraph too short and unstopped to be prose. (Not a subheading: a new section is a new thread.) */
function isCaption(scan: Scan, index: number): boolean {
  const block = scan.blocks[index];
  if (!block) return false;
  return block.kind === 'caption' || (block.kind === 'paragraph' && isCaptionLine(scan.text.slice(block.start, block.end)));
}

/** The last quotation of the block is still open at its end (it goes on after the block). */
function openAtEnd(scan: Scan, block: number): boolean {
  let last: QuoteRegion | undefined;
  for (const r of scan.regions) if (r.block === block) last = r;
  return Boolean(last?.openEnded);
}
