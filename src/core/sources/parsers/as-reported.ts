// "…, as the Courier reported on Tuesday." / "The plan, as Ada Lund noted in the Review, cuts …" /
// "…, as critics point out.": a reporting verb in a clause of its own, set off by a comma or a
// dash and opened by "as", credits the sentence around it to its subject. The clause has no object
// (its "as" stands for what the writer says), so the other readers find no content after its verb;
// "according to"'s "as reported by" is the passive of the same frame. The opening "As X noted, …"
// is the reporting verb's own reading (its content follows the comma), "As X put it" as-put-it.ts's.
//
// What is credited: before a trailing clause, the sentence up to its comma; around a clause in the
// middle, the sentence from its start to its end, or only the part before it when a coordinated
// clause follows ("…, as the Courier reported, and he will …"); after a sentence's opening
// connective or a coordinator ("But, as Lund noted, …", "…, and, as he has said, …"), the rest.

import { subjectBefore } from '../clause';
import { ATTITUDE_WORDS, inflect } from '../attitude-lexicon';
import { CUE_WORDS } from '../lexicon';
import type { Attribution } from '../model';
import { MAX_CONTENT, readsPositions, sentenceMatches, type Scan } from '../scan';

const EXTRACTOR = 'sources/as-reported';

/** Verbs of reporting and noting that stand without an object after "as X". */
const REPORTING = [
  'say', 'note', 'report', 'write', 'acknowledge', 'suggest', 'argue', 'explain', 'predict', 'observe',
  'mention', 'warn', 'claim', 'insist', 'contend', 'speculate', 'recall', 'concede', 'admit', 'assert',
  'state', 'remark', 'emphasize', 'stress', 'allege', 'confirm', 'reveal', 'disclose', 'document',
  'detail', 'testify', 'announce', 'complain', 'tweet', 'tell', 'indicate', 'estimate',
];
/** Verbs of a belief or a hope: the clause credits a position, not a statement. */
const BELIEF = ['believe', 'hope', 'fear', 'expect', 'suspect', 'think', 'assume'];
const IRREGULAR = new Map([['say', ['said']], ['write', ['wrote', 'written']], ['tell', ['told']], ['think', ['thought']]]);

function forms(lemmas: string[]): Set<string> {
  return new Set(lemmas.flatMap((l) => [...inflect(l), ...(IRREGULAR.get(l) ?? [])]));
}
const REPORTING_FORMS = forms(REPORTING);
const BELIEF_FORMS = forms(BELIEF);
/** "point out" takes its particle. */
const POINT = /^(?:point|points|pointed|pointing)$/;

