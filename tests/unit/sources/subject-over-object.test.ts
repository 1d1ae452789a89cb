import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"he" in a new paragraph after a sentence that names two men', () => {
  it('stands for the subject of that sentence, not the man named after the verb', () => {
    const r = run([
      'Olaf Lund is drawing sharp contrasts between himself and harbour chief Per Holm.',
      'He said the two differ on the toll.',
    ]);
    expect(said(r)).toEqual(['Olaf Lund | the two differ on the toll']);
  });

  it('still takes the man named last when no one opens that sentence', () => {
    const r = run([
      'The board met the harbour chief, Per Holm, on Monday.',
      'He said the toll would stay.',
    ]);
    expect(said(r)).toEqual(['Per Holm | the toll would stay']);
  });
});
