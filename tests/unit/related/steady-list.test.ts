// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { arrange, useSteadyList } from '../../../src/popup/related-coverage/steady-list';

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

describe('useSteadyList', () => {
  it('shows a new answer in the same render that brings it, never the list one answer short', async () => {
    // The panel marks the list "ready" in the render that brings the last answer; a list arranged
    // in an effect after that render painted a frame of the old, shorter list under "ready".
    const renders: { given: string[]; shown: string[] }[] = [];
    function List({ given }: { given: { url: string; title: string }[] }) {
      const { shown } = useSteadyList(given, key);
      renders.push({ given: given.map(key), shown: shown.map(key) });
      return h('ul', null, shown.map((item) => h('li', { key: item.url }, item.title)));
    }
    const container = document.createElement('div');
    await act(async () => render(h(List, { given: items('a', 'b', 'c') }), container));
    await act(async () => render(h(List, { given: items('d', 'a', 'b', 'c', 'e') }), container));
    expect(renders.length).toBeGreaterThanOrEqual(2);
    for (const { given, shown } of renders) expect(shown).toEqual(given);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['D', 'A', 'B', 'C', 'E']);
  });
});
