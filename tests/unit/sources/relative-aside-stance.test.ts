import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('a stance inside a relative clause set off by commas', () => {
  it('reads the body a "which" after its comma stands for', () => {
    const r = run([
      'The Harbour Pilots Guild, which has endorsed Mara Jensen, printed new leaflets on Monday.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Harbour Pilots Guild | endorsed | Mara Jensen');
  });

  it('ends the content at the comma that closes the relative clause', () => {
    const r = run([
      'Tove Brandt, who backed the ferry levy in May, lost her seat on Sunday.',
    ], [], ATTITUDES);
    const levy = lines(r).filter((l) => l.includes('levy'));
    expect(levy).toEqual(['Tove Brandt | backed | the ferry levy in May']);
  });

  it('keeps a content with no closing comma whole', () => {
    const r = run(['Tove Brandt backed the ferry levy in May, and the council agreed.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('Tove Brandt | backed | the ferry levy in May'))).toBe(true);
  });

  it('does not take a place before "which" for a body', () => {
    const r = run(['Vardby, which has backed the ferry levy for years, is a fishing town.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.startsWith('Vardby |'))).toEqual([]);
  });
});
