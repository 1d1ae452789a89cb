import { describe, expect, it } from 'vitest';
import { run } from './run';
import { objectRelativeSubject } from '../../../src/core/sources/object-relative';

const quotes = (paragraphs: string[]) => run(paragraphs, [], { attitudes: true }).quotes.map((q) => `${q.speaker} ${q.cue}: ${q.text}`);

/** The subject read from the segment that runs from the first comma of `text` to its verb `verb`. */
function inner(text: string, verb: string): string | null {
  const found = objectRelativeSubject(text, { start: text.indexOf(',') + 1, end: text.indexOf(` ${verb}`) });
  return found ? text.slice(found.speaker.start, found.speaker.end) : null;
}

describe('an object relative clause with a subject of its own', () => {
  it('gives the position to the subject after "who", not to the name before it', () => {
    const found = quotes(['The mayor ignored Tom Hale, who Nora Beck on Monday called “a reckless gambler.”']);
    expect(found).toContain('Nora Beck called: “a reckless gambler.”');
    expect(found.some((q) => q.startsWith('Tom Hale'))).toBe(false);
  });

  it('reads a name, a description or a quantifier after "who", "whom" or "which"', () => {
    expect(inner('The race turns to Ada Lund, who many feel need a win.', 'feel')).toBe('many');
    expect(inner('The levy, whom the mayor\'s critics fear, passed.', 'fear')).toBe('the mayor\'s critics');
    expect(inner('The levy, which Nora Beck opposed, passed.', 'opposed')).toBe('Nora Beck');
  });

  it('leaves a subject relative ("who called") to the name before it', () => {
    expect(quotes(['The mayor ignored Tom Hale, who called the levy “a reckless gamble.”']))
      .toContain('Tom Hale called: the levy “a reckless gamble.”');
    expect(inner('The mayor met Tom Hale, who called the levy a gamble.', 'called')).toBeNull();
  });

  it('does not read the relative clause\'s own verb or a day as its subject', () => {
    expect(inner('The board sent a letter, which included teachers urging a delay.', 'urging')).toBeNull();
    expect(inner('The board sent a letter, which helps explain why no one came.', 'came')).toBeNull();
    expect(inner('The mayor met Tom Hale, who Tuesday called the levy a gamble.', 'called')).toBeNull();
  });
});

// ("The ferry union, which the council is still trying to win over, was picketed …": the relative clause
// ends at its closing comma, even with four words between the pronoun and the verb.)
describe('a relative clause set off by commas', () => {
  it('ends the position at its closing comma', () => {
    const found = quotes(['The hall of the ferry union, which the council is still trying to win over, was picketed on Friday by dock workers.']);
    expect(found.filter((q) => q.startsWith('council'))).toEqual(['council trying: to win over']);
  });
});
