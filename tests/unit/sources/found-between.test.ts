import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Thirty-five quoted paragraphs after the one under test: the parsers add every quotation first, so
// the statement of the first sentence lies far back in what was found when its participle is read.
const LATER = Array.from({ length: 35 }, (_, i) => `“Pier ${i + 1} stays open all winter,” Ola Brandt said on day ${i + 1}.`);

describe('the statement found earlier in a sentence, searched by position (found-between.ts)', () => {
  it('gives a participle the speaker of its own sentence however much was found after it', () => {
    const r = run([
      'Harbour Board Meets',
      '“The levy is unfair to island residents,” Mara Jensen said at the meeting on Monday, adding that the ferry must run all winter.',
      ...LATER,
    ]);
    expect(said(r)).toContain('Mara Jensen | the ferry must run all winter');
  });

  it('never takes a speaker from another sentence', () => {
    const r = run(['Harbour Board Meets', ...LATER, 'Fees rose again in May, adding to the pressure on island residents.']);
    expect(r.quotes.some((q) => q.cue === 'adding')).toBe(false);
  });
});
