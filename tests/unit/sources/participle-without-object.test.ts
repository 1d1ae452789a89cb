import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };

describe('a participle with a preposition where its object would stand', () => {
  it('reads "the man accused of …" as passive: the man accused no one', () => {
    const r = run(['The man accused of stealing the ferry tickets will appear in court on Monday.'], [], ATTITUDES);
    expect(r.quotes.filter((q) => q.cue === 'accused')).toEqual([]);
  });

  it('still reads the active verb with its object', () => {
    const r = run(['Councillor Mara Jensen accused the harbour board of hiding the fare rise.'], [], ATTITUDES);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.cue}`)).toContain('Mara Jensen | accused');
  });
});
