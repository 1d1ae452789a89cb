import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../../src/content/hover-card/excerpt';

// The hover card's cut of a long sentence: the item and the words beside it, at word boundaries.

const LONG = 'Maria Okonjo, director of the Groundwater Program at the Institute for Water Policy, said in a webinar '
  + 'that aired Tuesday, “The failure numbers were startling … with estimates ranging from one-quarter to 40 percent '
  + 'of the new wells, meaning potentially 1,200 farms without water.”';

describe('excerptAround', () => {
  it('keeps a short sentence whole', () => {
    expect(excerptAround('Rents rose 4 percent in May.', '4 percent')).toBe('Rents rose 4 percent in May.');
  });

  it('cuts a long sentence around the item, at word boundaries, and marks both cuts', () => {
    const cut = excerptAround(LONG, '1,200 farms', 120);
    expect(cut).toContain('1,200 farms');
    expect(cut.length).toBeLessThanOrEqual(122);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('without water.”')).toBe(true);
    // Whole words only.
    expect(LONG).toContain(cut.slice(1));
    expect(cut.slice(1, 2)).not.toBe(' ');
  });

  it('cuts the end of a sentence whose item comes first', () => {
    const cut = excerptAround(LONG, 'Maria Okonjo', 80);
    expect(cut.startsWith('Maria Okonjo, director')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(LONG).toContain(cut.slice(0, -1));
  });

  it('cuts the end when the item is not in the sentence, and folds white space', () => {
    expect(excerptAround('A  very\nlong sentence indeed', 'missing', 12)).toBe('A very long…');
  });

  it('never cuts into the item itself, even when it is longer than the room', () => {
    expect(excerptAround(LONG, 'one-quarter to 40 percent of the new wells', 20)).toContain('one-quarter to 40 percent of the new wells');
  });
});
