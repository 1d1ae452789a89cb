// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RelatedState } from '../../../src/shared/messages';
import { fixtureSheet } from './helpers';

// The related-coverage panel: every state renders, only http(s) URLs become links, headlines
// and snippets are text, and the host permissions are asked on the button's click.

const sent: { retry?: boolean }[] = [];
/** Each port the panel opens posts one of these lists of states, in order; none: the port closes. */
let answers: RelatedState[][] = [];
/** The open port's `deliver`: posts a state to the panel later in a test. */
let deliver: (state: RelatedState) => void = () => undefined;
const request = vi.fn(async () => true);

function fakePort(name: string) {
  const messageListeners: ((message: unknown) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const script = answers.shift();
  deliver = (state) => messageListeners.forEach((listener) => listener(state));
  return {
    name,
    onMessage: { addListener: (listener: (message: unknown) => void) => messageListeners.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => disconnectListeners.push(listener) },
    disconnect: vi.fn(),
    postMessage: (message: { retry?: boolean }) => {
      sent.push(message);
      setTimeout(() => {
        if (!script) disconnectListeners.forEach((listener) => listener());
        else script.forEach(deliver);
      }, 0);
    },
  };
}

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getURL: () => 'chrome-extension://abc/', connect: vi.fn(({ name }: { name: string }) => fakePort(name)) },
    permissions: { request },
  },
}));

const { RelatedCoverage } = await import('../../../src/popup/related-coverage/related-coverage');
const sheet = fixtureSheet('related/pages/harbour-bridge-recent.html', 'https://www.coastalcourier.example/news/2026/11/25/harbour-bridge-repairs');

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((done) => setTimeout(done, 0)));
}

async function mount(): Promise<HTMLElement> {
  document.body.innerHTML = '<div></div>';
  const root = document.body.firstElementChild as HTMLElement;
  await act(async () => render(<RelatedCoverage sheet={sheet} tabId={3} />, root));
  await settle();
  return root;
}

const item = (url: string, title: string) => ({
  url, title, outlet: 'Gazette', published: '2026-11-25T09:00:00Z', snippet: '<b>not bold</b>', services: ['bing-news'],
  comparisons: [{ kind: 'figure' as const, theirs: '£40m', ours: '£48m', note: 'Gazette: £40m; this article: £48m.' }],
});

