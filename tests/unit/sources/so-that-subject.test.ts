import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/core/sources/clause';
import { soThatPhrase } from '../../../src/core/sources/so-that-subject';

const subjectOf = (sentence: string, cue: string) => {
  const at = sentence.indexOf(` ${cue}`) + 1;
  return subjectBefore(sentence, 0, at)?.speaker.text ?? null;
};

// After "so …" or "such …", "that" opens a clause of result with a subject of its own.
describe('the subject of a clause of result after "so … that"', () => {
  it('reads the phrase after "so … that" as the subject, a bare plural too', () => {
    expect(subjectOf('The ferry tax is so small that many skippers and harbour reform advocates believe it is easy to dodge.', 'believe'))
      .toBe('many skippers and harbour reform advocates');
    expect(subjectOf('Potholes are so common on the quay that dock workers described the road as a minefield.', 'described'))
      .toBe('dock workers');
    expect(subjectOf('The storm was such a shock that the harbour master said the ferries would stay in port.', 'said'))
      .toBe('the harbour master');
  });

  it('finds no phrase without "so … that", or before a pronoun or "it"', () => {
    const at = (s: string) => soThatPhrase(s, { start: 0, end: s.length });
    expect(at('The mayor said that dock workers')).toBeNull();
    expect(at('The tax is so small that it')).toBeNull();
    expect(at('The tax is so small that they')).toBeNull();
  });
});
