import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a content in a fronted subordinate clause', () => {
  it('ends at the comma that closes the clause', () => {
    const r = run(['While Councillor Mira Holt said the ferry fares were too high, she kept them for another year.']);
    expect(said(r)).toEqual(['Mira Holt | the ferry fares were too high']);
  });

  it('is left whole when a relative clause follows the comma', () => {
    const r = run(['When Councillor Mira Holt said the ferry, which first sailed in 1990, was unsafe, nobody listened.']);
    expect(said(r)[0]).toContain('which first sailed in 1990');
  });

  it('leaves an apposition after the comma in the content', () => {
    const r = run(['Though Councillor Mira Holt praised the ferry levy, a small fee on tickets, as fair, the board dropped it.']);
    expect(r.quotes.every((q) => q.text !== 'the ferry levy')).toBe(true);
  });

  it('leaves "As … noted," to the main clause it reports', () => {
    const r = run(['As Councillor Mira Holt noted, the ferry is old.']);
    expect(said(r)).toEqual(['Mira Holt | the ferry is old']);
  });
});
