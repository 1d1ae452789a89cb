import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a “he” or “she” with no person to stand for', () => {
  it('is never a document, such as a video that shows someone', () => {
    const r = run([
      'A man walked into a bakery in Vardby on Tuesday and took the till.',
      'Footage obtained from the bakery shows the man entering the shop at noon.',
      'In the footage, he says he is waiting for a friend, and then he sits down.',
    ]);
    expect(said(r).some((line) => /^Footage.*waiting for a friend/.test(line))).toBe(false);
  });
});
