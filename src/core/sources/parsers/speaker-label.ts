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

const EXTRACTOR = 'sources/speaker-label';
// An upper-case label anywhere; a title-case name only in a headline.
const CAPS_LABEL = /^["\u201C'\u2018]?((?:[A-Z][A-Z.'\u2019-]+)(?:\s+[A-Z][A-Z.'\u2019-]+){0,3}):\s+/;
const NAME_LABEL = /^((?:\p{Lu}[\p{L}.'\u2019-]+)(?:\s+\p{Lu}[\p{L}.'\u2019-]+){0,3}):\s+/u;
// In the body, a title-case name only when a quotation opens right after it ("Ada Lind: “…”").
const QUOTED_NAME_LABEL = new RegExp(`${NAME_LABEL.source}(?=["\u201C])`, 'u');
// A title-case label led by an article is a series or section ("The Latest:", "A Closer Look:"):
// headlines drop the article before a speaker's name. Upper-case labels are transcripts and keep their rules.
const SERIES_LABEL = /^(?:The|A|An)\s/;
const NOT_SPEAKERS = /^(?:Q|A|UPDATE|EDIT|EDITOR'?S NOTE|NOTE|WATCH|READ|PHOTOS?|VIDEO|BREAKING|EXCLUSIVE|RELATED|MORE|SOURCE|CORRECTION|CLARIFICATION|UPDATED|ANALYSIS|OPINION|LIVE)$/;

export function parseSpeakerLabels(scan: Scan): void {
  const heads = scan.blocks.map((block) => scan.text.slice(block.start, Math.min(block.end, block.start + 80)));
  const isHeadline = (index: number) => scan.blocks[index]!.kind === 'headline' || (index === 0 && scan.blocks[index]!.kind === 'paragraph');
  // A transcript is a run of turns: an upper-case label that opens a single paragraph of the body is
  // a dateline ("NEW DELHI: Shares of …") or a note ("TIP: …"), not a speaker.
  let bodyCapsLabels = 0;
  heads.forEach((head, index) => { if (scan.blocks[index]!.kind !== 'headline' && speakerLabel(CAPS_LABEL.exec(head))) bodyCapsLabels++; });
  scan.blocks.forEach((block, index) => {
    if (!scan.sentences[index]?.length) return;
    const head = heads[index]!;
    const headline = isHeadline(index);
    const capsLabel = speakerLabel(CAPS_LABEL.exec(head));
    // Outside a transcript, an upper-case headline label the article never names again is a kicker ("BOOM:", "LOOK:").
    const caps = capsLabel && headline && bodyCapsLabels < 2 && !capsNamedAgain(scan.text, block, capsLabel[1]!) ? null : capsLabel;
    if (caps && !headline && bodyCapsLabels < 2) return;
    const m = caps ?? speakerLabel((headline ? NAME_LABEL : QUOTED_NAME_LABEL).exec(head));
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
    let end = block.end;
    while (end > start && /["\u201D'\u2019\s]/.test(scan.text[end - 1]!)) end--;
    if (wordCount(scan.text.slice(start, end), 3) < 3) return;
    while (start < end && /["\u201C\s]/.test(scan.text[start]!)) start++;
    scan.found.push({
      start, end, text: scan.text.slice(start, end), direct: !headline, cue: ':', cueStart: block.start,
      speaker, block: index, extractor: EXTRACTOR, confidence: headline ? 0.6 : 0.8,
    } satisfies Attribution);
  });
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
