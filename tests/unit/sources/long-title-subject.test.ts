import { describe, expect, it } from 'vitest';
import { run } from './run';

const sources = (paragraphs: string[]) => run(paragraphs).sources.map((s) => `${s.kind} ${s.name}: ${s.role}`);
const speakers = (paragraphs: string[]) => run(paragraphs).quotes.map((q) => q.speaker);

describe('a long capitalised title before the name that opens a sentence', () => {
  it('stays the role of the name for a coordinated "and said", after a party tag and an adverb', () => {
    const text = ['Harbour Oversight Panel Chair Tom Varga (D-Wis.), meanwhile, called the files "damning" and said they "confirm" the earlier testimony.'];
    expect(sources(text)).toEqual(['person Tom Varga: Harbour Oversight Panel Chair']);
    expect(speakers(text)).toEqual(['Tom Varga']);
  });

  it('never cuts the name to its first word', () => {
    expect(speakers(['Oversight Panel Chair Tom Varga (D-Wis.), meanwhile, called the files "damning" and said they "confirm" the earlier testimony.']))
      .toEqual(['Tom Varga']);
  });
});
