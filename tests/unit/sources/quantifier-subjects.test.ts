import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/core/sources/clause';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { run } from './run';

const subjectOf = (sentence: string, cue: string) => {
  const at = sentence.indexOf(` ${cue}`) + 1;
  return subjectBefore(sentence, 0, at)?.speaker.text ?? null;
};
const read = (phrase: string) => {
  const r = readSpeaker(phrase, 0, phrase.length);
  return r ? `${r.text} | ${r.kind}` : null;
};

// A quantifier that stands alone for people, negated or counted, is the subject of its clause:
// "Not everyone is convinced …", "Neither wanted …", "The two are at odds over …", "…; others insist …".
describe('negative and counted quantifiers as subjects', () => {
  it('reads them before the verb', () => {
    expect(subjectOf('Not everyone is convinced that the ferry levy will pass.', 'is')).toBe('Not everyone');
    expect(subjectOf('Neither wanted to give a name to the harbour board.', 'wanted')).toBe('Neither');
    expect(subjectOf('The two have argued about the pier for a decade.', 'argued')).toBe('The two');
    expect(subjectOf('Some islanders back the levy; others insist it will ruin the shops.', 'insist')).toBe('others');
    expect(subjectOf('Virtually no one believes the breakwater will hold.', 'believes')).toBe('Virtually no one');
  });

  it('gives their statements and positions a speaker', () => {
    const r = run([
      'The harbour master and the mayor met on Tuesday.',
      'The two agreed that the quay needs repairs before winter.',
      'Not everyone is convinced the repairs will be paid for.',
    ], [], { attitudes: true });
    const lines = r.quotes.map((q) => `${q.speaker} | ${q.text}`);
    // (The fact sheet drops the article, as it does from any description.)
    expect(lines).toContain('two | the quay needs repairs before winter');
    expect(lines.some((l) => l.startsWith('Not everyone | ') && l.includes('the repairs will be paid for'))).toBe(true);
  });

  it('keeps an adverb of degree only before a whole or negative quantifier', () => {
    expect(read('almost everyone')).toBe('almost everyone | anonymous');
    // (Not before a share: "nearly half" is read elsewhere, as a part of a poll.)
    expect(read('nearly the two')).toBeNull();
    // (Not a number with its noun: "the two ferries" is a description of things, no group of people.)
    expect(read('the two ferries')?.endsWith('anonymous')).toBe(false);
  });
});
