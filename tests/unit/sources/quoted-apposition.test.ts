import { describe, expect, it } from 'vitest';
import { run } from './run';

// An apposition ending on a quoted title closes inside the quotation ("star of “The Long Tide,”"):
// the verb follows the quotation straight away, and the name before the apposition is its subject.
describe('an apposition closed inside its quoted title', () => {
  it('gives the verb the name before the apposition', () => {
    const r = run(['Actress Mara Holt, star of the island drama “The Long Tide,” is not sure she will vote for the levy.'], [], { attitudes: true });
    expect(r.quotes.map((q) => q.speaker).some((name) => name?.endsWith('Mara Holt'))).toBe(true);
    const s = run(['Per Lund, host of Radio Ava’s “Morning Call,” suggested the ferry levy would fail.'], [], { attitudes: true });
    expect(s.quotes.map((q) => `${q.speaker} | ${q.text}`)).toContain('Per Lund | the ferry levy would fail');
  });

  it('reads no person out of a thing described', () => {
    const r = run(['The film, a sequel to “The Long Tide,” is not sure to please the island.'], [], { attitudes: true });
    expect(r.quotes.map((q) => q.speaker)).not.toContain('The film');
    const s = run(['The Ava Tide, a weekly paper based in “Harbour Town,” is not sure the levy will pass.'], [], { attitudes: true });
    expect(s.quotes.map((q) => q.speaker)).not.toContain('The Ava Tide');
  });
});
