import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"they" resolved to a group the article names by a capitalised plural', () => {
  it('gives "they" to the plural named in the sentence before', () => {
    const r = run([
      'Ada Lund, a Democrat, chairs the ferry board.',
      'Island Democrats scrambled to raise money for the ferries last year. They said the fee had to go.',
    ]);
    expect(said(r)).toContain('Island Democrats | the fee had to go');
  });

  it('gives it to the plural of a fronted clause of its own sentence', () => {
    const r = run(['Ada Lund, a Democrat, chairs the ferry board.', 'As Democrats met in Vardby last year, they said the fee had to go.']);
    expect(said(r)).toContain('Democrats | the fee had to go');
  });

  it('takes no surname, no family by its surname and no body whose name the plural opens', () => {
    const surname = run(['Ada Lund met Tom Evans in May. Evans chairs the board.', 'The ferries ran late for Evans. They said the fee had to go.']);
    expect(said(surname).some((s) => s.startsWith('Evans |'))).toBe(false);
    const family = run(['Tom Evans and Ada Evans met in May.', 'The Evanses sold the ferry in June. They said the fee had to go.']);
    expect(said(family).some((s) => s.startsWith('Evanses |'))).toBe(false);
    const body = run(['Ada Lund, a Democrat, chairs the board.', 'Tom Evans started Democrats for Ferries in May. They said the fee had to go.']);
    expect(said(body).some((s) => s.startsWith('Democrats |'))).toBe(false);
  });

  it('takes no word capitalised only because it opens its sentence', () => {
    const r = run(['Ada Lund chairs the ferry board, and a detail of the plan emerged.', 'Details emerged in May. They said the fee had to go.']);
    expect(said(r).some((s) => s.startsWith('Details |'))).toBe(false);
  });

  it('leaves the group when a person is named between it and the pronoun', () => {
    const r = run(['Ada Lund, a Democrat, chairs the ferry board.', 'When Democrats met in May, Tom Varga and his sister stayed home, but they said the fee had to go.']);
    expect(said(r).some((s) => s.startsWith('Democrats |'))).toBe(false);
  });
});
