// "in hopes of …", "in the hope that …": the hope of whoever acts in the clause it ends, its
// subject. "Lund toured the harbour towns in hopes of winning over the crews", "The board sent the
// plan back in the hope that both sides would settle". The phrase has no verb of its own, so the
// verb readers miss it; PolNeAR train marks 8 of its 16 occurrences (of those left, several have a
// thing as subject: "money poured into research in hopes of finding …"), so only a name, a personal
// pronoun or a description of people or of a body is taken. Read only for the attitude reading.

import { openingSubject, type Subject } from '../clause';
import { mainClauseSubject } from '../main-clause-subject';
import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { STANCE_OBJECT_STOP } from './stance-noun';
import { CLAUSE_CONTENT_STOP } from './noun-cue';

const EXTRACTOR = 'sources/in-hopes';
/** "in hopes of", "in the hope that", "in the hopes of": the cue ends with its complementiser. */
const IN_HOPES = /(?<![\p{L}'\u2019-])in\s+(?:the\s+)?hopes?\s+(of|that)\b/giu;
/** The phrase must end a clause: a word of that clause before it, not the sentence's opening. */
const CLAUSE_BEFORE = /\p{L}[^.!?;:]*\s$/u;

export function parseInHopes(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, IN_HOPES)) {
    if (scan.usedCues.has(at) || !CLAUSE_BEFORE.test(masked.slice(sentence.start, at))) continue;
    const subject = openingSubject(masked, sentence.start, at) ?? mainClauseSubject(masked, sentence.start, at);
    if (!subject || !canHope(subject)) continue;
    const after = at + m[0].length;
    // ("of" takes a gerund or a noun phrase, which ends at a comma; "that" a clause.)
    const [start, end] = contentAfter(scan, after, sentence.end, m[1]!.toLowerCase() === 'of' ? STANCE_OBJECT_STOP : CLAUSE_CONTENT_STOP);
    if (end <= start || wordCount(text.slice(start, end), 2) < 2) continue;
    scan.usedCues.add(at);
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue: text.slice(at, after), cueStart: at, speaker: subject.speaker, block,
      extractor: EXTRACTOR, confidence: 0.5, attitude: true,
    } satisfies Attribution);
  }
}

/** People and bodies hope: a name, a personal pronoun, a description of people or of a body (not "the money", "it"). */
function canHope({ speaker: s }: Subject): boolean {
  return s.form === 'name' || (s.form === 'pronoun' && /^(?:he|she|they|we|i)$/i.test(s.head ?? ''))
    || (s.form === 'nominal' && (s.kind === 'person' || s.kind === 'anonymous' || s.kind === 'organization'));
}
