// "According to X, …", "…, according to X." and "North Korea, according to X, has …"; "as reported by X" alike.
// X may be a document ("a report by the agency"), whose author becomes the speaker.

import { ABBREVIATIONS } from '../clause';
import { PERSON_NOUNS } from '../lexicon';
import { readSpeaker } from '../speaker-phrase';
import { looseSource } from './attitude';
import { nameAfterPost } from './according-to-name';
import { bareNameLength } from './according-to-bare-name';
import { afterSourceDescriptions } from './according-to-description';
import type { Attribution, SpeakerRef } from '../model';
import { wordCount } from '../quote-spans';
import { DATELINE, leadIn, MAX_CONTENT, sentenceMatches, type Scan } from '../scan';
import { lookupTable } from '../../text/lookup-table';

const EXTRACTOR = 'sources/according-to';
// ("As reported by the Courier, …" credits the words to their reporter as "according to" does.)
const ACCORDING = /\b(?:[Aa]ccording to|[Aa]s (?:first |previously |originally |earlier )?reported by)\s+/g;
const DASH = /\u2014|\u2013|\s--?\s/;
const LEAD = /^[\s]*(?:(?:and|but|so|yet|also|however|meanwhile|still|now|instead)[\s,]+)?$/i;

export function parseAccordingTo(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block } of sentenceMatches(scan, ACCORDING)) {
    const cueStart = sentence.start + m.index;
    const phraseStart = cueStart + m[0].length;
    const rest = masked.slice(phraseStart, Math.min(sentence.end, phraseStart + 200));
    const lead = leadIn(scan, sentence.start, cueStart) ?? 'x';
    let phraseEnd = phraseStart + phraseLength(rest);
    // ("According to Tove the best time is April": a fronted source set off by no comma, according-to-bare-name.ts.)
    const bare = LEAD.test(lead) ? bareNameLength(masked.slice(phraseStart, phraseEnd)) : null;
    if (bare !== null) phraseEnd = phraseStart + bare;
    // "according to the most recent data available from the FBI": a looser reading when asked for.
    let speaker = objectPronoun(masked, phraseStart, phraseEnd) ?? readSpeaker(masked, phraseStart, phraseEnd)
      ?? (scan.attitudes ? looseSource(masked, phraseStart, phraseEnd) : null);
    // "According to the agency's spokesman, Ada Lund, …": the person named after the post.
    const named = speaker && nameAfterPost(masked, speaker, phraseStart, phraseEnd, sentence.end);
    if (named) ({ speaker, end: phraseEnd } = named);
    if (!speaker || (speaker.form === 'pronoun' && speaker.kind !== 'person')) continue;
    let start: number;
    let end: number;
    let content: string;
    if (LEAD.test(lead)) {
      // "According to X, content." ("According to X, director of Y, who …, content": past the apposition.)
      start = phraseEnd + appositionLength(masked, text, phraseEnd, sentence.end);
      end = Math.min(sentence.end, phraseEnd + MAX_CONTENT);
    } else {
      // "content, according to X" (and maybe ", more content").
      start = Math.max(sentence.start, cueStart - MAX_CONTENT);
      end = cueStart;
    }
    // "A, Almeida said, which is B, according to Reuters": the part before a reporting cue set off
    // by commas is that speaker's; the according-to source vouches for what follows the cue.
    if (!LEAD.test(lead)) start = afterParentheticalCue(masked, start, end);
    [start, end] = trim(text, start, end);
    content = text.slice(start, end);
    // (", according to X, more content" and "— according to X — more content": the statement goes on.)
    // (A dash resumes only an aside a dash opened: "X - 63 percent, according to Y - still believe";
    // "…, according to a poll last week - virtually the same as …" adds a remark of the writer's.)
    // (", according to X, an analyst at Y, who …": the source's descriptions are passed over first.)
    const goesOn = LEAD.test(lead) ? phraseEnd : afterSourceDescriptions(masked, phraseEnd, sentence.end);
    const dash = /^\s*(?:\u2014|\u2013|--?\s)/.test(masked.slice(goesOn, goesOn + 4));
    const opened = DASH.test(masked.slice(Math.max(sentence.start, cueStart - MAX_CONTENT), cueStart));
    if (!LEAD.test(lead) && (masked[goesOn] === ',' || dash && opened) && wordCount(masked.slice(goesOn, Math.min(sentence.end, goesOn + 60)), 4) >= 3) {
      const [resume, stopAt] = trim(text, goesOn, Math.min(sentence.end, goesOn + MAX_CONTENT));
      content = `${content} ${text.slice(resume, stopAt)}`;
      end = stopAt;
    }
    const dateline = DATELINE.exec(content);
    if (dateline) { content = content.slice(dateline[0].length); start += dateline[0].length; }
    if (wordCount(content, 3) < 3) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: content, direct: false, cue: /^according/i.test(m[0]) ? 'according to' : 'reported by', cueStart, speaker, block,
      extractor: EXTRACTOR, confidence: 0.85,
    } satisfies Attribution);
  }
}

