import { describe, expect, it } from 'vitest';
import { run } from './run';

const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// A statement reported inside another source's statement, in the same clause, is the outer
// source's to vouch for: only the outer statement is listed.
describe("a statement in the complement of another source's statement", () => {
  it('drops the inner statement of a clause reported by someone else', () => {
    const r = run([
      'Tom Hale noted that Ines Falk had tweeted that the ferry was staying in service.',
      'The Ledger reported that Tom Hale said he was gathering material for a new book.',
      'Tom Hale noted that Ines Falk herself has acknowledged she will not be the nominee.',
    ]);
    expect(lines(r)).toEqual([
      'Tom Hale | noted | Ines Falk had tweeted that the ferry was staying in service',
      'Ledger | reported | Tom Hale said he was gathering material for a new book',
      'Tom Hale | noted | Ines Falk herself has acknowledged she will not be the nominee',
    ]);
  });

  it('keeps a statement that opens a clause of its own after the outer content', () => {
    const r = run([
      'Tom Hale said the ferry plan was too costly, though Ines Falk said it would pay for itself within a decade.',
      'The harbour board said the vote was close and Ines Falk said the count was fair.',
    ]);
    expect(lines(r)).toContain('Ines Falk | said | it would pay for itself within a decade');
    expect(lines(r)).toContain('Ines Falk | said | the count was fair');
  });

  it('keeps the statement of a relative clause, whose speaker the clause names', () => {
    const r = run(['At the hearing, a ferry captain asked the board about several deckhands who said they had not been paid.']);
    expect(lines(r)).toContain('several deckhands | said | they had not been paid');
  });

  it('keeps the same speaker saying it again in his own statement', () => {
    const r = run(['Tom Hale said he had told the board that the ferry plan was too costly.']);
    expect(lines(r)[0]).toBe('Tom Hale | said | he had told the board that the ferry plan was too costly');
  });
});

describe('a statement an outlet relays ("…, the Courier reports")', () => {
  it('lists the outlet\'s report and the statement of the speaker it relays', () => {
    const r = run([
      'Port official Tomas Berg said the divers had no licence.',
      'He also said that the divers had worn "unsafe gear" and had ignored "every warning", the Vardby Courier reports.',
    ]);
    expect(lines(r)).toContain('Tomas Berg | said | the divers had worn "unsafe gear" and had ignored "every warning"');
    expect(lines(r)).toContain('Vardby Courier | reports | He also said that the divers had worn "unsafe gear" and had ignored "every warning"');
  });
});
