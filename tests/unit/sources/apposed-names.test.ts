import { describe, expect, it } from 'vitest';
import { run } from './run';

const sources = (paragraphs: string[]) => run(paragraphs).sources.map((s) => `${s.name}: ${s.role}`);

describe('a name set off by commas after a description', () => {
  it('names the person after a capitalised title, the title its role', () => {
    expect(sources(['Guild Chief Executive, Tomas Varrick, said the fees would drive families off the water.']))
      .toEqual(['Tomas Varrick: Guild Chief Executive']);
  });

  it('keeps two names in a row apart', () => {
    expect(sources(['Mayor Ada Lund, Tom Varga, said the piers would be rebuilt.'])).not.toContain('Tom Varga: Mayor Ada Lund');
  });
});

describe('degrees after a name', () => {
  it('belong to the person, never stand for one', () => {
    expect(sources(['Lena Morrow, MD, PhD, Medical Director, said she has no ties to the board.']))
      .toEqual(['Lena Morrow: Medical Director']);
    expect(sources(['Piet Olsen, MSc, PhD, said the samples were clean.'])).toEqual(['Piet Olsen: null']);
  });
});
