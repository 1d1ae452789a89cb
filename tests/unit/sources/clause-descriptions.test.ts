import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';

const read = (phrase: string) => {
  const r = readSpeaker(phrase, 0, phrase.length);
  return r ? `${r.name ?? r.text} | ${r.kind}` : null;
};

describe('a clause read as a description', () => {
  it('is no speaker when an adverb or a modal stands before the head', () => {
    expect(read('Some ferries already carry bikes')).toBeNull();
    expect(read('Harbour passes can cover riders')).toBeNull();
  });

  it('gives the name that opens it', () => {
    expect(read('Varga also wants riders')).toBe('Varga | person');
  });

  it('keeps an adjective that ends in -ly', () => {
    expect(read('early voters')).toBe('early voters | anonymous');
    expect(read('elderly riders')).not.toBeNull();
  });
});
