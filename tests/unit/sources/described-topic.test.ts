import { describe, expect, it } from 'vitest';
import { isDescribedTopic } from '../../../src/core/sources/described-topic';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const holders = (paragraphs: string[]) => run(paragraphs, [], ATTITUDES).quotes.filter((q) => q.cue === 'to').map((q) => q.speaker);

describe('"For X, <description of X>, …": the writer\'s account of X, not X\'s view', () => {
  it('reads no view after "For X," when an apposition or a relative clause describes X', () => {
    expect(holders([
      'For Okafor, the harbour board chairwoman, the Tuesday vote is a costly defeat for her ferry plan.',
      'For Nordline, which has run the night ferry since 1990, the strait remains a profitable route.',
      'For Tove Berg, one of the island founders, the new pier means a longer walk to her boatyard.',
    ])).toEqual([]);
  });

  it('keeps "For X, …" without a description, and "To X, who …,"', () => {
    expect(holders([
      'For many island voters, the new bridge is a waste of money.',
      'To Mara Jensen, who has fished the strait for forty years, the tariff is a betrayal of the islands.',
    ])).toEqual(['many island voters', 'Mara Jensen']);
  });

  it('reads only "For", and a clause joined by a conjunction is no aside', () => {
    expect(isDescribedTopic('For', 'the strait offers rich fishing grounds, but the plans depend on the ferry.')).toBe(false);
    expect(isDescribedTopic('To', 'the harbour board, the tariff was a betrayal.')).toBe(false);
    expect(isDescribedTopic('For', 'who has run the ferry for years, the tariff is a loss.')).toBe(true);
    expect(isDescribedTopic('For', 'the harbour vote on Monday was like a game of chess, with moves on all sides.')).toBe(false);
  });
});
