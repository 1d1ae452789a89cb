import { describe, expect, it } from 'vitest';
import { onlyOpensSentences } from '../../../src/core/sources/ordinary-words';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const at = (text: string, word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;

describe('a word capitalised only where it opens a sentence', () => {
  it('is an ordinary word when news text writes it in lower case', () => {
    const text = 'The ferry ran late. Published estimates put the loss at two million. Ultimately, the board agreed.';
    expect(onlyOpensSentences(text, ...at(text, 'Published'))).toBe(true);
    expect(onlyOpensSentences(text, ...at(text, 'Ultimately'))).toBe(true);
  });

  it('is a name when the page capitalises it inside a sentence, or news text never writes it in lower case', () => {
    const text = 'Published notes were read by Published. Varga openly admitted the plan.';
    expect(onlyOpensSentences(text, ...at(text, 'Published'))).toBe(false);
    expect(onlyOpensSentences(text, ...at(text, 'Varga'))).toBe(false);
  });

  it('gives no source from such a word', () => {
    const r = run(['Published estimates put the ferry losses as high as 40 percent.', 'Please explain such a baffling fare.'], [], ATTITUDES);
    expect(r.sources.map((s) => s.name)).toEqual([]);
  });
});