/** The sentence's start, ", as " or a dash and "as", not the "as" of a comparison, a time or a cause ("as well as", "as soon as", "as if"). */
const AS_OPENING = /(?:^[\s(]*|,|\s[\u2014\u2013]|\s--?)\s*as\s+(?!(?:well|long|much|soon|far|many|if|though|such|usual|expected|always|ever|it|of|for|to|in|a\s+result|part)\b)/giu;
/** What closes the as-clause: a comma, a dash, a semicolon or the sentence's end. */
const CLAUSE_END = /[,;:.!?\u2014\u2013\uE000]|\s--?\s|$/u;
/** Words that may stand between the subject and the verb: auxiliaries, modals, adverbs. */
const FILLER = /^(?:has|have|had|also|once|first|later|rightly|often|long|would|will|soon|already|previously|recently|repeatedly|frequently|sometimes|since|then|\p{Ll}+ly)$/u;
/** Where an adjunct after the verb may start: a preposition, a time or an adverb, never an object. */
const ADJUNCT = /^(?:in|on|at|after|before|during|to|for|from|with|via|over|last|this|earlier|later|recently|previously|first|yesterday|today|tonight|again|once|then|back|above|below|here|there|often|repeatedly|since|just|\p{Ll}+ly|\p{Lu}\p{Ll}+day)$/u;
/** "a few days later", "a week ago": a time, though it opens with an article. */
const TIME_AFTER_ARTICLE = /^(?:few|couple|day|week|month|year|decade)s?$/;
/** Words an adjunct never holds: a clause or a question ("as he explained how …" is no aside). */
const CLAUSE_WORD = /^(?:that|how|why|whether|what|who|which|when|where|if)$/i;
/** Pronouns that speak for no one in particular ("as they say", "as you know") or for the writer. */
const GENERIC = /^(?:they|you|one|it|we|i|this|that|there)$/i;
/** An opening connective before the as-clause: the content is what follows it. */
const CONNECTIVE = /^[\s(]*(?:(?:and|but|so|yet|still|now|however|indeed|moreover|of\s+course|in\s+fact|then|also)[\s,]*)*$/i;
/**
 * Where a reported clause opens inside the part before: after "and that", a colon, or a "that"
 * within four words of a cue ("assured the crowd that").
 */
const CLAUSE_OPENING = /(?:((?:\p{L}+[\s,]+){1,4})that|:)\s+/gu;
/** A coordinator closing the part before: the as-clause belongs to the clause after it ("…, and, as he has said, he …"). */
const BEFORE_COORDINATED = /(?:^|[\s,])(?:and|but|or|so|yet|however)[\s,]*$/i;
/** A coordinated clause after the as-clause: the content ends before the as-clause. */
const COORDINATED = /^\s*(?:and|but|or|so|yet|while|whereas|which|who|although|though|because|since)\b/i;

export function parseAsReportedClauses(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block } of sentenceMatches(scan, AS_OPENING)) {
    const clauseStart = sentence.start + m.index + m[0].length;
    const rest = masked.slice(clauseStart, Math.min(sentence.end, clauseStart + 200));
    const close = CLAUSE_END.exec(rest);
    const clauseEnd = clauseStart + (close ? close.index : rest.length);
    const words = [...masked.slice(clauseStart, clauseEnd).matchAll(/\S+/g)];
    // The verb: the first reporting word after at least one word of subject.
    let v = 1;
    let belief = false;
    for (; v < words.length; v++) {
      const w = words[v]![0];
      if (POINT.test(w) && words[v + 1]?.[0] === 'out') break;
      if (REPORTING_FORMS.has(w)) break;
      if (BELIEF_FORMS.has(w)) { belief = true; break; }
    }
    if (v >= words.length || v > 9) continue;
    if (belief && !(scan.attitudes && readsPositions(scan, block))) continue;
    const verb = words[v]!;
    const cueStart = clauseStart + verb.index;
    if (scan.usedCues.has(cueStart)) continue;
    // After the verb: nothing, or an adjunct ("in December", "on Tuesday", "recently"); after "told",
    // its hearer first ("as he told reporters on Monday").
    let a = v + (POINT.test(verb[0]) ? 2 : 1);
    if (/^(?:tell|tells|told|telling)$/i.test(verb[0]) && a < words.length && !ADJUNCT.test(words[a]![0])) a += Math.min(3, words.length - a);
    const after = words.slice(a).map((w) => w[0]);
    const adjunct = !after.length || ADJUNCT.test(after[0]!) || after[0] === 'a' && TIME_AFTER_ARTICLE.test(after[1] ?? '');
    if (after.length > 12 || !adjunct || after.some((w) => CLAUSE_WORD.test(w))) continue;
    // The subject: the words before the verb but its fillers, read as a speaker from the clause's start.
    let s = v;
    while (s > 1 && FILLER.test(words[s - 1]![0].toLowerCase())) s--;
    if (GENERIC.test(words[0]![0]) && s === 1) continue;
    const subjectEnd = clauseStart + words[s - 1]!.index + words[s - 1]![0].length;
    const subject = subjectBefore(masked, clauseStart, subjectEnd + 1);
    if (!subject || subject.phraseStart !== clauseStart) continue;
    if (subject.speaker.form === 'pronoun' && subject.speaker.kind !== 'person') continue;
    // The content.
    const openerEnd = sentence.start + m.index;
    const before = masked.slice(sentence.start, openerEnd);
    const closer = close?.[0] ?? '';
    if (closer === '\uE000' || closer === ':') continue;
    const medial = clauseEnd < sentence.end && /^(?:,|[\u2014\u2013]|\s--?\s)$/.test(closer) && /\S/.test(masked.slice(clauseEnd + closer.length, sentence.end).replace(/[.!?\s]+$/, ''));
    const afterStart = clauseEnd + closer.length;
    let start: number;
    let end: number;
    if (CONNECTIVE.test(before) || BEFORE_COORDINATED.test(before)) {
      if (!medial) continue;
      start = afterStart;
      end = sentence.end;
    } else {
      start = sentence.start + reportedClauseStart(before);
      end = !medial || COORDINATED.test(masked.slice(afterStart, sentence.end)) ? openerEnd : sentence.end;
    }
    end = Math.min(end, start + MAX_CONTENT);
    while (start < end && /[\s,]/.test(text[start]!)) start++;
    while (end > start && /[\s,.;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
    if (!/\S+\s+\S+\s+\S+/.test(text.slice(start, end))) continue;
    scan.usedCues.add(cueStart);
    const cue = POINT.test(verb[0]) ? `${verb[0]} out` : verb[0];
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue, cueStart,
      speaker: subject.speaker, block, extractor: EXTRACTOR, confidence: 0.7, ...(belief ? { attitude: true } : {}),
    });
  }
}

/** Where the clause the as-clause comments on opens in `before`: "he thought that [the result], as …". */
function reportedClauseStart(before: string): number {
  let start = 0;
  CLAUSE_OPENING.lastIndex = 0;
  for (let m = CLAUSE_OPENING.exec(before); m; m = CLAUSE_OPENING.exec(before)) {
    const words = m[1]?.trim().split(/[\s,]+/) ?? [];
    if (!m[1] || words.at(-1) === 'and' || words.some((w) => CUE_WORDS.has(w) || ATTITUDE_WORDS.has(w))) start = m.index + m[0].length;
  }
  return start;
}
