import { describe, expect, it } from 'vitest';
import { run } from './run';

// An indirect content ends where the narration credits it to someone else and no parser read that
// credit (refiners/trailing-credit.ts); a relative, a pronoun or an "as" clause goes on with it.
const lines = (paragraph: string) => run([paragraph], [], { attitudes: true }).quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('a trailing credit no parser read', () => {
  it('cuts "…, Roe told investigators" off an "according to" content', () => {
    expect(lines('According to the arrest affidavit, Lund wanted Roe to take the boxes back to Vardby, but she refused, Roe told investigators.'))
      .toContain('arrest affidavit | Lund wanted Roe to take the boxes back to Vardby, but she refused');
  });

  it('cuts "…, the Harbour Gazette reported earlier this year" off a statement', () => {
    expect(lines('Okafor said the gap between the two ferries had narrowed as fares fell, the Harbour Gazette reported earlier this year.'))
      .toContain('Okafor | the gap between the two ferries had narrowed as fares fell');
  });

  it('cuts "…, according to Vardby Council figures"', () => {
    expect(lines('The port authority said the strike had cost the islands 200 jobs, according to Vardby Council figures.'))
      .toContain('port authority | the strike had cost the islands 200 jobs');
  });

  it('leaves a position of one or two words ("to win")', () => {
    expect(lines('Okafor expected to win, Jones said.')).not.toContain('Okafor | to win, Jones said');
  });
});

describe('clauses that go on with the content', () => {
  it('keeps "…, as she said in March"', () => {
    expect(lines('Lund said the plan would cost more than the bridge, as she said in March.'))
      .toContain('Lund | the plan would cost more than the bridge, as she said in March');
  });

  it('keeps a relative clause ending the content ("…, which the council said")', () => {
    expect(lines('Lund said the fares would rise by a tenth, which the council said.').some((l) => l.startsWith('Lund | the fares would rise by a tenth, which the council said'))).toBe(true);
  });
});
