// Headline labels that the speaker-label reading (a name alone before the colon) leaves:
//
//   - a source named by a common noun: "Poll: …", "Insiders: …", "Police: …", "Trump aides: …",
//     "WSJ editorial: …" (a document, a body or a group of people, which headlines cite as they
//     cite a person);
//   - a possessive name with a noun of saying: "Democrats' new warning: …", "Putin's message: …";
//   - a name with the audience or topic after it: "Ryan to donors: …", "Lind on the budget: …",
//     "Former AG Mukasey at RNC: …" (the speaker is the name before "to", "on", "at").
//
// Only in the headline (a page's title or h1; in plain text, the first paragraph): in running text
// "Officials: …" or "X on Y:" is a list or a lead-in, not a label.

import { DOCUMENT_NOUNS, ORG_NOUNS, PERSON_NOUNS } from '../lexicon';
import type { Attribution, SpeakerRef } from '../model';
import { namedOutside } from '../ordinary-words';
import { wordCount } from '../quote-spans';
import type { Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { isHeadlineDescription } from '../headline-description';
import { NAME_WORD_START } from '../name-word';

const EXTRACTOR = 'sources/headline-label';
/** A label of at most five words, then the colon: no sentence ends and no quotation opens inside it. */
const LABEL = /^([^\s:.!?"\u201C\u201D\u2018](?:[^:!?"\u201C\u201D]{0,70}?[^\s:]))\s*:\s+/u;
/** "Name to / on / at …": a name (capitalised words), the preposition, then its object (not a number: "Trump at 100 days:"). */
export const NAME_THEN_OBJECT = new RegExp(String.raw`^((?:${NAME_WORD_START}[\p{L}.'\u2019-]*)(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3})\s+(?:to|on|at|To|On|At)\s+(?!\d)\S`, 'u');
/**
 * "Democrats' new warning: …", "Putin's message: …": a possessive name and a noun of what was said
 * (perhaps after one adjective): the owner is the speaker.
 */
const OWNER_OF_SAYING = /^((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['\u2019]s?\s+(?:\p{Ll}+\s+)?(?:warning|reaction|response|message|verdict|take|answer|reply|promise|pledge|plea|advice|prediction|claim|case|argument|pitch|vow|demand|defen[cs]e|explanation|retort|rebuttal|word|view|advice)$/u;
/** A label led by an article is a series or a section ("The Latest:", "A Closer Look:"). */
const SERIES_LABEL = /^(?:The|A|An)\s/;
/**
 * Documents that name a section or a medium rather than a finding ("Analysis: …", "Video: …",
 * "Letters: …"): kickers, not sources.
 */
const SECTION_NOUNS = new Set([
  'analysis', 'analyses', 'review', 'commentary', 'column', 'opinion', 'blog', 'newsletter', 'story', 'article',
  'documentary', 'film', 'footage', 'photo', 'video', 'clip', 'slide', 'page', 'book', 'ad', 'notice', 'announcement',
  'numbers', 'data', 'figures', 'statistics', 'stats', 'evidence', 'results', 'average', 'count', 'tally', 'message',
  'brief', 'guidance', 'order', 'release', 'post', 'letter', 'commentary', 'model', 'models', 'research',
]);
/** Organisation nouns that also read as other words ("White …", "Think …", "State of play: …"). */
const NOT_ORG_LABELS = new Set(['white', 'think', 'tank', 'state', 'city', 'county', 'district', 'house', 'exchange', 'station', 'paper']);

export function parseHeadlineLabels(scan: Scan): void {
  scan.blocks.forEach((block, index) => {
    if (!(block.kind === 'headline' || (index === 0 && block.kind === 'paragraph')) || !scan.sentences[index]?.length) return;
    // One label per headline: the speaker-label reading may have claimed it already.
    if (scan.found.some((a) => a.block === index && a.cue === ':')) return;
    const head = scan.text.slice(block.start, Math.min(block.end, block.start + 90));
    const m = LABEL.exec(head);
    if (!m || SERIES_LABEL.test(m[1]!)) return;
    const speaker = labelSpeaker(scan, block, m[1]!);
    if (!speaker) return;
    let start = block.start + m[0].length;
    let end = block.end;
    while (end > start && /["\u201D'\u2019\s;]/.test(scan.text[end - 1]!)) end--;
    if (wordCount(scan.text.slice(start, end), 3) < 3) return;
    // ("Open Seas: The Politics of Fishing Quotas": a subtitle describing the label, not its words.)
    if (isHeadlineDescription(scan.text.slice(block.start + m[0].length, end))) return;
    while (start < end && /["\u201C\u2018'\s]/.test(scan.text[start]!)) start++;
    scan.usedCues.add(block.start + m[0].lastIndexOf(':'));
    // "Ryan to donors: “…”": the quotation after the label is this speaker's, not a name-colon quote's.
    const quoted = scan.regions.find((r) => r.block === index && r.start <= block.start + m[0].length + 1 && r.end >= end - 1);
    if (quoted) scan.usedRegions.add(quoted);
    scan.found.push({
      start, end, text: scan.text.slice(start, end), direct: quoted !== undefined, cue: ':', cueStart: block.start,
      speaker, block: index, extractor: EXTRACTOR, confidence: 0.6,
    } satisfies Attribution);
  });
}

/** The speaker a label names: a common noun of a source, the name before "to / on / at", or a possessive name. */
function labelSpeaker(scan: Scan, block: { start: number; end: number }, label: string): SpeakerRef | null {
  const named = NAME_THEN_OBJECT.exec(label) ?? OWNER_OF_SAYING.exec(label);
  if (named) {
    const name = named[1]!;
    const speaker = readSpeaker(scan.text, block.start, block.start + name.length);
    // A group named by a common noun ("Democrats"), or a name; a one-word name only when the article
    // names it again (not "Road to recovery:").
    if (speaker?.form === 'nominal') return isSourceNoun(speaker.head ?? '') ? speaker : null;
    if (speaker?.form !== 'name' || (!/\s/.test(name) && !namedOutside(scan.text, name.replace(/['\u2019.]+$/, ''), block.start, block.end))) return null;
    return speaker;
  }
  // A noun phrase puts its capitalised words first ("Democratic insiders", "WSJ editorial"); a
  // capital after a lower-case word is a clause ("Lind heckles Ruiz fans:").
  if (label.split(/\s+/).length > 5 || /(?:^|\s)\p{Ll}[\p{L}'\u2019-]*\s+\p{Lu}/u.test(label)) return null;
  const speaker = readSpeaker(scan.text, block.start, block.start + label.length);
  return speaker?.form === 'nominal' && isSourceNoun(speaker.head ?? '') ? speaker : null;
}

/** A head noun that names who or what speaks: people in the plural, a body, a document of findings. */
function isSourceNoun(head: string): boolean {
  if (PERSON_NOUNS.has(head)) return /s$|^(?:people|men|women)$/.test(head);
  if (ORG_NOUNS.has(head)) return !NOT_ORG_LABELS.has(head);
  return DOCUMENT_NOUNS.has(head) && !SECTION_NOUNS.has(head);
}
