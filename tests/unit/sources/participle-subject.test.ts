import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('a comma participle borrows the subject of the clause before it', () => {
  it('takes a lower-case pronoun after an opening time phrase', () => {
    const r = run(['Mayor Ada Lund spoke at noon. Later in the day, she escalated her attacks on the port board, criticizing its record on dredging.'], [], ATTITUDES);
    expect(lines(r)).toContain('Ada Lund | its record on dredging');
  });

  it('takes a pronoun after "Then"', () => {
    const r = run(['Mayor Ada Lund spoke at noon. Then she broke with her party, pledging that the town would build a new ferry quay.'], [], ATTITUDES);
    expect(lines(r)).toContain('Ada Lund | the town would build a new ferry quay');
  });

  it('takes the name after a longer opening phrase', () => {
    const r = run(['But a few days later, Olav Strand reversed himself yet again, telling reporters that the bridge toll would stay.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('Olav Strand |') && l.includes('the bridge toll would stay'))).toBe(true);
  });

  it('reads past a fronted subordinate clause longer than a short adverbial', () => {
    const r = run(['However, when asked if she had any advice for the new skipper about sailing in winter, Ada Lund dismissed the idea, noting, \u201cHe does not need my advice on anything.\u201d']);
    expect(lines(r)).toContain('Ada Lund | He does not need my advice on anything.');
  });

  it('takes no pronoun from deep inside the clause', () => {
    const r = run(['Mayor Ada Lund spoke at noon. The port board passed the budget that she had fought for months, citing the need for repairs.'], [], ATTITUDES);
    const citing = lines(r).filter((l) => l.includes('the need for repairs'));
    // (The clause's own subject, the board, may cite it: mainClauseSubject reads descriptions.)
    expect(citing.every((l) => l.startsWith('port board'))).toBe(true);
  });

  it('reads past a state after its town: the state is no clause', () => {
    const r = run(['As the council met in the capital, Mayor Ada Lund was 40 miles away in Dover, Delaware, promising to rebuild the pier within a year.'], [], ATTITUDES);
    const promising = lines(r).filter((l) => l.includes('to rebuild the pier'));
    expect(promising).toEqual(['Ada Lund | to rebuild the pier within a year']);
  });

  it('takes the name set off as an apposition before the clause\'s verb', () => {
    const r = run(['Ms. Ruiz has argued that the port is failing workers, while her main rival, Tom Becker, has gained ground in the polls by saying that the harbour board is rigged.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.includes('the harbour board is rigged') && !l.startsWith('Ruiz |'))).toEqual(['Tom Becker | the harbour board is rigged']);
  });

  it('takes no apposed name that is a place', () => {
    const r = run(['Mayor Ada Lund spoke at noon. The plant in Dover, Delaware, was closed on Friday, angering the union.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('Delaware |'))).toBe(false);
  });

  it('still takes a name that opens the last clause', () => {
    const r = run(['The vote went late into the night, and Ada Lund walked out, promising to fight the budget in court.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.includes('fight the budget'))).toEqual(['Ada Lund | to fight the budget in court']);
  });
});
