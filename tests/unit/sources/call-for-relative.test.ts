import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"called for" takes a noun phrase, and a "that" inside it is a relative pronoun', () => {
  it('reads the whole phrase after "called for", not the relative clause alone', () => {
    const r = run(['The board met on Monday.', 'Lund called for skippers to wear bright jackets that showed up in the fog.']);
    expect(said(r)).toEqual(['Lund | skippers to wear bright jackets that showed up in the fog']);
  });

  it('still reads "said for years that …" as a clause after an adverbial', () => {
    const r = run(['The board met on Monday.', 'Lund has said for years that the pier needs a new roof.']);
    expect(said(r)).toEqual(['Lund | the pier needs a new roof']);
  });
});
