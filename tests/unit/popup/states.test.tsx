// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SheetState } from '../../../src/shared/messages';
import { answerWith, browserStub, resetStub, sent } from './browser-stub';
import { click, mount, settle } from './render';
import { sampleSheet } from './sample-sheet';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-stub')).browserStub }));

const { App } = await import('../../../src/popup/app');

// The popup as a whole: it asks the background for the active tab's sheet and draws the state
// that comes back.

beforeEach(() => {
  resetStub();
  history.replaceState(null, '', '/src/popup/index.html');
});

function answering(states: SheetState[]): void {
  answerWith((message) => (message.type === 'popup:get-sheet' ? states.shift() ?? states.at(-1) : { ok: true }));
}

describe('the popup states', () => {
  it('shows the waiting state while the page is read', async () => {
    answerWith(() => new Promise(() => undefined));
    const root = await mount(<App />);
    const main = root.querySelector('main')!;
    expect(main.getAttribute('data-pending')).toBe('analysing');
    expect(main.hasAttribute('data-state')).toBe(false);
    expect(main.querySelector('[role="status"]')?.getAttribute('aria-busy')).toBe('true');
    expect(main.querySelector('h1')?.textContent).toBe('Reading this page…');
  });

  it('draws the fact panel for the active tab', async () => {
    answering([{ status: 'ready', sheet: sampleSheet() }]);
    const root = await mount(<App />);
    expect(root.querySelector('[data-testid="fact-panel"] .headline')?.textContent)
      .toBe('Council approves £12m flood defences for the river quarter');
    expect(sent[0]).toEqual({ type: 'popup:get-sheet', tabId: 7, force: false });
    expect(browserStub.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('describes the tab named by ?tab=ID instead of the active tab', async () => {
    history.replaceState(null, '', '/src/popup/index.html?tab=42');
    answering([{ status: 'ready', sheet: sampleSheet() }]);
    await mount(<App />);
    expect(sent[0]).toEqual({ type: 'popup:get-sheet', tabId: 42, force: false });
  });

  it('asks again while the content script is still reading', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      answering([{ status: 'analysing' }, { status: 'ready', sheet: sampleSheet() }]);
      const root = mount(<App />);
      await vi.advanceTimersByTimeAsync(1000);
      vi.useRealTimers();
      const container = await root;
      await settle();
      expect(sent.filter((m) => m.type === 'popup:get-sheet')).toHaveLength(2);
      expect(container.querySelector('[data-testid="fact-panel"]')).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when a page is not a news article, and analyses it anyway on request', async () => {
    const sheet = sampleSheet();
    answering([
      { status: 'not-article', detection: { isArticle: false, score: 0.2, signals: [] }, meta: { ...sheet.meta, title: 'Sport — Home' } },
      { status: 'ready', sheet },
    ]);
    const root = await mount(<App />);
    expect(root.querySelector('[data-state="not-article"] h1')?.textContent).toBe('This doesn’t look like a news article');
    expect(root.querySelector('[data-state] .detail')?.textContent).toBe('Sport — Home');
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Analyse anyway');
    await click(button);
    expect(sent.filter((m) => m.type === 'popup:get-sheet').at(-1)).toEqual({ type: 'popup:get-sheet', tabId: 7, force: true });
    expect(root.querySelector('[data-testid="fact-panel"]')).not.toBeNull();
  });

  it('says plainly when extensions cannot run on the page', async () => {
    answering([{ status: 'unsupported', reason: 'Browser pages do not allow extensions.' }]);
    const root = await mount(<App />);
    expect(root.querySelector('[data-state="unsupported"] h1')?.textContent).toBe('Footnote can’t run on this page');
    expect(root.querySelector('.detail')?.textContent).toBe('Browser pages do not allow extensions.');
    expect(root.querySelector('button')).toBeNull();
  });

  it('says there is nothing to read when the window has no tab', async () => {
    browserStub.tabs.query.mockResolvedValueOnce([]);
    const root = await mount(<App />);
    expect(root.querySelector('[data-state="unsupported"] .detail')?.textContent).toBe('There is no page to read in this window.');
  });

  it('shows an error with a retry that asks again', async () => {
    answering([{ status: 'error', message: 'The tab is gone.' }, { status: 'ready', sheet: sampleSheet() }]);
    const root = await mount(<App />);
    expect(root.querySelector('[data-state="error"] [role="alert"] h1')?.textContent).toBe('Something went wrong');
    expect(root.querySelector('.detail')?.textContent).toBe('The tab is gone.');
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Try again'));
    expect(sent.filter((m) => m.type === 'popup:get-sheet')).toHaveLength(2);
    expect(root.querySelector('[data-testid="fact-panel"]')).not.toBeNull();
  });

  it('turns a failed message into the error state', async () => {
    answerWith(() => Promise.reject(new Error('Could not establish connection.')));
    const root = await mount(<App />);
    expect(root.querySelector('[data-state="error"] .detail')?.textContent).toBe('Could not establish connection.');
  });

  it('turns an empty answer into the error state', async () => {
    answerWith(() => undefined);
    const root = await mount(<App />);
    expect(root.querySelector('[data-state="error"] .detail')?.textContent).toBe('The page did not answer. Reload it and try again.');
  });
});
