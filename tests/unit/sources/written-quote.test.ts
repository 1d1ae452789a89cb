import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('quotations a document reads', () => {
  it('reads the writing as the source, with "read" after or before the quotation', () => {
    const r = run([
      'The harbour board wrote to every ferry captain on Friday.',
      '“Sailings resume on Monday, weather permitting,” read the letter.',
      '“We regret the delay,” the statement read.',
      'A second notice reads: “Tickets bought in March stay valid.”',
    ]);
    expect(said(r)).toEqual([
      'letter | Sailings resume on Monday, weather permitting',
      'statement | We regret the delay',
      'second notice | Tickets bought in March stay valid.',
    ]);
    expect(r.quotes.map((q) => q.cue)).toEqual(['read', 'read', 'reads']);
  });

  it('reads a headline as a writing, but not a caption (a credit line)', () => {
    const r = run([
      'The harbour paper ran the story on its front page.',
      'The blunt headline reads: “Ferries cancelled until spring.”',
      '“The first ferry of the season leaves the pier,” the caption read.',
    ]);
    expect(said(r)).toEqual([
      'blunt headline | Ferries cancelled until spring.',
    ]);
  });

  it('reads a bare "The headline read" as a writing, but no headline that only suggests', () => {
    const r = run([
      'The harbour paper ran the story on its front page.',
      'The headline read, “Ferries cancelled until spring.”',
      'The headline suggests that the crossings will never return.',
    ]);
    expect(said(r)).toEqual([
      'headline | Ferries cancelled until spring.',
    ]);
  });

  it('reads the writing after a fronted time ("The next morning the headline read: …")', () => {
    const r = run([
      'The harbour paper ran the story on its front page.',
      'The next morning the headline read: “Ferries back by Easter.”',
      'By noon a second notice read: “The pier stays shut.”',
      'The caption of her post reads: “Home at last.”',
    ]);
    expect(said(r)).toEqual(['headline | Ferries back by Easter.', 'second notice | The pier stays shut.']);
  });

  it('leaves a person reading, a title read and "it read" alone', () => {
    const r = run([
      'Ines Morrow read “The Long Tide” twice.',
      'She read, “We will fight on.”',
      '“Closed for repairs,” it read.',
    ]);
    expect(said(r)).toEqual([]);
  });
});
