import { describe, expect, it } from 'vitest';
import { isBoilerplateText, isDateLine } from '../../../src/core/reader/boilerplate';

// The label patterns only run behind a set of opening words (so that most pages never compile
// them): each kind of label must still be found, and prose that opens with the same words kept.

describe('boilerplate lines by their words', () => {
  const labels = [
    'Related:', 'Related stories', 'Read more: Council votes on the budget', 'Also read', 'See also', 'More on this story',
    'Most read', 'Trending now', 'You may also like', 'Watch now', 'Lesen Sie auch', 'À lire aussi',
    'Filed under: Politics', 'Tags: water, drought', 'Tagged: budget', 'Topics: Energy', 'Posted in News',
    'Sign up for our morning newsletter', 'Subscribe to our newsletter', 'Follow us on Mastodon', 'Download our app',
    "Don't miss", 'Never miss a story', 'Share this article', 'Leave a comment', 'Write a comment', 'Support our journalism',
    'Already a subscriber? Log in', 'For the latest news, follow our live blog', 'Click here to read the full report',
    'Advertisement', 'Story continues below advertisement', '5 min read', 'Skip to content', '© 2026 Valley Ledger. All rights reserved.',
  ];
  for (const label of labels) it(`"${label}" is boilerplate`, () => expect(isBoilerplateText(label)).toBe(true));

  const prose = [
    'Related costs rose by 4 per cent in the year to March, the board said.',
    'More than 2,000 households were cut off for at least six hours on Tuesday.',
    'Sign language interpreters will be at every briefing, the council said.',
    'For the first time since 1978, the reservoir fell below half its capacity in April.',
    'You could see the old village church when the water was at its lowest, residents said.',
  ];
  for (const line of prose) it(`"${line.slice(0, 30)}…" is prose`, () => expect(isBoilerplateText(line)).toBe(false));
});

describe('date lines', () => {
  const lines = ['Published June 4, 2026 • 2 minute read', '14 hours ago', '11 Jan 2026', 'March 3, 2026, 2:54pm', '2:54pm', '· Updated 3 June 2026', 'Tuesday, 4 March 2026'];
  for (const line of lines) it(`"${line}" is a date line`, () => expect(isDateLine(line)).toBe(true));
  it('a sentence with a date is not', () => expect(isDateLine('March 3, 2026 was the wettest day of the year')).toBe(false));
});
