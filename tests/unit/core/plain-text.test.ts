import { describe, expect, it } from 'vitest';
import { plainTextBlocks } from '../../../src/core/text/plain-text';

const paragraphs = (input: string) => {
  const { text, blocks } = plainTextBlocks(input);
  return blocks.map((block) => text.slice(block.start, block.end));
};

describe('plainTextBlocks', () => {
  it('separates paragraphs at blank lines and collapses white space inside', () => {
    expect(paragraphs('Harbour fees rise.\n\n  The  council voted on Monday.\r\n\r\nIt was close.')).toEqual([
      'Harbour fees rise.',
      'The council voted on Monday.',
      'It was close.',
    ]);
  });

  it('reads a line per paragraph where the lines end sentences, even after a few blank-line paragraphs', () => {
    const text = 'Ferry Fares Go Up\n\nThe council met on Monday.\nMayor Ines Varga said the fares would rise.\n“We had no choice,” she said.\nThe vote was 5 to 2.';
    expect(paragraphs(text)).toEqual([
      'Ferry Fares Go Up',
      'The council met on Monday.',
      'Mayor Ines Varga said the fares would rise.',
      '“We had no choice,” she said.',
      'The vote was 5 to 2.',
    ]);
  });

  it('keeps hard-wrapped lines, which stop mid-sentence, in one paragraph', () => {
    const text = 'The council met on Monday and\nvoted to raise the ferry fares by\nten per cent from May.\n\nThe vote was close, and the\nmayor said so.';
    expect(paragraphs(text)).toEqual([
      'The council met on Monday and voted to raise the ferry fares by ten per cent from May.',
      'The vote was close, and the mayor said so.',
    ]);
  });
});
