// Speaker labels: transcripts ("WALLACE: Let's start …", "SEN. SMITH: …") and headlines that
// put the speaker first ("Pence: Flowers won't be at debate"). The label names the speaker,
// the rest of the paragraph is what was said.

import type { Attribution } from '../model';
import type { Span } from '../../types';
import { wordCount } from '../quote-spans';
import type { Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { namedOutside } from '../ordinary-words';
import { NAME_THEN_OBJECT } from './headline-label';
import { isHeadlineDescription } from '../headline-description';
import { NAME_WORD_START } from '../name-word';

const EXTRACTOR = 'sources/speaker-label';
// An upper-case label anywhere; a title-case name only in a headline.
const CAPS_LABEL = /^["\u201C'\u2018]?((?:[A-Z][A-Z.'\u2019-]+)(?:\s+[A-Z][A-Z.'\u2019-]+){0,3}):\s+/;
const NAME_LABEL = /^((?:\p{Lu}[\p{L}.'\u2019-]+)(?:\s+\p{Lu}[\p{L}.'\u2019-]+){0,3}):\s+/u;
// In the body, a title-case name only when a quotation opens right after it ("Ada Lind: “…”"),
// or in a transcript set in title case (see titleCaseTurns).
const QUOTED_NAME_LABEL = new RegExp(`${NAME_LABEL.source}(?=["\u201C])`, 'u');
// A transcript's turn may open with the quotation mark that carries the whole exchange ("“Ada Lind: Well, …").
const BODY_NAME_LABEL = new RegExp(`^["\u201C]?${NAME_LABEL.source.slice(1)}`, 'u');
// A title-case transcript has at least this many turns, each a sentence or more of speech (a list of
// short headings, "Lind: Hold the line.", is not one).
const MIN_TITLE_TURNS = 2;
const MIN_TURN_WORDS = 6;
// A title-case label led by an article is a series or section ("The Latest:", "A Closer Look:"):
// headlines drop the article before a speaker's name. Upper-case labels are transcripts and keep their rules.
// So is one led by a preposition ("Beyond The Numbers:", "Inside The Vote:"): a section's heading, whose
// name is the preposition's object, not a speaker.
const SERIES_LABEL = /^(?:The|A|An|About|Above|Across|After|Against|Among|Around|Before|Behind|Below|Beneath|Beside|Between|Beyond|Despite|During|Inside|Into|Outside|Over|Through|Toward|Towards|Under|Until|Within|Without)\s/;
const NOT_SPEAKERS = /^(?:Q|A|UPDATE|EDIT|EDITOR'?S NOTE|NOTE|WATCH|READ|PHOTOS?|VIDEO|BREAKING|EXCLUSIVE|RELATED|MORE|SOURCE|CORRECTION|CLARIFICATION|UPDATED|ANALYSIS|OPINION|LIVE)$/;

export function parseSpeakerLabels(scan: Scan): void {
  const heads = scan.blocks.map((block) => scan.text.slice(block.start, Math.min(block.end, block.start + 80)));
  const isHeadline = (index: number) => scan.blocks[index]!.kind === 'headline' || (index === 0 && scan.blocks[index]!.kind === 'paragraph');
  // A transcript is a run of turns: an upper-case label that opens a single paragraph of the body is
  // a dateline ("NEW DELHI: Shares of …") or a note ("TIP: …"), not a speaker.
  let bodyCapsLabels = 0;
  heads.forEach((head, index) => { if (scan.blocks[index]!.kind !== 'headline' && speakerLabel(CAPS_LABEL.exec(head))) bodyCapsLabels++; });
  const titleTurns = titleCaseTurns(scan, heads, isHeadline);
  scan.blocks.forEach((block, index) => {
    if (!scan.sentences[index]?.length) return;
    const head = heads[index]!;
    const headline = isHeadline(index);
    const capsLabel = speakerLabel(CAPS_LABEL.exec(head));
    // Outside a transcript, an upper-case headline label the article never names again is a kicker ("BOOM:", "LOOK:").
    const caps = capsLabel && headline && bodyCapsLabels < 2 && !capsNamedAgain(scan.text, block, capsLabel[1]!) ? null : capsLabel;
    if (caps && !headline && bodyCapsLabels < 2) return;
    const m = caps ?? (titleTurns.has(index) ? speakerLabel(BODY_NAME_LABEL.exec(head)) : speakerLabel((headline ? NAME_LABEL : QUOTED_NAME_LABEL).exec(head)));
    if (!m) return;
    if (!caps && (SERIES_LABEL.test(m[1]!) || !namedAgain(scan.text, block, m[1]!))) return;
    // "Ryan On Donors:": a name with its audience or topic, read by headline-label.ts.
    if (!caps && NAME_THEN_OBJECT.test(m[1]!)) return;
    const labelStart = block.start + m[0].indexOf(m[1]!);
    const speaker = readSpeaker(scan.text, labelStart, labelStart + m[1]!.length);
    if (!speaker || speaker.form !== 'name') return;
    // "WALLACE:" is a person however the label is set; a short one ("CNN:", "NIS:") an organisation.
    if (/^[A-Z'\u2019.\s-]+$/.test(speaker.name ?? '') && (speaker.name!.length >= 5 || speaker.name!.includes(' '))) {
      speaker.kind = 'person';
      speaker.name = titleCase(speaker.name!);
    }
    let start = block.start + m[0].length;
    let end = headline ? block.end : turnEnd(scan, index, heads);
    while (end > start && /["\u201D'\u2019\s]/.test(scan.text[end - 1]!)) end--;
    if (wordCount(scan.text.slice(start, end), 3) < 3) return;
    // ("El Norte: Leeds's finest corner bakery": a subtitle describing the label, not its words.)
    if (headline && !caps && isHeadlineDescription(scan.text.slice(start, end))) return;
    while (start < end && /["\u201C\s]/.test(scan.text[start]!)) start++;
    scan.found.push({
      start, end, text: scan.text.slice(start, end), direct: !headline, cue: ':', cueStart: block.start,
      speaker, block: index, extractor: EXTRACTOR, confidence: headline ? 0.6 : 0.8,
    } satisfies Attribution);
  });
}

const OPENS_QUOTE = /^["\u201C]/;
const CLOSES_QUOTE = /["\u201D]\s*$/;

/**
 * Where a turn ends. A transcript printed as one quotation opens each paragraph with a quotation
 * mark and closes none until the speaker is done: the paragraphs that carry on an open turn, with
 * no label of their own, are the same speaker's words ("“PENCE: Well, …" / "“But the truth is …").
 * A stage note ("“(CROSSTALK.)") or the next label ends it.
 */
function turnEnd(scan: Scan, index: number, heads: readonly string[]): number {
  const first = scan.blocks[index]!;
  let end = first.end;
  if (!OPENS_QUOTE.test(heads[index]!)) return end;
  for (let next = index + 1; next < scan.blocks.length; next++) {
    const block = scan.blocks[next]!;
    const head = heads[next]!;
    if (CLOSES_QUOTE.test(scan.text.slice(Math.max(0, end - 3), end))) break;
    if (block.kind !== 'paragraph' || !OPENS_QUOTE.test(head) || /^["\u201C]\s*[([]/.test(head)) break;
    if (CAPS_LABEL.test(head) || BODY_NAME_LABEL.test(head)) break;
    end = block.end;
  }
  return end;
}

/**
 * Body paragraphs that are turns of a transcript set in title case ("Ada Lind: Well, …" then
 * "Berg: No, …"): a name the article names again, then a sentence or more of speech, on at least
 * two paragraphs. One such paragraph alone is a heading or a note ("Iowa: …" over a section).
 */
function titleCaseTurns(scan: Scan, heads: readonly string[], isHeadline: (index: number) => boolean): Set<number> {
  const turns = new Set<number>();
  const turnsBy = new Map<string, number>();
  let long = 0;
  heads.forEach((head, index) => {
    const block = scan.blocks[index]!;
    if (isHeadline(index) || block.kind !== 'paragraph' || CAPS_LABEL.test(head)) return;
    const m = speakerLabel(BODY_NAME_LABEL.exec(head));
    if (!m || SERIES_LABEL.test(m[1]!) || NAME_THEN_OBJECT.test(m[1]!) || !namedAgain(scan.text, block, m[1]!)) return;
    const said = scan.text.slice(block.start + m[0].length, Math.min(block.end, block.start + m[0].length + 400));
    // ("Ohio: Ada Lind, Tom Berg, Rosa Mendel, …": a roster under a heading, not speech.)
    if (isNameList(said)) return;
    const labelStart = block.start + m[0].indexOf(m[1]!);
    const speaker = readSpeaker(scan.text, labelStart, labelStart + m[1]!.length);
    if (speaker?.form !== 'name' || speaker.kind !== 'person') return;
    turns.add(index);
    const surname = m[1]!.split(/\s+/).pop()!.toLowerCase();
    turnsBy.set(surname, (turnsBy.get(surname) ?? 0) + 1);
    if (wordCount(said, MIN_TURN_WORDS) >= MIN_TURN_WORDS) long++;
  });
  // Beyond a single exchange, people in a conversation speak more than once: most turns belong to a
  // speaker with two or more. Labelled back matter ("Grant Support: …", "Author Contributions: …",
  // "Addresses: …") names each label once.
  const repeated = [...turnsBy.values()].filter((count) => count >= 2).reduce((sum, count) => sum + count, 0);
  const conversation = turns.size <= 2 || repeated * 2 >= turns.size;
  return long >= MIN_TITLE_TURNS && conversation ? turns : new Set();
}

const LIST_ITEM = new RegExp(String.raw`^\s*(?:and\s+)?${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3}\.?\s*$`, 'u');

/** Whether a text is a comma list of names ("Ada Lind, Tom Berg, Rosa Mendel"), not a sentence. */
function isNameList(text: string): boolean {
  const items = text.split(',').slice(0, 8);
  if (items.length < 4) return false;
  return items.slice(0, -1).filter((item) => LIST_ITEM.test(item)).length >= (items.length - 1) * 0.75;
}

/** A kicker's last word after an outlet's or a section's name ("AP Exclusive:", "CNN Analysis:", "Markets Update:"). */
const KICKER_END = /\s(?:EXCLUSIVE|ANALYSIS|OPINION|UPDATE|UPDATED|BREAKING|CORRECTION|CLARIFICATION|EXPLAINER|FACT CHECK)$/;

/** The label match unless it names no one ("UPDATE:", "Q:", "WATCH:", "AP Exclusive:"). */
function speakerLabel(m: RegExpExecArray | null): RegExpExecArray | null {
  const label = m?.[1]!.toUpperCase().replace(/[.\u2019]/g, "'");
  return m && !NOT_SPEAKERS.test(label!) && !KICKER_END.test(label!) ? m : null;
}

/**
 * A one-word headline label is a speaker when the article names it again: "Calder: …" over a story
 * that quotes Calder. A topic or kicker ("Coronavirus: …", "Letters: …", "Revealed: …") is not
 * named again in the middle of a sentence, or is a common word the article writes in lower case
 * too. (A longer label, "Ann Coulter: …", is a name even when a column never repeats it.)
 */
function namedAgain(text: string, block: Span, label: string): boolean {
  return /\s/.test(label) || namedOutside(text, label.replace(/[.\u2019']+$/, ''), block.start, block.end);
}

/** Whether an upper-case label ("HUFFPOLLSTER", "TRUMP") is written, capitalised, outside its block. */
function capsNamedAgain(text: string, block: Span, label: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
  for (const m of text.matchAll(pattern)) if ((m.index < block.start || m.index >= block.end) && /^\p{Lu}/u.test(m[0])) return true;
  return false;
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'\u2019.-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
