// Two attributions in one sentence, each with its own subject: "38 percent said the fee should go,
// while 60 percent said it should stay", "Jensen accuses Okafor of a smear while Okafor suggests
// she is a captive of the ferry lobby". The parsers read the first content to its clause's end,
// so it swallows the second clause, speaker, cue and all. Where a conjunction that joins two main
// clauses (", while", ", whereas", "; ", ", but", ", and") is followed by another attribution's
// speaker and cue, the first content ends: what follows is said by someone else, not reported by
// the first speaker. In a sentence that a subordinate clause opens ("Though she did not mention X,
// she made it clear …"), the comma that ends that clause is the joint. (clipAtOtherCues handles a credit that closes the content, "…, Jones said";
// splitCoordinatedCues a second verb of the same subject, "… and called for …".)

import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { SHARE_FIRST, type Scan } from '../scan';
import { attributionsByBlock } from './block-attributions';
import { DOCUMENT_CUES } from '../attitude-lexicon';
import { SPEECH_SINGLE } from '../lexicon';

/** The joint between two main clauses, as the text before the second speaker ends. */
const CLAUSE_JOINT = /(?:[,;]\s*(?:while|whereas|but|and|yet)|;|\s(?:while|whereas))\s+$/;
/** The same joint inside a phrase read as the second speaker, a few words before the cue. */
const INNER_JOINT = /(?:[,;]\s*(?:while|whereas|but|and|yet)|;|\s(?:while|whereas))\s+(?:\S+\s+){0,5}$/;
/**
 * "said the board ignores tenants and one in four said it was hostile", "said its staff found no
 * fraud but the inspector said …": "and" or "but" with no comma joins two main clauses when a verb
 * of saying follows the second subject and the first content is a clause of a few words already
 * ("said Ruiz and Lee said nothing" joins two names, and is left whole).
 */
const BARE_JOINT = /\s(?:and|but)\s+$/;
const MIN_CLAUSE_WORDS = 4;
/** A comma and a subordinator of time or comparison before a second share: ", after", ", when", ", compared with". */
const SHARE_COMPARISON_JOINT = /,\s*(?:after|when|as|before|since|whereas|compared\s+(?:with|to)|up\s+from|down\s+from)\s+$/i;
/** The joint before a pronoun that opens a clause of its own: a conjunction after a comma, or a subordinator. */
const PRONOUN_JOINT = /(?:[,;]\s*(?:and|but|yet|while|whereas)|;|[,\s]\s*(?:although|though|even\s+as|even\s+though|whereas|but))\s+$/;
const PERSONAL_PRONOUN = /^(?:he|she|i|we)$/i;
/** The second speaker must stand right after the joint: only a short phrase fits between. */
const MAX_SPEAKER = 90;
const MIN_WORDS = 2;
/** ", and that " before the second speaker (or opening the phrase read as it, "that residents"). */
const SECOND_THAT_CLAUSE = /[,;]\s*(?:and|but)\s+that\s/i;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Readers whose cue is no verb: a preposition ("In a poll, …", "In her view, …") or "according to". */
export const FRAMING = new Set(['sources/prepositional', 'sources/viewpoint-frame', 'sources/according-to']);

