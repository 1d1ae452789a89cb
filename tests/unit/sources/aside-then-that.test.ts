import { describe, expect, it } from 'vitest';
import { isAsideThenThat } from '../../../src/core/sources/aside-then-that';
import { run, said } from './run';

// "“…,” Lund said. He said, twice, that …": after a quotation, a cue with an aside and then "that"
// opens a statement of its own.
describe('a cue, an aside between commas and "that" after a quotation', () => {
  it('reads the "that" clause as the statement, not the cue as the quotation before it', () => {
    const lines = said(run(['“The fares are too high,” Ada Lund said. “We will cut them.” She said, twice, that the ferry board would meet on Friday.']));
    expect(lines).toContain('Ada Lund | the ferry board would meet on Friday');
  });

  it('tells the shape apart from an aside alone', () => {
    expect(isAsideThenThat(', twice, that the board would meet')).toBe(true);
    expect(isAsideThenThat(', in an interview on Monday, that the board would meet')).toBe(true);
    expect(isAsideThenThat(', smiling at the crowd.')).toBe(false);
    expect(isAsideThenThat(' that the board would meet')).toBe(false);
  });
});
