import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { verbAfterSourceNoun } from '../../../src/core/sources/verb-in-description';

const read = (phrase: string) => readSpeaker(phrase, 0, phrase.length)?.text ?? null;

describe('a verb after a noun of a source, inside what reads as one description', () => {
  it('ends the description at the noun', () => {
    expect(read('The survey showed figures')).toBe('The survey');
    expect(read('The review tested four')).toBe('The review');
    expect(read('the father whose son')).toBe('the father');
    expect(read('The Ohio senator emailed donors')).toBe('The Ohio senator');
  });

  it('leaves plurals, nouns in "-sis" and plain compounds alone', () => {
    expect(verbAfterSourceNoun(['data', 'analysis'], 'team')).toBe(-1);
    expect(verbAfterSourceNoun(['release', 'dates'], 'and')).toBe(-1);
    expect(verbAfterSourceNoun(['most', 'heated', 'exchange'], 'occurred')).toBe(-1);
    expect(verbAfterSourceNoun(['union', 'health'], 'officials')).toBe(-1);
    expect(read('the harbour union leaders')).toBe('the harbour union leaders');
    expect(read('the retired officers')).toBe('the retired officers');
  });

  it('cuts nothing when a pronoun after the verb opens the reported clause', () => {
    expect(verbAfterSourceNoun(['statement', 'noted'], 'they')).toBe(-1);
    expect(read('The memo noted they')).not.toBe('The memo');
  });
});
