import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/core/sources/clause';
import { modalAsName } from '../../../src/core/sources/modal-name';

const subjectOf = (sentence: string, cue: string) => {
  const at = sentence.indexOf(` ${cue}`) + 1;
  return subjectBefore(sentence, 0, at)?.speaker.text ?? null;
};

// A modal takes the bare verb; before a verb in -s or a past, a capitalised "Will" or "May" is a name.
describe('a capitalised modal before a finite verb is a given name', () => {
  it('reads "Will believes" and "May said" as the person', () => {
    expect(subjectOf('After the vote on the pier, Will believes the harbour master has a chance.', 'believes')).toBe('Will');
    expect(subjectOf('In the end, May said the ferry would run.', 'said')).toBe('May');
  });

  it('still skips the modal before a bare verb', () => {
    expect(subjectOf('The harbour master will say more on Friday.', 'say')).toBe('The harbour master');
    const s = 'Ada Lund Will Say No to the Ferry Tax';
    expect(modalAsName(s, s.indexOf('Will'), s.indexOf('Will') + 4, s.indexOf('Say'))).toBeNull();
  });

  it('is no name in lower case', () => {
    const s = 'Voters will believes nothing.';
    expect(modalAsName(s, s.indexOf('will'), s.indexOf('will') + 4, s.indexOf('believes'))).toBeNull();
  });
});

describe('a capitalised modal after a preposition is a month or a noun', () => {
  it('reads no name in "in May concluded"', () => {
    const s = 'A study drafted for the harbour in May concluded that the pier was safe.';
    expect(modalAsName(s, s.indexOf('May'), s.indexOf('May') + 3, s.indexOf('concluded'))).toBeNull();
  });
});
