import { describe, expect, it } from 'vitest';
import { wholeWordPlaces } from '../../../src/core/text/word-places';

describe('wholeWordPlaces', () => {
  it('finds a name only where it stands as a whole word', () => {
    const text = 'Lund said so. Lundberg did not, and neither did Alund; Lund’s aide, Lund.';
    expect(wholeWordPlaces(text, 'Lund', 10)).toEqual([0, text.indexOf('Lund’s'), text.lastIndexOf('Lund')]);
  });

  it('stops at the number of places asked for', () => {
    expect(wholeWordPlaces('Lund, Lund, Lund', 'Lund', 2)).toEqual([0, 6]);
    expect(wholeWordPlaces('Lund', '', 5)).toEqual([]);
  });
});
