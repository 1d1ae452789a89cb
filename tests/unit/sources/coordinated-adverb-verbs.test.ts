import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('a second verb phrase after adverbs or a negated perfect', () => {
  it('splits at "and even" before the second verb', () => {
    const found = lines(run(['Councillor Ada Brinkley mocked the harbour master\'s accent and even questioned his record on dredging.'], [], ATTITUDES));
    expect(found).toContain('Ada Brinkley | the harbour master\'s accent');
    expect(found).toContain('Ada Brinkley | his record on dredging');
  });

  it('splits at "and once again did not"', () => {
    const found = lines(run(['The ferrymen\'s union had opposed a similar timetable in 2007 and once again did not like the terms of the new one.'], [], ATTITUDES));
    expect(found.some((l) => l.endsWith('| a similar timetable in 2007'))).toBe(true);
    expect(found.some((l) => l.endsWith('| the terms of the new one'))).toBe(true);
  });

  it('splits at a negated perfect, "and has also not answered"', () => {
    const found = lines(run(['Mayor Tove Lindqvist praised the new harbour budget and has also not answered questions about the dredging deficit.'], [], ATTITUDES));
    expect(found).toContain('Tove Lindqvist | the new harbour budget');
    expect(found).toContain('Tove Lindqvist | questions about the dredging deficit');
  });

  it('gives a second verb read with a phrase of the first content as subject to the first subject', () => {
    const found = lines(run(['Ada Brinkley lost the vote this spring, after some of her neighbours attacked her sailing skills and even questioned the skipper\'s licence.'], [], ATTITUDES));
    expect(found.some((l) => l.includes('sailing skills |'))).toBe(false);
    expect(found.some((l) => l.endsWith('| the skipper\'s licence') && l.includes('neighbours'))).toBe(true);
  });

  it('leaves "and" between two objects alone', () => {
    const found = lines(run(['Ada Brinkley praised the ferry crews and the harbour pilots.'], [], ATTITUDES));
    expect(found).toEqual(['Ada Brinkley | the ferry crews and the harbour pilots']);
  });
});