beforeEach(() => {
  sent.length = 0;
  answers = [];
  request.mockClear();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('RelatedCoverage', () => {
  it('lists items: http(s) URLs as links, anything else as text, headlines and snippets as text', async () => {
    answers = [[{ status: 'ready', query: 'q', failures: [], pending: [], items: [
      item('https://gazette.example/a', '<img src=x onerror=alert(1)> Bridge bill'), item('javascript:alert(1)', 'Not a link'),
    ] }]];
    const root = await mount();
    expect(sent).toEqual([{ sheet, retry: false }]);
    const items = root.querySelectorAll('[data-testid="related-item"]');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe('https://gazette.example/a');
    expect(items[0]!.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(items[0]!.querySelector('a')!.textContent).toBe('<img src=x onerror=alert(1)> Bridge bill');
    expect(items[0]!.querySelector('img')).toBeNull();
    expect(items[0]!.querySelector('.related-snippet')!.textContent).toBe('<b>not bold</b>');
    expect(items[0]!.querySelector('[data-testid="related-comparison"]')!.textContent).toBe('Gazette: £40m; this article: £48m.');
    expect(items[1]!.querySelector('a')).toBeNull();
    expect(items[1]!.querySelector('.main')!.textContent).toBe('Not a link');
  });

  it('always offers the searches that need no service', async () => {
    answers = [[{ status: 'off' }]];
    const root = await mount();
    expect(root.querySelector('[data-testid="related-state"]')!.textContent).toBe('Related coverage is off in Footnote’s options.');
    expect([...root.querySelectorAll('[data-testid="related-search"] a')].map((a) => a.textContent)).toEqual(['Google News', 'Bing News', 'DuckDuckGo']);
  });

  it('asks for the hosts on the button’s click, then loads', async () => {
    answers = [
      [{ status: 'needs-permission', origins: ['https://www.bing.com/*'] }],
      [{ status: 'ready', query: 'q', failures: [], pending: [], items: [] }],
    ];
    const root = await mount();
    expect(request).not.toHaveBeenCalled();
    await act(async () => (root.querySelector('[data-testid="related-grant"]') as HTMLButtonElement).click());
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.bing.com/*'] });
    expect(root.querySelector('[data-testid="related-state"]')!.textContent).toBe('No other reports of this story were found.');
  });

  it('shows an error with a countdown before trying again', async () => {
    answers = [[{ status: 'error', message: 'GDELT: Too many requests; try again in 30 s.', retryAfterSeconds: 30 }]];
    const root = await mount();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.querySelector('p')!.textContent).toBe('Other reports could not be fetched. GDELT: Too many requests; try again in 30 s.');
    expect((alert.querySelector('button') as HTMLButtonElement).disabled).toBe(true);
    expect(alert.querySelector('button')!.textContent).toBe('Try again in 30 s');
  });

  it('turns a port closed before the last answer into an error, never an endless spinner', async () => {
    answers = [];
    const root = await mount();
    expect(root.querySelector('[role="alert"] p')!.textContent).toBe('Other reports could not be fetched. The extension stopped answering.');
  });

  it('retries failed services on request', async () => {
    answers = [
      [{ status: 'ready', query: 'q', failures: [{ service: 'GDELT', message: 'No answer within 8 s.' }], pending: [], items: [item('https://a.example/', 'A')] }],
      [{ status: 'ready', query: 'q', failures: [], pending: [], items: [item('https://a.example/', 'A')] }],
    ];
    const root = await mount();
    expect(root.querySelector('[data-testid="related-failures"]')!.textContent).toBe('GDELT: No answer within 8 s. Try again');
    await act(async () => (root.querySelector('[data-testid="related-failures"] button') as HTMLButtonElement).click());
    await settle();
    expect(sent.map((m) => m.retry)).toEqual([false, true]);
    expect(root.querySelector('[data-testid="related-failures"]')).toBeNull();
  });

  it('shows the first answers while a slow service is still working, then merges its items in', async () => {
    const ready = (items: ReturnType<typeof item>[], pending: string[]) => ({ status: 'ready' as const, query: 'q', failures: [], pending, items });
    answers = [[
      { status: 'loading', pending: ['GDELT', 'Google News', 'Bing News'], failures: [] },
      ready([item('https://a.example/', 'A')], ['GDELT']),
    ]];
    const root = await mount();
    const section = root.querySelector('[data-testid="related-coverage"]')!;
    const titles = () => [...root.querySelectorAll('[data-testid="related-item"] .main')].map((m) => m.textContent);
    expect(section.getAttribute('data-status')).toBe('partial');
    expect(titles()).toEqual(['A']);
    expect(root.querySelector('[data-testid="related-pending"]')!.textContent).toBe('Still waiting for GDELT…');
    await act(async () => deliver(ready([item('https://b.example/', 'B'), item('https://a.example/', 'A')], [])));
    await settle();
    expect(section.getAttribute('data-status')).toBe('ready');
    expect(titles()).toEqual(['B', 'A']);
    expect(root.querySelector('[data-testid="related-pending"]')).toBeNull();
  });

  it('says which services failed while another is still working, and offers no retry until it is done', async () => {
    answers = [[{ status: 'loading', pending: ['GDELT'], failures: [{ service: 'Bing News', message: 'The service answered HTTP 503.' }] }]];
    const root = await mount();
    expect(root.querySelector('[data-testid="related-state"]')!.textContent).toBe('Looking for other reports of this story…');
    expect(root.querySelector('[data-testid="related-pending"]')!.textContent).toBe('Still waiting for GDELT…');
    expect(root.querySelector('[data-testid="related-failures"]')!.textContent).toBe('Bing News: The service answered HTTP 503.');
    expect(root.querySelector('[data-testid="related-failures"] button')).toBeNull();
  });

  it('keeps the reports in place under the pointer and adds later ones below', async () => {
    const ready = (titles: string[], pending: string[]) => ({
      status: 'ready' as const, query: 'q', failures: [], pending, items: titles.map((t) => item(`https://${t}.example/`, t)),
    });
    answers = [[ready(['A', 'C'], ['GDELT'])]];
    const root = await mount();
    const list = root.querySelector('[data-testid="related-coverage"] ul')!;
    const titles = () => [...root.querySelectorAll('[data-testid="related-item"] .main')].map((m) => m.textContent);
    await act(async () => void list.dispatchEvent(new Event('pointerenter')));
    await act(async () => deliver(ready(['B', 'C', 'A'], [])));
    await settle();
    expect(titles()).toEqual(['A', 'C', 'B']);
    // Once the pointer has left, the next answer's ranking is shown whole.
    await act(async () => void list.dispatchEvent(new Event('pointerleave')));
    await act(async () => deliver(ready(['B', 'C', 'A'], [])));
    await settle();
    expect(titles()).toEqual(['B', 'C', 'A']);
  });
});
