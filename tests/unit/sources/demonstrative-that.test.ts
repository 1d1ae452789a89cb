import { describe, expect, it } from 'vitest';
import { withoutDemonstrativeThat } from '../../../src/core/sources/demonstrative-that';
import { run, said } from './run';

// "The judge in that trial": "that" after a preposition is a determiner, and the phrase a holder's.
const ATTITUDES = { attitudes: true };

describe('"that" after a preposition in a holder\'s phrase', () => {
  it('reads as a determiner', () => {
    expect(withoutDemonstrativeThat('The judge in that trial')).toBe('The judge in the trial');
    expect(withoutDemonstrativeThat('the head of that agency')).toBe('the head of the agency');
    // Not the "that" of a clause: "officials that said", nor before a capital.
    expect(withoutDemonstrativeThat('officials that said')).toBe('officials that said');
    expect(withoutDemonstrativeThat('the head of That Agency')).toBe('the head of That Agency');
  });

  it('lets the holder of a position speak', () => {
    const lines = said(run(['The judge in that trial referred to the smuggler as “a menace to the coast.”'], [], ATTITUDES));
    expect(lines.some((l) => l.startsWith('judge in that trial |') && l.includes('a menace to the coast'))).toBe(true);
    expect(said(run(['The mayor of that town wants a second ferry by the summer.'], [], ATTITUDES))).toEqual(['mayor of that town | a second ferry by the summer']);
  });
});
