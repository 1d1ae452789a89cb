// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerWith, resetStub, sent } from './browser-stub';
import { click, mount, settle, texts } from './render';
import { emptySheet, sampleSheet } from './sample-sheet';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-stub')).browserStub }));

const { FactPanel } = await import('../../../src/popup/fact-panel');

// 2026-11-26 12:00 UTC: three days after the sample's publication.
const NOW = Date.parse('2026-11-26T12:00:00Z');

beforeEach(() => resetStub());
afterEach(() => vi.restoreAllMocks());

describe('the header', () => {
  it('shows the headline, outlets, authors, and dates with their age', async () => {
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} now={NOW} />);
    expect(root.querySelector('[data-testid="fact-panel"]')).not.toBeNull();
    expect(root.querySelector('.headline')?.textContent).toBe('Council approves £12m flood defences for the river quarter');
    expect(root.querySelector('.outlet')?.textContent).toBe('The Riverside Courier · Valley Press Agency');
    expect(root.querySelector('.authors')?.textContent).toBe('By Dana Whitlock, Omar Reyes');
    expect(root.querySelector('.published .age')?.textContent).toBe(' (3 days ago)');
    expect(root.querySelector('.published time')?.getAttribute('datetime')).toBe('2026-11-23T09:15:00Z');
    expect(root.querySelector('.updated .age')?.textContent).toBe(' (18 hours ago)');
  });

  it('leaves out what the page does not give, and an update minutes after publishing', async () => {
    const sheet = sampleSheet();
    sheet.meta = { ...sheet.meta, title: null, authors: [], publishers: [], publisher: null, modified: '2026-11-23T09:17:00Z' };
    const root = await mount(<FactPanel sheet={sheet} tabId={7} now={NOW} />);
    expect(root.querySelector('.headline')?.textContent).toBe('Untitled article');
    expect(root.querySelector('.outlet')).toBeNull();
    expect(root.querySelector('.authors')).toBeNull();
    expect(root.querySelector('.updated')).toBeNull();
  });
});

describe('figures', () => {
  it('groups figures by what they count or measure, merges repeated mentions, and tags qualifiers', async () => {
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} now={NOW} />);
    expect(texts(root, '.section-figures h3')).toEqual(['Money (GBP)', 'Homes', 'Percentages', 'Pumps']);
    const homes = root.querySelector('[role="group"][aria-label="Homes"]')!;
    expect(texts(homes, '.main')).toEqual(['about 1,400 homes']);
    expect(texts(homes, '.tags .tag')).toEqual(['approximate', '2 mentions']);
    const percentages = root.querySelector('[role="group"][aria-label="Percentages"]')!;
    expect(texts(percentages, '.main')).toEqual(['40 percent']);
    expect(texts(percentages, '.subject')).toEqual(['homes']);
    const cost = root.querySelector('[role="group"][aria-label="Money (GBP)"]')!;
    expect(texts(cost, '.tag')).toEqual(['range', '▲ rose']);
    expect(root.querySelector('.section-figures h2 .count')?.textContent).toBe('6');
  });

  it('shows a cross-check under the figures it relates, with its verdict and computation', async () => {
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} now={NOW} />);
    const check = root.querySelector('[aria-label="Percentages"] .check-consistent')!;
    expect(check.querySelector('.verdict')?.textContent).toBe('Consistentimplies 560');
    expect(check.querySelector('.implied')?.textContent).toBe('implies 560');
    expect(check.querySelector('.note')?.textContent).toBe('40 percent of about 1,400 homes is about 560 homes.');
    expect(check.querySelector('.computation')?.textContent).toBe('40% × 1,400 = 560');
    expect(check.querySelector('button')?.getAttribute('data-id')).toBe('f3');
  });
});

describe('timeline', () => {
  it('lists dates in order with what happened, the publication marked', async () => {
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} now={NOW} />);
    expect(texts(root, '.timeline .when')).toEqual(['March 2024', '23 November 2026Published', '1 March 2027 – 31 May 2027']);
    expect(texts(root, '.timeline .what')).toEqual(['The river burst its banks', 'The article is published', 'Work starts']);
    expect(root.querySelector('.timeline li.is-publication .item.static')).not.toBeNull();
    expect(root.querySelector('.timeline li:first-child button')?.getAttribute('data-id')).toBe('d1');
  });
});

