import { describe, expect, it } from 'vitest';
import { coordinatedClauseSubject } from '../../../src/core/sources/coordinated-clause-subject';
import { run, said } from './run';

describe('a verb coordinated in a later clause shares that clause\'s subject', () => {
  it('after ", while": the name with its apposition, not the sentence\'s first subject', () => {
    const r = run(['Gov. Alma Reyes signed an order to delay the toll, while Ben Holt, the former port director, proposed a new fee and said the board should resign if it cannot pay the pilots.']);
    expect(said(r)).toContain('Ben Holt | the board should resign if it cannot pay the pilots');
  });

  it('after ", while", with a quotation inside the clause', () => {
    const r = run(['Gov. Alma Reyes signed an order to delay the toll, while Ben Holt, the former port director, proposed we "pay the pilots first" and said the board should resign.']);
    expect(said(r)).toContain('Ben Holt | the board should resign');
  });

  it('after ", and": a description followed by the name it stands for', () => {
    const r = run(['A group of pilots called for a strike, and the largest union on the island, the Harbour Workers Guild, sharply criticized the board and said it would reconsider its past agreements.']);
    expect(said(r)).toContain('Harbour Workers Guild | it would reconsider its past agreements');
  });

  it('not a name ending a list ("…, and Ben Holt and said" is no clause)', () => {
    const r = run(['Mayor Tom Varga thanked the pilots, Alma Reyes, and Ben Holt and said the strike was over.']);
    expect(said(r)).toContain('Tom Varga | the strike was over');
  });

  it('reads nothing when no later clause opens', () => {
    const text = 'Tom Varga toured the dock and said the strike was over.';
    expect(coordinatedClauseSubject(text, { start: 0, end: text.length }, text.indexOf('said'))).toBeNull();
  });
});
