import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/core/sources/clause';
import { thoseWith } from '../../../src/core/sources/those-with';

const subjectOf = (sentence: string, cue: string) => {
  const at = sentence.indexOf(` ${cue}`) + 1;
  return subjectBefore(sentence, 0, at)?.speaker.text ?? null;
};

// "those" with a phrase of its own stands for the people it picks out.
describe('"those" with a phrase of its own as the subject', () => {
  it('reads "Those over 70" and "those without a degree" as the group', () => {
    expect(subjectOf('Those over 70 say they prefer the old ferry.', 'say')).toBe('Those over 70');
    expect(subjectOf('Young riders back the plan, while those without a car oppose it.', 'oppose')).toBe('those without a car');
  });

  it('is no group when the phrase has a verb of its own, or "those" is a determiner', () => {
    const at = (s: string) => thoseWith(s, { start: 0, end: s.length });
    expect(at('Those in charge have')).toBeNull();
    expect(at('those voters')).toBeNull();
    expect(at('She met those over')).toBeNull();
  });
});
