import { describe, expect, it } from 'vitest';
import { closesSentence } from '../../../src/core/sources/closing-attribution';
import { run } from './run';

describe('a description and its verb closing the sentence', () => {
  it('is told by what follows the verb', () => {
    expect(closesSentence('said Thursday. The council')).toBe(true);
    expect(closesSentence('said.')).toBe(true);
    expect(closesSentence('said the ferry would run.')).toBe(false);
    expect(closesSentence('said Mr. Lund would go.')).toBe(false);
  });

  it('speaks for itself, not for a name inside the statement before it', () => {
    const r = run(['Lund is waiting for the council to review letters from harbour master Tom Varga, former mayor Eva Holm and pilot Ada Berg before releasing them to the public, an aide said Thursday.']);
    const quote = r.quotes.find((q) => q.text.startsWith('Lund is waiting'));
    expect(quote?.speaker).toBe('aide');
  });

  it('still describes a name standing alone between commas before it', () => {
    const r = run(['The ferry will run again in May, Ann Roe, a nurse said.']);
    expect(r.quotes.find((q) => q.text.startsWith('The ferry'))?.speaker).toBe('Ann Roe');
  });
});
