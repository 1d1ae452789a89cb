import { describe, expect, it } from 'vitest';
import { isUnclosedPlace } from '../../../src/core/sources/unclosed-place';
import { run, said } from './run';

// "…, Ada Lund, a nurse in Vardby, Ohio said.": the comma after the state is left out; the state
// closes the town phrase of the apposition and the name before it is the speaker, not the place.
describe('a place without its closing comma before the verb', () => {
  it('credits the person the apposition describes, not the state', () => {
    const r = run(['Long shifts wear nurses down, Ada Lund, a nurse in Vardby, Ohio said.']);
    expect(said(r)).toEqual(['Ada Lund | Long shifts wear nurses down']);
  });

  it('reads the same sentence with the comma written the same way', () => {
    expect(said(run(['Long shifts wear nurses down, Ada Lund, a nurse in Vardby, Ohio, said.']))).toEqual([
      'Ada Lund | Long shifts wear nurses down',
    ]);
  });

  it('leaves a name that is no known place to the reading before', () => {
    const r = run(['The pier is safe, Per Holm, the mayor of Vardby, Lindqvist said.']);
    expect(r.sources.map((s) => s.name)).not.toContain('Per Holm');
  });

  it('does not read a subject whose own name ends on a campus as an apposition', () => {
    const text = 'In their report, Ann Roe and Per Vik of the University of Vardby, Boston argue';
    const cut = (from: string, to: string) => ({ start: text.indexOf(from), end: text.indexOf(to) });
    const segments = [cut('In their', ','), cut(' Ann Roe', ', Boston'), { start: text.indexOf(' Boston'), end: text.indexOf(' argue') }];
    expect(isUnclosedPlace(text, segments)).toBe(false);
    const described = 'Fares are high, Ada Lund, a nurse in Vardby, Ohio said';
    const parts = [{ start: 0, end: 14 }, { start: 15, end: 24 }, { start: 25, end: 43 }, { start: 44, end: 49 }];
    expect(isUnclosedPlace(described, parts)).toBe(true);
  });
});
