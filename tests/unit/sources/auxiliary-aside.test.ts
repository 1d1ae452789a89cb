import { describe, expect, it } from 'vitest';
import { run } from './run';
import { auxiliaryAsideStart } from '../../../src/core/sources/auxiliary-aside';

const speakerOf = (r: ReturnType<typeof run>, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker;

describe('a sentence adverb between commas after an auxiliary', () => {
  it('leaves the verb its subject ("The league did, however, admit that …")', () => {
    const r = run([
      'The Harbour Rowing League rejected the complaint on Friday.',
      'The league did, however, admit that the spring regatta had drawn its largest crowd in years.',
    ]);
    expect(speakerOf(r, 'largest crowd in years')).toBeDefined();
  });

  it('is found only after an auxiliary and only as a whole adverb of the closed class', () => {
    const a = 'The league did, however, ';
    expect(auxiliaryAsideStart(a, 0, a.length)).toBe('The league did'.length);
    const b = 'The league has, in turn, ';
    expect(auxiliaryAsideStart(b, 0, b.length)).toBe('The league has'.length);
    const c = 'The league, however, ';
    expect(auxiliaryAsideStart(c, 0, c.length)).toBe(-1);
    const d = 'The league did, after a long night, ';
    expect(auxiliaryAsideStart(d, 0, d.length)).toBe(-1);
  });
});
