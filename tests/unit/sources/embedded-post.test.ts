import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('embedded posts', () => {
  it('gives a quoted tweet to the author its embed signs, without its trailing link', () => {
    const r = run([
      'The slogan drew ridicule across the islands on Monday.',
      ['blockquote', 'I love that they put it on a ferry. Nobody is taking that slogan, Vardby. https://t.co/AbC123xyz'],
      ['blockquote', '— Piet Lund (@pietlund_) March 3, 2026'],
      'The slogan first ran in May.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Piet Lund | posted | I love that they put it on a ferry. Nobody is taking that slogan, Vardby.']);
    expect(r.sources[0]!.aliases).toContain('@pietlund_');
    expect(r.sources[0]!.statements).toBe(1);
  });

  it('reads a post of several quotation blocks, a Mastodon handle and an Instagram caption', () => {
    const r = run([
      ['blockquote', 'The night ferry is back.'],
      ['blockquote', 'See you on the pier at nine.'],
      ['blockquote', '— Harbour Gazette (@gazette@vardby.social) March 2, 2026'],
      'Crowds gathered at the pier.',
      ['blockquote', 'First crossing in three winters!'],
      ['blockquote', 'A post shared by Ruth Okafor (@ruthokafor)'],
    ]);
    expect(lines(r)).toEqual([
      'Harbour Gazette | posted | The night ferry is back.\n\nSee you on the pier at nine.',
      'Ruth Okafor | posted | First crossing in three winters!',
    ]);
  });

  it('leaves quotation blocks that would take a tweet past its length to the article', () => {
    const prose = 'Ferry services across the islands have been cut back for the winter, and most of the crossings now run only twice a day.'
      + ' On Saturday the harbour at Vardby was nonetheless full, because the town had painted the faces of its old captains on boards along the pier.';
    const r = run([
      ['headline', 'Painted captains fill the pier at Vardby'],
      ['blockquote', prose],
      ['blockquote', 'That is right: every captain who has sailed from Vardby since 1920 now stands on the pier in paint and plywood,'
        + ' from the first steam skipper to the woman who took the night ferry through the storm of 1987, and the crews wave back each morning.'],
      ['blockquote', 'Old faces everywhere, and not one of them seasick https://t.co/Xy12AbCd'],
      ['blockquote', '— Vardby Pier (@vardbypier) March 2, 2026'],
    ]);
    expect(lines(r)).toEqual(['Vardby Pier | posted | Old faces everywhere, and not one of them seasick']);
  });

  it('needs the signature at the foot of a post: a dash and a name alone are no embed', () => {
    expect(run(['The board met on Monday.', '— Piet Lund, Vardby']).quotes).toEqual([]);
  });
});
