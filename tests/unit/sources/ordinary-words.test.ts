import { describe, expect, it } from 'vitest';
import { isOrdinaryWord, onlyOpensSentences } from '../../../src/core/sources/ordinary-words';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };
const at = (text: string, word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;

describe('ordinary words opening a sentence', () => {
  it('tells a word the text also writes in lower case from a name', () => {
    const text = 'Inside the hall, Ada Lund spoke. The crowd waited inside. Price said the fees would rise. The price was set by Price.';
    expect(isOrdinaryWord(text, ...at(text, 'Inside'))).toBe(true);
    // ("Price" is capitalised inside a sentence too: a name.)
    expect(isOrdinaryWord(text, ...at(text, 'Price'))).toBe(false);
  });

  it('leaves a title-case headline alone: every word is capitalised there', () => {
    const text = 'Hacker Who Leaked The Files Pleads Guilty. The hacker said he acted alone.';
    expect(isOrdinaryWord(text, ...at(text, 'Hacker'))).toBe(false);
  });

  it('reads the subject after an opening preposition, not the preposition', () => {
    const r = run(['Inside the ferry terminal, Tom Varga on Tuesday criticised the harbour board, arguing that the fees were unfair.',
      'The board met inside the old customs house.'], [], ATTITUDES);
    expect(r.sources.map((s) => s.name)).not.toContain('Inside');
    expect(said(r)).toContain('Tom Varga | the fees were unfair');
  });

  it('takes a word that opens a line after a heading for a sentence opener, not a name inside a sentence', () => {
    // (The heading ends without a full stop; the word after its line break still opens a sentence.)
    const text = 'More from our weekly letter\nStay informed with the harbour bulletin, your guide to the port.';
    expect(onlyOpensSentences(text, ...at(text, 'Stay'))).toBe(true);
  });

  it('still counts a word capitalised after a lower-case word on the same line as a name', () => {
    const text = 'Stay spoke first. The board later thanked Stay for the plan.';
    expect(onlyOpensSentences(text, ...at(text, 'Stay'))).toBe(false);
  });

  it('reads no imperative after a heading as a speaker', () => {
    const r = run([['subhead', 'Our weekly letter'], 'Stay informed with the harbour bulletin, your guide to the port.',
      'Ada Lund said the ferry would run on time.'], [], ATTITUDES);
    expect(r.sources.map((s) => s.name)).not.toContain('Stay');
    expect(said(r)).toContain('Ada Lund | the ferry would run on time');
  });

  it('does not count the capitals of a title-case heading as names inside a sentence', () => {
    // ("on the Cheap": after "the", but the heading capitalises every long word.)
    const text = 'Twenty Ferry Trips You Can Take on the Cheap This Summer\nCheap fares are all that a family needs for a weekend away.';
    expect(onlyOpensSentences(text, text.lastIndexOf('Cheap'), text.lastIndexOf('Cheap') + 5)).toBe(true);
  });

  it('still counts a capital after a lower-case word in a sentence-case line', () => {
    const text = 'The ferry was run on the cheap for years, said Cheap.\nCheap spoke to the board about the fares.';
    expect(onlyOpensSentences(text, text.lastIndexOf('Cheap'), text.lastIndexOf('Cheap') + 5)).toBe(false);
  });
});
