import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';

const read = (phrase: string) => readSpeaker(phrase, 0, phrase.length);

// Two descriptions joined by "and" carry their own adjectives; the five-word limit on a head's
// modifiers (past it, a phrase is likelier a clause) holds for the last one.
describe('two coordinated descriptions as one speaker', () => {
  it('reads two plurals with their own adjectives', () => {
    const ref = read('small Danish boatyards and retired Danish farmers');
    expect(ref?.text).toBe('small Danish boatyards and retired Danish farmers');
    expect(ref?.head).toBe('farmers');
  });

  it('reads traders and merchants as people', () => {
    expect(read('ordinary Danish traders')?.kind).toBe('anonymous');
  });

  it('reads one person with two titles after a person noun and "and"', () => {
    const ref = read('the longtime state senator and former mayoral candidate');
    expect(ref?.kind).toBe('person');
    expect(ref?.head).toBe('candidate');
  });

  it('keeps the limit for one head, and after "and" between adjectives', () => {
    expect(read('big old red and wooden fishing harbour boats')).toBeNull();
    expect(read('the new big old grey wooden harbour ferry crews')).toBeNull();
  });
});

describe('a clause is no coordinated description', () => {
  it('refuses a first part with a preposition in it', () => {
    expect(read('new survey takes into account both Danes and local island voters')?.text).not.toBe('new survey takes into account both Danes and local island voters');
  });
});
