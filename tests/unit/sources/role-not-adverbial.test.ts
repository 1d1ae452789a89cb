import { describe, expect, it } from 'vitest';
import { run } from './run';

const roles = (paragraphs: string[]) => run(paragraphs).sources.map((s) => [s.name, s.role ?? null]);

describe('what follows the name after a comma', () => {
  it('is no role when it is an adverbial clause ("…, while being interviewed …")', () => {
    expect(roles(['“We had no choice,” said Ines Varga, while being interviewed on the radio.'])).toEqual([['Ines Varga', null]]);
  });

  it('is the role when it describes the person ("…, the head of the port")', () => {
    expect(roles(['“It is fair,” said Tom Brekke, the head of the port.'])).toEqual([['Tom Brekke', 'head of the port']]);
  });

  it('is no role when a preposition opens it ("…, through a spokesman, …", "…, after the vote, …")', () => {
    expect(roles(['Ada Lind, through a spokesman, denied that the ferry had been sold.'])).toEqual([['Ada Lind', null]]);
    expect(roles(['Tom Brekke, after the vote in the harbour council, said the pier would close.'])).toEqual([['Tom Brekke', null]]);
  });
});
