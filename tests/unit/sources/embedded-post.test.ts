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

  it('needs the signature at the foot of a post: a dash and a name alone are no embed', () => {
    expect(run(['The board met on Monday.', '— Piet Lund, Vardby']).quotes).toEqual([]);
  });
});
