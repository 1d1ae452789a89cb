import { describe, expect, it } from 'vitest';
import { neverCapitalisedInside } from '../../../src/core/sources/ordinary-words';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const at = (text: string, word: string) => {
  const i = text.indexOf(word);
  return neverCapitalisedInside(text, i, i + word.length);
};

describe('an ordinary word opening a sentence before a possessive', () => {
  it('is one news text writes in lower case and the page never capitalises inside a sentence', () => {
    expect(at('Given the tides, the ferry waits.', 'Given')).toBe(true);
    expect(at('Mayor Ada Given spoke. Given said the ferry waits.', 'Given')).toBe(false);
  });

  it('takes no statement, and leaves the possessive to the person named before', () => {
    const r = run([
      'Ada Varga toured the harbour on Monday and said the ferry would run again.',
      'Varga has long argued that the old pier is "a danger to everyone." Given her past remarks on closing the pier to keep "reckless" boats out, it is fair to say she means the plan to shut the harbour mouth.',
    ], [], ATTITUDES);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('Given');
  });
});
