// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStub, storageData } from '../popup/browser-stub';
import { click, mount, settle } from '../popup/render';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../popup/browser-stub')).browserStub }));

const { Options } = await import('../../../src/options/options');
const { siteHost } = await import('../../../src/options/site-host');

// The options page reads the settings from storage.sync, saves every change at once, and says
// what leaves the browser.

beforeEach(() => resetStub());

const stored = () => storageData.get('settings') as Record<string, unknown> | undefined;
const box = (root: ParentNode, name: string, value?: string) =>
  root.querySelector<HTMLInputElement>(`input[name="${name}"]${value ? `[value="${value}"]` : ''}`)!;

async function type(input: HTMLInputElement, text: string): Promise<void> {
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(form: HTMLFormElement): Promise<void> {
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

describe('the options page', () => {
  it('shows the defaults when nothing is stored', async () => {
    const root = await mount(<Options />);
    expect(box(root, 'highlights').checked).toBe(true);
    expect(box(root, 'highlight-kind', 'figures').checked).toBe(true);
    expect(box(root, 'highlight-kind', 'dates').checked).toBe(false);
    expect(box(root, 'related').checked).toBe(true);
    expect(box(root, 'related-service', 'gdelt').checked).toBe(true);
    expect(box(root, 'related-prefetch').checked).toBe(false);
    expect(root.querySelector('.sites .empty')?.textContent).toBe('No sites yet.');
  });

  it('shows stored settings, migrated', async () => {
    storageData.set('settings', { highlights: false, disabledSites: ['example.com'], relatedServices: ['bing-news', 'nope'] });
    const root = await mount(<Options />);
    expect(box(root, 'highlights').checked).toBe(false);
    expect(root.querySelector<HTMLFieldSetElement>('fieldset')!.disabled).toBe(true);
    expect([...root.querySelectorAll('.site')].map((s) => s.textContent)).toEqual(['example.com']);
    expect(box(root, 'related-service', 'gdelt').checked).toBe(false);
    expect(box(root, 'related-service', 'bing-news').checked).toBe(true);
  });

  it('saves each change to storage.sync at once', async () => {
    const root = await mount(<Options />);
    await click(box(root, 'highlights'));
    expect(stored()?.highlights).toBe(false);
    await click(box(root, 'highlight-kind', 'dates'));
    expect(stored()?.highlightKinds).toEqual(['figures', 'dates']);
    await click(box(root, 'highlight-kind', 'figures'));
    expect(stored()?.highlightKinds).toEqual(['dates']);
    await click(box(root, 'related-service', 'google-news'));
    expect(stored()?.relatedServices).toEqual(['gdelt', 'bing-news']);
    await click(box(root, 'related'));
    expect(stored()?.related).toBe(false);
    await click(box(root, 'related-prefetch'));
    expect(stored()?.relatedPrefetch).toBe(true);
    expect(stored()?.version).toBe(1);
    expect(root.querySelector('.save-status')?.textContent).toBe('Saved.');
  });

  it('adds and removes sites where highlights are off', async () => {
    const root = await mount(<Options />);
    const input = root.querySelector<HTMLInputElement>('#site-input')!;
    const form = root.querySelector<HTMLFormElement>('form.add-site')!;
    await type(input, 'https://www.Example.com/news/today');
    await submit(form);
    expect(stored()?.disabledSites).toEqual(['example.com']);
    expect(input.value).toBe('');
    await type(input, 'a.example.org');
    await submit(form);
    await type(input, 'example.com');
    await submit(form);
    expect(stored()?.disabledSites).toEqual(['a.example.org', 'example.com']);
    await type(input, 'not a site');
    await submit(form);
    expect(root.querySelector('#site-error')?.textContent).toBe('Type a site such as example.com.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await click(root.querySelector('button[aria-label="Remove a.example.org"]'));
    expect(stored()?.disabledSites).toEqual(['example.com']);
  });

  it('follows changes made elsewhere (the page’s shortcut, another device)', async () => {
    const root = await mount(<Options />);
    const { browserStub } = await import('../popup/browser-stub');
    await act(async () => {
      await browserStub.storage.sync.set({ settings: { highlights: false } });
    });
    await settle();
    expect(box(root, 'highlights').checked).toBe(false);
  });

  it('explains what leaves the browser and when', async () => {
    const root = await mount(<Options />);
    const privacy = root.querySelector('.privacy')!.textContent!;
    expect(privacy).toContain('Reading the article stays on your computer.');
    expect(privacy).toContain('never sent anywhere');
    expect(privacy).toContain('only when you open the panel on an article');
    expect(privacy).toContain('Turn related coverage off and nothing is sent.');
    await click(box(root, 'related-prefetch'));
    expect(root.querySelector('.privacy')!.textContent).toContain('or as soon as an article is read');
    await click(box(root, 'related'));
    expect(root.querySelector('.privacy')!.textContent).toContain('(off now: nothing is sent)');
  });
});

describe('siteHost', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM ', 'example.com'],
    ['https://news.example.co.uk/a/b?c=1', 'news.example.co.uk'],
    ['http://localhost:8080/', 'localhost'],
    ['example', null],
    ['not a site', null],
    ['', null],
    ['javascript:alert(1)', null],
  ])('%j is %j', (input, expected) => {
    expect(siteHost(input)).toBe(expected);
  });
});
