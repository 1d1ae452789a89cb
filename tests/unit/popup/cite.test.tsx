// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStub } from './browser-stub';
import { click, mount } from './render';
import { sampleSheet } from './sample-sheet';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-stub')).browserStub }));

const { FactPanel } = await import('../../../src/popup/fact-panel');
const { sheetAsJson, sheetAsMarkdown } = await import('../../../src/popup/format/sheet-export');

// Cite and share: the fact sheet as Markdown and as JSON, with the URL and the headline.

beforeEach(() => resetStub());

describe('the Markdown copy', () => {
  const markdown = sheetAsMarkdown(sampleSheet());
  const lines = markdown.split('\n');

  it('leads with the headline and the canonical URL', () => {
    expect(lines.slice(0, 3)).toEqual(['# Council approves £12m flood defences for the river quarter', '', '<https://news.example.org/2026/11/flood-defences>']);
    expect(lines[4]).toBe('The Riverside Courier · Valley Press Agency, by Dana Whitlock, Omar Reyes, published 23 November 2026, 09:15, updated 25 November 2026, 17:40');
  });

  it('lists figures by what they count, the timeline and the sources with quotes', () => {
    expect(markdown).toContain('### Homes\n- about 1,400 homes (approximate) (2 mentions)\n\n### Percentages\n- 40 percent\n- Check: 40 percent of about 1,400 homes is about 560 homes. (40% × 1,400 = 560)');
    expect(markdown).toContain('- **23 November 2026** (published): The article is published');
    expect(markdown).toContain('- **Harriet Osei** (person; council leader, Riverside Council), 3 statements\n  - “This is the biggest investment in the quarter for a generation”');
    expect(markdown).toContain('- **a council official** (anonymous), 1 statement');
  });

  it('escapes page text that would turn into Markdown or HTML', () => {
    expect(markdown).toContain('- \\<b\\>3\\</b\\> pumps');
    expect(markdown).not.toContain('<script>');
  });
});

describe('the JSON copy', () => {
  it('carries the URL, headline and every kind of item, without the article’s own text', () => {
    const json = JSON.parse(sheetAsJson(sampleSheet()));
    expect(json.url).toBe('https://news.example.org/2026/11/flood-defences');
    expect(json.headline).toBe('Council approves £12m flood defences for the river quarter');
    expect(json.outlets).toEqual(['The Riverside Courier', 'Valley Press Agency']);
    expect(json.figures).toHaveLength(6);
    expect(json.timeline).toHaveLength(3);
    expect(json.sources).toHaveLength(4);
    expect(json.quotes).toHaveLength(5);
    expect(json.crossChecks).toHaveLength(1);
    expect(Object.keys(json)).not.toContain('body');
    expect(Object.keys(json)).not.toContain('text');
  });

  it('falls back to the page URL without a canonical one', () => {
    const sheet = sampleSheet();
    sheet.meta.canonicalUrl = null;
    expect(JSON.parse(sheetAsJson(sheet)).url).toBe('https://news.example.org/2026/11/flood-defences?utm_source=x');
  });
});

describe('the copy buttons', () => {
  it('put the text on the clipboard and confirm it', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} />);
    await click(root.querySelector('[data-copy="markdown"]'));
    expect(writeText.mock.calls[0]![0]).toBe(sheetAsMarkdown(sampleSheet()));
    expect(root.querySelector('.confirmation')?.textContent).toBe('Copied the fact sheet as Markdown.');
    expect(root.querySelector('.confirmation')?.getAttribute('role')).toBe('status');
    await click(root.querySelector('[data-copy="json"]'));
    expect(JSON.parse(writeText.mock.calls[1]![0]).headline).toBe('Council approves £12m flood defences for the river quarter');
    expect(root.querySelector('.confirmation')?.textContent).toBe('Copied the fact sheet as JSON.');
  });

  it('say so when the browser refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => { throw new Error('denied'); }) }, configurable: true });
    document.execCommand = vi.fn(() => false);
    const root = await mount(<FactPanel sheet={sampleSheet()} tabId={7} />);
    await click(root.querySelector('[data-copy="json"]'));
    expect(root.querySelector('.confirmation')?.textContent).toBe('The browser did not allow copying. Try again.');
  });
});
