// A question put by someone named in a passive: "Asked by a reporter whether the pier was safe,
// Holm said …", "…, she said when asked by host Ada Lind if that remains her view." The agent
// after "by" asked; the question is the clause after the agent, opened by "whether", "if", a
// wh-word, "about" or a "to" infinitive ("asked by Lind to respond to the charge"). The answer
// that often follows is the answering speaker's own statement, read by the other parsers.

import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { contentAfter, sentenceMatches, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';

const EXTRACTOR = 'sources/asked-by';
// "asked by", then the agent (at most six words, no punctuation), then the word opening the question.
// (The agent's words are bounded and exclude the opening words themselves, so no backtracking blows up.)
const ASKED_BY = /(?<![\p{L}'\u2019-])[Aa]sked\s+by\s+((?:(?!(?:whether|if|about|to|why|what|how|who|when|where)\b)[^\s,;:.!?\uE000]+\s+){1,6}?)(?=(?:whether|if|about|to|why|what|how|who|when|where)\s)/gu;
// The question ends at the first comma, semicolon or dash after it (the clause it opens goes on).
const QUESTION_END = /[,;\u2014\u2013]|\s--?\s/;

export function parseAskedBy(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of sentenceMatches(scan, ASKED_BY)) {
    if (scan.usedCues.has(at)) continue;
    const agentStart = at + m[0].length - m[1]!.length;
    const agentEnd = at + m[0].length;
    const speaker = readSpeaker(masked, agentStart, agentEnd);
    // A person or a body asks: a name, a described person ("a reporter", "host Ada Lind"), a group.
    if (!speaker || speaker.form === 'pronoun') continue;
    if (speaker.form !== 'name' && !(speaker.kind === 'person' || speaker.kind === 'anonymous' || speaker.kind === 'organization')) continue;
    const [start, end] = contentAfter(scan, agentEnd, sentence.end, QUESTION_END);
    const content = text.slice(start, end);
    if (wordCount(content, 3) < 3) continue;
    scan.usedCues.add(at);
    scan.found.push({
      start, end, text: content, direct: false, cue: text.slice(at, at + 5), cueStart: at, speaker, block,
      extractor: EXTRACTOR, confidence: 0.8,
    } satisfies Attribution);
  }
}