describe('sources', () => {
  it('lists people, organisations, documents and anonymous sources, with roles, statements and quotes', async () => {
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} now={NOW} />);
    expect(texts(root, '.source .name')).toEqual(['Harriet Osei', 'Environment Agency', 'the 2023 flood review', 'a council official']);
    expect(texts(root, '.source .kind')).toEqual(['Person', 'Organisation', 'Document', 'Anonymous']);
    const person = root.querySelector('.source-person')!;
    expect(person.querySelector('.role')?.textContent).toBe('council leader, Riverside Council');
    expect(person.querySelector('.statements')?.textContent).toBe('3 statements');
    // Tied by source id, or by an alias when the extractor left the id out.
    expect([...person.querySelectorAll('.quote')].map((q) => q.getAttribute('data-id'))).toEqual(['q1', 'q2', 'q3']);
    expect(person.querySelector('.more-quotes summary')?.textContent).toBe('1 more quote');
    expect(root.querySelector('.flag')?.textContent).toBe('⚠ One source is not named.');
    expect(root.querySelector('.source-organization .statements')?.textContent).toBe('1 statement');
    expect(texts(root, '.unattributed .quote')).toEqual(['Nobody asked us']);
  });
});

describe('page text', () => {
  it('is always rendered as text, never as HTML', async () => {
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} now={NOW} />);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.section-figures b')).toBeNull();
    expect(texts(root, '[aria-label="Pumps"] .main')).toEqual(['<b>3</b> pumps']);
    expect(root.textContent).toContain('We will not let <script>alert(1)</script> happen');
  });
});

describe('empty sections', () => {
  it('say that nothing was found instead of disappearing silently', async () => {
    const root = await mount(<FactPanel sheet={emptySheet()} tabId={7} now={NOW} />);
    expect(texts(root, '.empty')).toEqual([
      'No figures found in this article.', 'No dates found in this article.', 'No named or anonymous sources found in this article.',
    ]);
    expect(root.querySelectorAll('[data-reveal]')).toHaveLength(0);
  });
});

describe('back to the article', () => {
  it('asks the background to reveal an item when it is clicked', async () => {
    answerWith(() => ({ ok: true }));
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} now={NOW} />);
    await click(root.querySelector('[data-reveal="figure"][data-id="f2"]'));
    await click(root.querySelector('[data-reveal="date"][data-id="d2"]'));
    await click(root.querySelector('[data-reveal="source"][data-id="s2"]'));
    await click(root.querySelector('[data-reveal="quote"][data-id="q1"]'));
    // (The related-coverage component sends its own messages: only reveals count here.)
    expect(sent.filter((m) => m.type === 'popup:reveal')).toEqual([
      { type: 'popup:reveal', tabId: 7, kind: 'figure', id: 'f2' },
      { type: 'popup:reveal', tabId: 7, kind: 'date', id: 'd2' },
      { type: 'popup:reveal', tabId: 7, kind: 'source', id: 's2' },
      { type: 'popup:reveal', tabId: 7, kind: 'quote', id: 'q1' },
    ]);
    expect(root.querySelector('.reveal-status')?.textContent).toBe('Shown in the article.');
  });

  it('reveals each mention of a figure told twice in turn', async () => {
    answerWith(() => ({ ok: true }));
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} now={NOW} />);
    const homes = root.querySelector('[data-reveal="figure"][data-id="f2"]');
    await click(homes);
    await click(homes);
    await click(homes);
    expect(sent.filter((m) => m.type === 'popup:reveal').map((m) => m.id)).toEqual(['f2', 'f5', 'f2']);
  });

  it('says so when the page cannot find the item any more', async () => {
    answerWith(() => ({ ok: false }));
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} now={NOW} />);
    await click(root.querySelector('[data-reveal="figure"]'));
    expect(root.querySelector('.reveal-status')?.textContent).toBe('Could not find this in the page any more.');
  });

  it('every item is a button described for screen readers', async () => {
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} now={NOW} />);
    const items = [...root.querySelectorAll('[data-reveal]')];
    expect(items.length).toBe(5 + 1 + 2 + 4 + 5);
    for (const item of items) {
      expect(item.tagName).toBe('BUTTON');
      expect(item.getAttribute('aria-describedby')).toBe('reveal-hint');
    }
    expect(root.querySelector('#reveal-hint')?.textContent).toBe('Activate to show it in the article.');
    expect(texts(root, 'section[aria-labelledby] > h2').map((t) => t.replace(/\d+$/, '').trim()))
      .toEqual(['Figures', 'Timeline', 'Sources', 'Cite and share']);
  });

  it('moves focus between items with the arrow keys, Home and End', async () => {
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} now={NOW} />);
    const items = [...root.querySelectorAll<HTMLElement>('[data-reveal]')];
    items[0]!.focus();
    const press = async (key: string) => act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    });
    await press('ArrowDown');
    expect(document.activeElement).toBe(items[1]);
    await press('ArrowUp');
    expect(document.activeElement).toBe(items[0]);
    await press('End');
    expect(document.activeElement?.getAttribute('data-reveal')).toBe('quote');
    await press('Home');
    expect(document.activeElement).toBe(items[0]);
    await settle();
  });
});