export function clipAtNewSubjects(scan: Scan): void {
  for (const list of attributionsByBlock(scan.found)) {
    // (Judged on the contents as the parsers read them, before any is cut here.)
    const frames = new Set(list.filter((a) => isFrame(a, list)));
    const ends = new Map<Attribution, number>();
    for (const a of list) {
      if (a.direct || !a.speaker || a.cueStart >= a.start || frames.has(a) || a.text !== scan.text.slice(a.start, a.end)) continue;
      let end = a.end;
      for (const b of list) {
        if (b === a || b.direct || !b.speaker || b.cueStart === a.cueStart) continue;
        const at = b.speaker.start;
        // The second clause lies inside the first content and reads forward from its cue.
        if (at <= a.start || at >= end || b.cueStart <= at || b.start < b.cueStart || b.cueStart - at > MAX_SPEAKER) continue;
        // A pronoun opening a clause of its own after a joint ("…, but she hasn't endorsed …", "…,
        // although he supports …") starts a second statement, by the same speaker or another; without
        // such a joint it may be the subject of a clause inside the first content ("said he was
        // tired and he …"), which is left whole.
        // "Though she did not mention the fee, she made it clear …", "When asked about X, Lund said …":
        // a clause fronted by a subordinator ends at its comma, where the main clause's subject stands.
        const fronted = frontedClauseEnd(scan, a, at);
        if (fronted > a.start) {
          end = Math.min(end, fronted);
          continue;
        }
        if (b.speaker.form === 'pronoun') {
          // ("…, even though they exposed …": "they" and "it" may stand for things, not a speaker.)
          if (!PERSONAL_PRONOUN.test(b.speaker.text)) continue;
          const joint = PRONOUN_JOINT.exec(scan.masked.slice(Math.max(a.start, at - 24), at));
          const cut = joint ? trimEnd(scan.text, a.start, at - joint[0].length) : -1;
          if (cut > a.start && wordCount(scan.text.slice(a.start, cut), MIN_WORDS) >= MIN_WORDS) end = Math.min(end, cut);
          continue;
        }
        // "said that A, and that B": a second that-clause is the same speaker's.
        if (SECOND_THAT_CLAUSE.test(scan.masked.slice(Math.max(a.start, at - 16), at + 5))) continue;
        // "…, but residents are being urged to …": a passive cue's subject is told, it tells nothing.
        if (PASSIVE_BEFORE.test(scan.masked.slice(Math.max(at, b.cueStart - 24), b.cueStart))) continue;
        let cut = jointBefore(scan, a.start, at, b.cueStart);
        // (Not a frame's content: "In the survey, a large share voiced concerns and a third said …"
        // is the survey's, both clauses.)
        if (cut < 0 && !FRAMING.has(a.extractor) && SPEECH_SINGLE.has(b.cue?.toLowerCase() ?? '')) cut = bareJointBefore(scan, a.start, at, MIN_CLAUSE_WORDS);
        // ("5 percent prefer Lind and 1 percent back Ruiz": a share of respondents after a bare "and"
        // opens its own clause, whatever its verb, and the first content may be a short object.)
        if (cut < 0 && !FRAMING.has(a.extractor) && SHARE_FIRST.test(b.speaker.text)) cut = bareJointBefore(scan, a.start, at, MIN_WORDS);
        // ("64 percent call him competent, after 55 percent said so in December": a share after a
        // comma and a subordinator of time or comparison is an earlier or other answer, not part of
        // the first share's.)
        if (cut < 0 && SHARE_FIRST.test(b.speaker.text)) {
          const joint = SHARE_COMPARISON_JOINT.exec(scan.masked.slice(Math.max(a.start, at - 24), at));
          if (joint) cut = trimEnd(scan.text, a.start, at - joint[0].length);
        }
        if (cut > a.start && wordCount(scan.text.slice(a.start, cut), MIN_WORDS) >= MIN_WORDS) end = Math.min(end, cut);
      }
      if (end !== a.end) ends.set(a, end);
    }
    for (const [a, end] of ends) {
      a.end = end;
      a.text = scan.text.slice(a.start, end);
    }
  }
}

/** The subordinators that open a sentence with a clause of its own before the main one. */
export const FRONTED_SUBORDINATORS = String.raw`(?:though|although|even\s+though|while|whereas|when|after|before|once|if|unless|since|because)`;
const SUBORDINATOR_OPENING = new RegExp(String.raw`^\s*(?:(?:and|but)\s+)?${FRONTED_SUBORDINATORS}\s`, 'i');

