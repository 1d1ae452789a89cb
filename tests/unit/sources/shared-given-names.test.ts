import { describe, expect, it } from 'vitest';
import { run } from './run';

// A given name worn by men and women ("Pat", "Marty") tells no gender: "she" may be that person.
const speakerOf = (paragraphs: string[], words: RegExp) => run(paragraphs).quotes.find((q) => words.test(q.text))?.speaker;

describe('given names of either gender', () => {
  it('lets "she" stand for a Pat', () => {
    expect(speakerOf([
      'Governor Tom Reyes said the bridge would reopen in May.',
      'Pat Lund runs the ferry. She said the tolls would hurt commuters.',
    ], /tolls/)).toBe('Pat Lund');
  });

  it('lets "she" stand for a Marty', () => {
    expect(speakerOf([
      'Governor Tom Reyes said the bridge would reopen in May.',
      'Marty Holm runs the ferry. She said the tolls would hurt commuters.',
    ], /tolls/)).toBe('Marty Holm');
  });
});
