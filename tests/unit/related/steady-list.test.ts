import { describe, expect, it } from 'vitest';
import { arrange } from '../../../src/popup/related-coverage/steady-list';

// The related list while answers stream in: a new ranking whole, or, while the reader points
// into the list or is focused in it, the shown items in place and new ones below.

const key = (item: { url: string }) => item.url;
const items = (...urls: string[]) => urls.map((url) => ({ url, title: url.toUpperCase() }));

describe('arrange', () => {
  it('takes the new ranking whole when the reader is not in the list', () => {
    expect(arrange(items('a', 'c'), items('b', 'c', 'a'), key, false)).toEqual(items('b', 'c', 'a'));
  });

  it('keeps the shown items in place and adds new ones below while the reader is in the list', () => {
    expect(arrange(items('a', 'c'), items('b', 'c', 'a', 'd'), key, true).map(key)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('updates a kept item to its latest version, and keeps one the new ranking merged away', () => {
    const next = [{ url: 'a', title: 'A, with a snippet now' }, { url: 'b', title: 'B' }];
    expect(arrange(items('a', 'x'), next, key, true)).toEqual([{ url: 'a', title: 'A, with a snippet now' }, { url: 'x', title: 'X' }, { url: 'b', title: 'B' }]);
  });
});