/**
 * Where the first content ends when its clause is fronted by a subordinator and the second
 * speaker opens the main clause after the first comma in the content; else -1.
 */
function frontedClauseEnd(scan: Scan, a: Attribution, speakerStart: number): number {
  const sentence = scan.sentences[a.block]?.find((s) => s.start <= a.cueStart && a.cueStart < s.end);
  if (!sentence) return -1;
  const opening = Math.min(a.cueStart, a.speaker?.start ?? a.cueStart);
  if (!SUBORDINATOR_OPENING.test(scan.masked.slice(sentence.start, opening))) return -1;
  const comma = /,\s*$/.exec(scan.masked.slice(Math.max(a.start, speakerStart - 4), speakerStart));
  if (!comma) return -1;
  const cut = speakerStart - comma[0].length;
  if (scan.masked.slice(a.start, cut).includes(',')) return -1;
  const end = trimEnd(scan.text, a.start, cut);
  return wordCount(scan.text.slice(a.start, end), MIN_WORDS) >= MIN_WORDS ? end : -1;
}

/**
 * "In the survey, 38 percent said …, while 60 percent said …": a content credited by a preposition
 * or "according to" that opens with a speaker of its own frames both clauses; the survey is the
 * source of each, and so is a document's finding (isFinding). (After a verb of saying, "said they
 * were worried …, and 4 in 10 said …", it is no frame.)
 */
function isFrame(a: Attribution, list: Attribution[]): boolean {
  if (isFinding(a)) return SHARE_FIRST.test(a.text);
  if (!FRAMING.has(a.extractor)) return false;
  return list.some((c) => c !== a && c.speaker && c.speaker.start >= a.start && c.speaker.start <= a.start + 1);
}

/**
 * "The poll found that 43% support Ruiz, and 42% support Lind": a document's finding that opens
 * with a share of respondents holds every share after it; the poll reports them all.
 */
function isFinding(a: Attribution): boolean {
  return a.speaker?.kind === 'document' && DOCUMENT_CUES.has(a.cue?.split(' ')[0] ?? '');
}

/**
 * Where the first content ends: before the joint that opens the second clause, found right before
 * its speaker or inside the phrase read as that speaker ("… links while Okafor suggests"), or -1.
 */
function jointBefore(scan: Scan, start: number, speakerStart: number, cueStart: number): number {
  const from = Math.max(start, speakerStart - 24);
  const head = CLAUSE_JOINT.exec(scan.masked.slice(from, speakerStart));
  if (head) return trimEnd(scan.text, start, speakerStart - head[0].length);
  const inner = INNER_JOINT.exec(scan.masked.slice(speakerStart, cueStart));
  if (inner) return trimEnd(scan.text, start, speakerStart + inner.index);
  // ("…, but Valencia's mayor, Ana Roig, said …": the second speaker's description, set off by
  // commas, stands between the joint and the name.)
  const described = DESCRIBED_JOINT.exec(scan.masked.slice(Math.max(start, speakerStart - 90), speakerStart));
  return described ? trimEnd(scan.text, start, speakerStart - described[0].length) : -1;
}
/** The joint, then a short description closed by its comma right before the name. */
const DESCRIBED_JOINT = /(?:[,;]\s*(?:while|whereas|but|and|yet)|;)\s+(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.-]*['\u2019]s)\s+[^,;\uE000]{1,60},\s+$/u;

/** Where the first content ends before a comma-less "and"/"but" right before the second speaker, or -1. */
function bareJointBefore(scan: Scan, start: number, speakerStart: number, minWords: number): number {
  const joint = BARE_JOINT.exec(scan.masked.slice(Math.max(start, speakerStart - 8), speakerStart));
  if (!joint) return -1;
  const cut = trimEnd(scan.text, start, speakerStart - joint[0].length);
  return wordCount(scan.text.slice(start, cut), minWords) >= minWords ? cut : -1;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  return end;
}
