// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collapsed, kindsFromSettings, markItems } from '../../../src/content/highlights/items';
import { findInLive, indexLiveText, liveRange, normalise, type LiveText } from '../../../src/content/highlights/live-text';
import { buildRanges, rangeShows, type RangeBuild } from '../../../src/content/highlights/ranges';
import { sheetMarks } from '../../../src/shared/sheet-marks';
import { figureAt, mountArticle, rerender, sheetOf } from './page-helpers';

function build(text: string, items: ReturnType<typeof markItems>, map: Parameters<typeof buildRanges>[3]): RangeBuild {
  const out: RangeBuild = { placed: [], missing: [], refound: 0 };
  const work = buildRanges(document, text, items, map, out);
  while (!work.next().done);
  return out;
}

function liveIndex(): LiveText {
  const holder: { result: LiveText | null } = { result: null };
  const work = indexLiveText(document.body, holder);
  while (!work.next().done);
  return holder.result!;
}

describe('items', () => {
  it('takes the chosen kinds in text order, with the sheet’s words', () => {
    const { text } = mountArticle(document);
    const sheet = sheetOf(text, [figureAt(text, '40%', 'f2'), figureAt(text, '£12 million', 'f1')]);
    sheet.dates = [{ ...figureAt(text, '2025', 'd1'), value: '2025', precision: 'year', relative: false, clause: '' }] as never;
    expect(markItems(sheetMarks(sheet), kindsFromSettings(['figures'])).map((i) => [i.id, i.text])).toEqual([['f1', '£12 million'], ['f2', '40%']]);
    expect(markItems(sheetMarks(sheet), kindsFromSettings(['figures', 'dates'])).map((i) => i.id)).toEqual(['f1', 'f2', 'd1']);
    expect(markItems(sheetMarks(sheet), kindsFromSettings([]))).toEqual([]);
  });

  it('drops spans outside the text or empty', () => {
    const sheet = sheetOf('abc', [{ ...figureAt('abc', 'b', 'f1'), start: 2, end: 2 }, { ...figureAt('abc', 'c', 'f2'), end: 9 }]);
    expect(markItems(sheetMarks(sheet), kindsFromSettings(['figures']))).toEqual([]);
  });
});

describe('building ranges', () => {
  it('uses the TextMap while its nodes still hold the words', () => {
    const { text, map } = mountArticle(document);
    const sheet = sheetOf(text, [figureAt(text, '£12 million', 'f1'), figureAt(text, '21,000 cars', 'f2')]);
    const out = build(text, markItems(sheetMarks(sheet), kindsFromSettings(['figures'])), map);
    expect(out.placed.map((p) => p.range.toString())).toEqual(['£12 million', '21,000 cars']);
    expect(out.refound).toBe(0);
    expect(out.missing).toEqual([]);
  });

  it('finds the words again after the page re-rendered the article with new nodes', () => {
    const { text, map } = mountArticle(document);
    const sheet = sheetOf(text, [figureAt(text, '£12 million', 'f1'), figureAt(text, '300 more workers', 'f2'), figureAt(text, '8%', 'f3')]);
    const items = markItems(sheetMarks(sheet), kindsFromSettings(['figures']));
    const before = build(text, items, map);
    rerender(document);
    expect(before.placed.every((p) => !rangeShows(p.range, p.item))).toBe(true);
    expect(map.rangeFor(document, items[0]!.start, items[0]!.end)).toBeNull();
    const after = build(text, items, map);
    expect(after.placed.map((p) => p.range.toString())).toEqual(['£12 million', '300 more workers', '8%']);
    expect(after.refound).toBe(3);
    expect(after.placed.every((p) => p.range.startContainer.isConnected)).toBe(true);
  });

  it('tells apart the same words in two places by their context', () => {
    const paragraphs = ['Sales rose 5% in March.', 'Costs rose 5% in April.'];
    const { text } = mountArticle(document, paragraphs);
    const second = figureAt(text, 'rose 5% in April', 'x');
    const sheet = sheetOf(text, [{ ...second, start: second.start + 5, end: second.start + 7, text: '5%' }]);
    const out = build(text, markItems(sheetMarks(sheet), kindsFromSettings(['figures'])), null);
    expect(out.placed).toHaveLength(1);
    expect(out.placed[0]!.range.startContainer.textContent).toBe('Costs rose 5% in April.');
  });

  it('reports items the page no longer shows', () => {
    const { text } = mountArticle(document);
    const sheet = sheetOf(text, [figureAt(text, '40%', 'f1')]);
    document.querySelector('article')!.textContent = 'Something else entirely.';
    const out = build(text, markItems(sheetMarks(sheet), kindsFromSettings(['figures'])), null);
    expect(out.placed).toEqual([]);
    expect(out.missing.map((m) => m.id)).toEqual(['f1']);
  });
});

describe('the live text index', () => {
  it('collapses white space and breaks blocks, skipping scripts', () => {
    document.body.innerHTML = '<p>One   two\n three</p><script>var x = 1;</script><p> four <b>five</b></p>';
    expect(liveIndex().text).toBe('One two three\nfour five\n');
  });

  it('maps a span back to the live nodes across inline elements', () => {
    document.body.innerHTML = '<p>Cost: <b>£4</b> million today</p>';
    const live = liveIndex();
    const start = live.text.indexOf('£4 million');
    const range = liveRange(document, live, start, start + '£4 million'.length)!;
    expect(range.toString()).toBe('£4 million');
    expect(range.startContainer.textContent).toBe('£4');
  });

  it('normalises the sheet’s text the way it indexes the page', () => {
    expect(normalise('a  b\n\n c')).toBe('a b\nc');
    expect(collapsed('  a \n b ')).toBe('a b');
  });

  it('finds nothing for words the page lacks', () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    const text = 'It cost £5.';
    expect(findInLive(liveIndex(), text, { kind: 'figure', id: 'f', start: 8, end: 10, text: '£5' }, 0)).toBeNull();
  });
});
