import { describe, expect, it } from 'vitest';
import { run } from './run';

const sources = (paragraphs: string[]) => run(paragraphs).sources.map((s) => `${s.kind} ${s.name}: ${s.role}`);
const speakers = (paragraphs: string[]) => run(paragraphs).quotes.map((q) => q.speaker);

describe('a capitalised description between a name and a relative clause', () => {
  it('is the role of the person named before it, not a body of its own', () => {
    const text = ['Mira Holt, the Green MP for Eastbridge North, who is backing the report, said it showed that pay was falling.'];
    expect(sources(text)).toEqual(['person Mira Holt: Green MP for Eastbridge North']);
    expect(speakers(text)).toEqual(['Mira Holt']);
  });

  it('reads the same as without the relative clause', () => {
    expect(sources(['Mira Holt, the Green MP for Eastbridge North, said it showed that pay was falling.']))
      .toEqual(['person Mira Holt: Green MP for Eastbridge North']);
  });

  it('describes the name that ends the clause before a "who" that speaks', () => {
    const text = ['The plan drew support from Mira Holt, the Green MP for Eastbridge North, who said pay was falling.'];
    expect(sources(text)).toEqual(['person Mira Holt: Green MP for Eastbridge North']);
  });

  it('leaves a body after a body alone', () => {
    expect(speakers(['Vardby Port, the Eastbridge Harbour Board, which runs the port, said fees would rise.'])).toEqual(['Vardby Port']);
  });
});
