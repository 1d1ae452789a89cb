import { describe, expect, it } from 'vitest';
import { isFrontedSubordinate } from '../../../src/core/sources/refiners/fronted-subordinate';
import { run, said } from './run';

describe('a fronted subordinate clause comes before the subject "he" and "she" go back to', () => {
  it('reads the clause by its subordinator and its closing comma', () => {
    expect(isFrontedSubordinate('Although the inquiry into the ferry contract cleared the board, ')).toBe(true);
    expect(isFrontedSubordinate('When the pier reopened in May, ')).toBe(true);
    expect(isFrontedSubordinate('The board met in May, ')).toBe(false);
    expect(isFrontedSubordinate('Although the pier reopened, the board met, and ')).toBe(false);
  });

  it('gives "he" to the subject after the clause, not to a name inside it or the object after', () => {
    const r = run([
      'Although the talk in Vardby was all about Mayor Tom Varga’s ferry contract, Harbour Commissioner Bill Lund took the last step on Friday of announcing that the board would not pursue Varga.',
      '"The board found nothing to act on," he said in a statement.',
    ]);
    expect(said(r)).toContain('Bill Lund | The board found nothing to act on');
  });
});
