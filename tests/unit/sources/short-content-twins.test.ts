import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// A stance with a short object is no repeat of a longer statement of the same speaker that
// holds the same words; the same sentence told twice still is.
describe('short contents and the repeats of one speaker', () => {
  it('keeps a short object beside a longer statement that holds its words', () => {
    const r = run([
      'Mayor Ana Ruiz endorsed Tom Lee.',
      'The vote is in May.',
      'Ruiz said Tom Lee would carry the harbour wards easily.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ana Ruiz | endorsed | Tom Lee',
      'Ana Ruiz | said | Tom Lee would carry the harbour wards easily',
    ]);
  });

  it('still lists the same statement told twice once', () => {
    const r = run([
      'Mayor Ana Ruiz said the ferry fares would rise in June.',
      'The vote is in May.',
      'Ruiz said the fares would rise in June.',
    ], [], ATTITUDES);
    expect(lines(r)).toHaveLength(1);
  });
});
