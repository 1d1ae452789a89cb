import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// refiners/told-within.ts: a statement whose speaker and cue stand inside another source's content
// gives way to that outer statement when dedupe keeps one reading of the words.
describe('a statement told inside another source’s statement', () => {
  it('keeps the trailing credit over the clause it reports', () => {
    const r = run(['Tom Berg runs the ferry company. He promised to sell the old pier to the ferry company before the winter, Mara Jensen said.']);
    expect(said(r)).toContain('Mara Jensen | He promised to sell the old pier to the ferry company before the winter');
    expect(said(r).some((l) => l.startsWith('Tom Berg |'))).toBe(false);
  });

  it('keeps a finding’s own source over those it quotes', () => {
    const r = run(['Islanders now say they admire the ferry company more for a role as a lifeline than as a business, a survey by an island sociologist concluded this year.']);
    expect(said(r)).toContain('survey by an island sociologist | Islanders now say they admire the ferry company more for a role as a lifeline than as a business');
  });

  it('leaves a prepositional frame to the subject that tells', () => {
    const r = run(['In an online poll of 800 islanders, the Vardby Institute found that the ferry is the most trusted service on the island.']);
    expect(said(r)).toContain('Vardby Institute | the ferry is the most trusted service on the island');
  });

  it('leaves a reaction’s circumstance to the statement inside it', () => {
    const r = run(['Tom Berg spoke at the pier on Monday. The crowd booed when he told them the ferry company “has bought the council.”']);
    expect(said(r).some((l) => /^Tom Berg \| .*has bought the council/.test(l))).toBe(true);
  });
});
