import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A one-word answer after a verb of saying ("said no.", "said yes,", "says so.") is the whole of what
// was said, though a content is otherwise at least three words long.
describe('an answer word after a verb of saying', () => {
  it('is the statement', () => {
    expect(said(run(['Asked whether the ferry would run in winter, Per Lund said no.']))).toEqual(['Per Lund | no']);
    expect(said(run(['Asked again, every member but Alma Rudd said yes, and the vote passed.']))).toEqual(['Alma Rudd | yes']);
  });

  it('is not a word that opens a longer statement', () => {
    expect(said(run(['Per Lund said no ferry would run in winter.']))).toEqual(['Per Lund | no ferry would run in winter']);
  });
});