/** A reporting cue between commas (", Almeida said,") inside [start, end): where the text after it starts. */
const PARENTHETICAL_CUE = /,\s+(?:[A-Z][\p{L}.'’-]*\s+){1,4}(?:said|says|told [A-Z][\p{L}]*|added|noted|wrote)\s*,\s*/gu;
function afterParentheticalCue(masked: string, start: number, end: number): number {
  let after = start;
  for (const m of masked.slice(start, end).matchAll(PARENTHETICAL_CUE)) after = start + m.index + m[0].length;
  return after;
}

/**
 * ", director of the Kennan Institute, who has studied the practice, …": an apposition that names
 * the source's post (a person noun with its "of"/"at" phrase), and a relative clause after it, set
 * off by commas. Its length, or 0.
 */
const APPOSITION = /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{L}.'\u2019-]+\s+){0,3}?([\p{Ll}]+)\s+(?:of|at|for|with|in|to)\s([^,;:\uE000]{1,120}),(?:\s+(?:who|which)\s[^,;:\uE000]{1,160},)?/u;
// A post is a noun phrase: "many people with diabetes around the world don't have access to …" is
// the statement's own subject and verb, not the source's post.
const NOT_A_POST = /^,\s+(?:many|most|some|few|several|all|both|no|more|fewer|thousands|millions|\d[\d,.]*)\s/i;
const FINITE = /\b(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must)\b|n['\u2019]t\b|\bcannot\b/i;
function appositionLength(masked: string, text: string, from: number, to: number): number {
  const m = APPOSITION.exec(masked.slice(from, Math.min(to, from + 400)));
  if (!m || NOT_A_POST.test(m[0]) || FINITE.test(m[2]!)) return 0;
  // (What follows may be a quotation: its words count.)
  return PERSON_NOUNS.has(m[1]!) && wordCount(text.slice(from + m[0].length, to), 3) >= 3 ? m[0].length : 0;
}

const OBJECT_PRONOUN = lookupTable<string>({ him: 'he', her: 'she' });

/** "according to him": the person the pronoun refers to (coreference resolves it). */
function objectPronoun(masked: string, start: number, end: number): SpeakerRef | null {
  const word = masked.slice(start, end).trim();
  const head = OBJECT_PRONOUN[word.toLowerCase()];
  if (!head) return null;
  return {
    form: 'pronoun', text: word, start, end: start + word.length, name: null, owner: null, role: null, affiliation: null,
    kind: 'person', head, modifiers: [], definite: false,
  };
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;\u2014\u2013-]/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Where the source phrase after "according to" ends: a comma, a dash, a quotation, or a full stop that is no abbreviation. */
function phraseLength(rest: string): number {
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]!;
    if (ch === ',' || ch === ';' || ch === ':' || ch === '\uE000') return i;
    // "according to a poll last week - virtually the same as …": a dash opens an aside.
    if (ch === '\u2014' || ch === '\u2013' || (ch === '-' && rest[i - 1] === ' ' && /[\s-]/.test(rest[i + 1] ?? ''))) return i > 0 && rest[i - 1] === ' ' ? i - 1 : i;
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= rest.length || /\s/.test(rest[i + 1]!))) {
      if (ch === '.' && ABBREVIATIONS.test(rest.slice(Math.max(0, i - 6), i + 1))) continue;
      return i;
    }
  }
  return rest.length;
}
