import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A role with a phrase of its own, then a name, in an apposition after a description: the name is the
// speaker, the role its role (role-named-apposition.ts).
describe('a role with "of" before a name in an apposition', () => {
  it('names the person after a partitive description', () => {
    const result = run(['One of his neighbours, head of the fishing co-operative Tor Haugen, said the quota was too small.']);
    expect(said(result)).toEqual(['Tor Haugen | the quota was too small']);
    expect(result.sources.find((s) => s.name === 'Tor Haugen')?.role).toBe('head of the fishing co-operative');
  });

  it('names a person whose surname has a joined particle ("Karim al-Nouri")', () => {
    expect(said(run(['One of his colleagues, member of parliament Karim al-Nouri, said that the vote was rigged.'])))
      .toEqual(['Karim al-Nouri | the vote was rigged']);
  });

  it('names the person after a possessive description', () => {
    expect(said(run(['Her deputy, member of the regional council Lina Sørum, told reporters the school would stay open.'])))
      .toEqual(['Lina Sørum | the school would stay open']);
  });
});

describe('what stays a description', () => {
  it('never takes a body after the role for the person ("head of the Harbour Club")', () => {
    const lines = said(run(['One of the rowers, head of the Harbour Club, said the race was fair.']));
    expect(lines.some((line) => line.startsWith('Harbour Club'))).toBe(false);
  });
});
