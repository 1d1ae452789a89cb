import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a quotation that the sentence goes on after, before its speaker', () => {
  it('reads the quotation and the words after it as one statement', () => {
    const r = run(['“We are shocked and saddened” by the fire at the old mill on the river, Tomas Weld said.']);
    expect(said(r)).toEqual(['Tomas Weld | “We are shocked and saddened” by the fire at the old mill on the river']);
  });

  it('does so after a quotation that closes on its comma, too', () => {
    const r = run(['“There is a sense of calm now,” and orders began to pick up again last week, Ada Lund said.']);
    expect(said(r)).toEqual(['Ada Lund | “There is a sense of calm now,” and orders began to pick up again last week']);
  });

  it('still reads a quotation with only its speaker after it as a direct quote', () => {
    const r = run(['“This is a good day for the town,” Per Vik, the mayor of the harbour town, said.']);
    expect(said(r)).toEqual(['Per Vik | This is a good day for the town']);
  });
});

describe('a long phrase of the occasion after a trailing cue', () => {
  it('is no content: what was said came before the speaker', () => {
    const r = run(['His vote has moved from the mayor to the council to, now, the board, Ivo Brandt said during his campaign speech to be a harbour delegate.']);
    expect(said(r)).toEqual(['Ivo Brandt | His vote has moved from the mayor to the council to, now, the board']);
  });

  it('leaves a clause after the cue its content', () => {
    const r = run(['Ivo Brandt said during the meeting that the ferry would run again in May.']);
    expect(said(r)).toEqual(['Ivo Brandt | the ferry would run again in May']);
  });
});
