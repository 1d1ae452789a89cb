import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// A relative clause whose object is the relative word ("which Ruiz opposed last year"): the
// clause's subject holds the position, and the content is the relative word, not the adjunct
// after the verb.
describe('positions whose object is a relative word', () => {
  it('reads "which" before a subject and a verb with a gap', () => {
    const r = run(['The ferry levy, which Mayor Ana Ruiz opposed last year, passed on Monday.'], [], ATTITUDES);
    expect(lines(r)).toContain('Ana Ruiz | opposed | which');
    expect(lines(r).some((l) => l.endsWith('| last year'))).toBe(false);
  });

  it('reads "what" at the end of a sentence', () => {
    const r = run(['The harbour plan was not what Ana Ruiz promised.'], [], ATTITUDES);
    expect(lines(r)).toContain('Ana Ruiz | promised | what');
  });

  it('leaves a verb with an object of its own to the attitude reading', () => {
    const r = run(['The council, which Ana Ruiz criticized the plan of, met.', 'Ana Ruiz, which criticized the levy, left.'], [], ATTITUDES);
    expect(lines(r).filter((l) => /\| (?:which|what)$/.test(l))).toEqual([]);
  });

  it('keeps a naming verb\'s complement: "what Ruiz called “a scam”"', () => {
    const r = run(['Voters rejected what Ana Ruiz called “a ferry scam.”'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.endsWith('| what'))).toEqual([]);
  });

  it('reads a relative clause without its relative word after a noun', () => {
    const r = run(['Ana Ruiz spoke at the harbour. The levy was something she opposed in May.'], [], ATTITUDES);
    expect(lines(r)).toContain('Ana Ruiz | opposed | something');
  });
});
