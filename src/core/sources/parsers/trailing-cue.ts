// Verbs a feature writer closes a statement with that are no cues anywhere else: "The harbour wall
// failed, Ann Roe remembers.", "It took forty years, the mayor estimates.", "…, she reflects.",
// "…, he jokes." Read anywhere, "remembers the flood", "estimates show" or "reflects the cost"
// would be a memory, a noun or a thing's act; after the statement's comma, with a speaker and the
// sentence's end right behind them, they tell what the speaker said.

import { MAX_FOUND, type Cue, type Scan } from '../scan';
import { attribute } from './reporting-verb';

/** ", SPEAKER remembers." : up to six words of speaker without a comma, the verb, the sentence's end. */
const TRAILING = /,\s+(?:[^\s,;:\uE000]+\s+){1,6}?(remembers|remembered|recollects|recollected|recounts|reflects|reflected|estimates|reckons|reckoned|surmises|surmised|speculates|speculated|observes|jokes|laments)\s*[.!]?\s*$/u;

export function parseTrailingCues(scan: Scan): void {
  scan.sentences.forEach((sentences, block) => {
    for (const sentence of sentences) {
      if (scan.found.length >= MAX_FOUND) return;
      const m = TRAILING.exec(scan.masked.slice(sentence.start, sentence.end));
      if (!m) continue;
      const word = m[1]!;
      const start = sentence.start + m.index + m[0].lastIndexOf(word);
      if (scan.usedCues.has(start)) continue;
      const cue: Cue = { start, end: start + word.length, word };
      const attribution = attribute(scan, sentence, cue, block);
      if (!attribution) continue;
      scan.usedCues.add(start);
      scan.found.push(attribution);
    }
  });
}
