import { describe, expect, it } from 'vitest';
import { run } from './run';

const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('a thing read after the verb as an inverted speaker (inverted-thing.ts)', () => {
  it('reads no speaker where the phrase after the verb names a thing', () => {
    const r = run(['Lund\u2019s second novel, \u201cLow Tide,\u201d confirmed the author\u2019s rare gift.']);
    expect(lines(r)).toEqual([]);
  });

  it('keeps inverted speakers that are people, groups or documents', () => {
    const r = run([
      'The ferry will stop running next week, said the pilot.',
      'The pier is unsafe, said the report.',
      '\u201cWe are not leaving,\u201d confirmed the couple.',
    ]);
    expect(lines(r)).toEqual([
      'pilot | The ferry will stop running next week',
      'report | The pier is unsafe',
      'couple | We are not leaving',
    ]);
  });
});
