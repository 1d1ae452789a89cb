import { describe, expect, it } from 'vitest';
import { meansAnotherOne } from '../../../src/core/sources/refiners/another-one';
import { run, said } from './run';

describe('a description of someone besides the one met before', () => {
  it('reads "another", "a second" and "one more" as someone new', () => {
    expect(meansAnotherOne('another resident')).toBe(true);
    expect(meansAnotherOne('a second official')).toBe(true);
    expect(meansAnotherOne('a resident')).toBe(false);
    expect(meansAnotherOne('the other resident')).toBe(false);
  });

  it('keeps the second resident apart from the first', () => {
    const r = run([
      'The flood reached the lower streets of the village overnight.',
      'A resident said: "The water came up through the floor in minutes."',
      'Another resident said: "We had no warning at all, nobody came to tell us."',
    ]);
    const speakers = r.quotes.map((q) => q.speaker);
    expect(speakers.length).toBe(2);
    expect(speakers[0]).not.toBe(speakers[1]);
  });
});
