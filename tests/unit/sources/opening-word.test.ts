import { describe, expect, it } from 'vitest';
import { isOpeningWord } from '../../../src/core/sources/opening-word';
import { run } from './run';

const opening = (text: string, rest: string) => {
  const word = /^\p{L}+/u.exec(text)![0];
  return isOpeningWord(text, 0, word.length, rest);
};

describe('an ordinary word opening a sentence before a name', () => {
  it('is no part of the name the page also writes without it', () => {
    expect(opening('Continued Varga: the ferry will run. Varga spoke for an hour.', 'Varga')).toBe(true);
  });

  it('stays when the rest of the name never stands alone', () => {
    expect(opening('Continued Varga: the ferry will run.', 'Varga')).toBe(false);
  });

  it('stays when it is a given name or a title', () => {
    expect(opening('Hope Varga said there is hope for the ferry. Varga spoke for an hour.', 'Varga')).toBe(false);
    expect(opening('Mayor Varga said the ferry will run. Varga spoke for an hour.', 'Varga')).toBe(false);
  });

  it('gives the fact sheet the name', () => {
    const r = run(['Outside Holmberg, the workers said the plant would close. Holmberg makes ferry engines.']);
    expect(r.sources.map((s) => s.name)).not.toContain('Outside Holmberg');
  });
});
