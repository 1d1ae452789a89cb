import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { run, said } from './run';

const read = (phrase: string) => readSpeaker(phrase, 0, phrase.length);

// A subject pronoun joined to a noun phrase speaks with it: the speaker is the whole phrase, a group
// of people, whatever the noun after "and" would read as on its own.
describe('a pronoun joined to a noun phrase', () => {
  it('reads the whole phrase as a group of people', () => {
    const ref = read('She and her backers');
    expect(ref?.text).toBe('She and her backers');
    expect(ref?.kind).toBe('anonymous');
    expect(ref?.head).toBe('backers');
  });

  it('takes a noun that names no kind alone ("his crew")', () => {
    expect(read('he and his crew')?.kind).toBe('anonymous');
  });

  it('attributes a statement to the pair', () => {
    const r = run(['Mayor Ilse Brandt defended the harbour budget on Monday. She and her backers argue that the ferry deficit was caused by the storm season.']);
    expect(said(r)).toContain('She and her backers | the ferry deficit was caused by the storm season');
  });

  it('leaves an object pronoun and a document alone', () => {
    expect(read('she and a memo')).toBeNull();
    expect(read('him and his crew')?.kind).not.toBe('anonymous');
  });
});

describe('a joined pronoun holding a position', () => {

  it('reads a position held by the pair', () => {
    const r = run(['Councillor Per Aas is tied to his record: He and his wife backed the ferry levy, which raised fares.'], [], { attitudes: true });
    expect(said(r).some((line) => line.startsWith('He and his wife | the ferry levy'))).toBe(true);
  });
});
