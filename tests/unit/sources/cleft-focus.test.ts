import { describe, expect, it } from 'vitest';
import { isCleftFocus } from '../../../src/core/sources/refiners/cleft-focus';
import { run, said } from './run';

describe('the focus of a cleft sentence, "it was X who …" (cleft-focus.ts)', () => {
  it('is the one a "she" after it goes back to, not the subject of a clause fronted before it', () => {
    const r = run([
      '“It was a good week for the club,” said Sara Holm, the coach.',
      'After Lisa Brant won her first heat on Monday, it was Anna Berg who got the club rolling on Tuesday with a quick win over Mia Lund.',
      '“Hopefully I have started everyone off well,” she told reporters.',
    ]);
    expect(said(r)).toContain('Anna Berg | Hopefully I have started everyone off well');
  });

  it('needs both the "it was" and the "who" or "that"', () => {
    const text = 'it was Anna Berg who won. It was Anna Berg. Tom saw Anna Berg who won.';
    expect(isCleftFocus(text, 7, 16)).toBe(true);
    expect(isCleftFocus(text, 33, 42)).toBe(false);
    expect(isCleftFocus(text, 52, 61)).toBe(false);
  });
});
