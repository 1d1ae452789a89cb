import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a quotation after an inverted attribution ("…, says Lund of the board, “…”")', () => {
  it('gives the quotation and the words before the cue to the speaker named after it', () => {
    const r = run(['In the end, it makes no difference who builds the pier, says press officer Ada Lund from the Vardby Harbour Board (VHB), "if a team finds a way to build it, they would still need to follow the rules."']);
    expect(said(r)).toEqual([
      'Ada Lund | In the end, it makes no difference who builds the pier',
      'Ada Lund | if a team finds a way to build it, they would still need to follow the rules.',
    ]);
  });

  it('does not take the subject before the verb for the speaker', () => {
    const r = run(['The ferries will not run this winter, explains Tom Varga, "and nobody has told the islanders yet."']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Tom Varga', 'Tom Varga']);
  });

  it('reads a body\'s name with an "and" inside it as part of the speaker\'s phrase', () => {
    const r = run(['No licence is needed to sell the catch at the quay, says inspector Ada Lund of the Vardby Fish and Harbour Administration (VFHA), "but every crate must still be weighed."']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ada Lund', 'Ada Lund']);
  });
});
