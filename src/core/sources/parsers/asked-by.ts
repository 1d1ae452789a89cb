// A question put by someone named in a passive: "Asked by a reporter whether the pier was safe,
// Holm said …", "…, she said when asked by host Ada Lind if that remains her view", "Holm was
// pressed by the station's host, Ada Lind, about the fees". The agent after "by" asked; the
// question is the clause after the agent, opened by "whether", "if", a wh-word, "about" or (after
// "asked" only) a "to" infinitive ("asked by Lind to respond to the charge"). The answer that often
// follows is the answering speaker's own statement, read by the other parsers.

import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { contentAfter, sentenceMatches, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { NAME_WORD_START } from '../name-word';

const EXTRACTOR = 'sources/asked-by';
/** A word of the agent: no punctuation, not a word that opens the question. */
const AGENT_WORD = String.raw`(?:(?!(?:whether|if|about|to|why|what|how|who|when|where)\b)[^\s,;:.!?\uE000]+)`;
// A verb of questioning and "by", then the agent (at most six words, no punctuation), a name set
// off as its apposition (", George Lind,"), when it was asked ("on Thursday", "last week"), then
// the word opening the question. ("pressed", "grilled": pushing a question; "asked by the board to
// leave" asks a deed, which only "asked" takes.)
// (The agent's words are bounded and exclude the opening words themselves, so no backtracking blows up.)
const ASKED_BY = new RegExp(String.raw`(?<![\p{L}'\u2019-])([Aa]sked|[Pp]ressed|[Qq]uestioned|[Qq]uizzed|[Gg]rilled)\s+by\s+((?:${AGENT_WORD}\s+){0,5}?${AGENT_WORD})(?:,\s+(${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){1,3}),)?\s+(?:(?:on|last|this|early|late)\s+\p{L}+\s+)?(?=(whether|if|about|to|why|what|how|who|when|where)\s)`, 'gu');
// Fronted ("Asked by X whether …, Holm said"), the question ends at the first comma, semicolon or
// dash after it (the clause it opens goes on).
const QUESTION_END = /[,;\u2014\u2013]|\s--?\s/;
// In the main clause's passive ("Holm was asked by X whether the fees, which rose in May, would …"),
// the question runs on to the sentence's end: its commas are its own.
const MAIN_PASSIVE = /(?<![\p{L}'\u2019-])(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
const PASSIVE_QUESTION_END = /;|\s--?\s|[\u2014\u2013]/;

export function parseAskedBy(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of sentenceMatches(scan, ASKED_BY)) {
    if (scan.usedCues.has(at)) continue;
    const verb = m[1]!;
    if (m[4] === 'to' && !/^asked$/i.test(verb)) continue;
    // The apposition's name when there is one ("the station's host, Ada Lind,"), else the agent.
    const agentStart = at + m[0].indexOf(m[2]!, verb.length);
    const nameStart = m[3] ? at + m[0].lastIndexOf(m[3]) : -1;
    const speaker = m[3] ? readSpeaker(masked, nameStart, nameStart + m[3].length) : readSpeaker(masked, agentStart, agentStart + m[2]!.length);
    // A person or a body asks: a name, a described person ("a reporter", "host Ada Lind"), a group.
    if (!speaker || speaker.form === 'pronoun') continue;
    if (speaker.form !== 'name' && !(speaker.kind === 'person' || speaker.kind === 'anonymous' || speaker.kind === 'organization')) continue;
    const main = MAIN_PASSIVE.test(masked.slice(sentence.start, at));
    const [start, end] = contentAfter(scan, at + m[0].length, sentence.end, main ? PASSIVE_QUESTION_END : QUESTION_END);
    const content = text.slice(start, end);
    if (wordCount(content, 3) < 3) continue;
    scan.usedCues.add(at);
    scan.found.push({
      start, end, text: content, direct: false, cue: verb, cueStart: at, speaker, block,
      extractor: EXTRACTOR, confidence: 0.8,
    } satisfies Attribution);
  }
}
