import { describe, expect, it, vi } from 'vitest';
import { openPanelAt, takePendingFocus } from '../../../src/background/open-panel';

const { openPopup } = vi.hoisted(() => ({ openPopup: vi.fn() }));
vi.mock('webextension-polyfill', () => ({ default: { action: { openPopup } } }));

describe('opening the panel from a hover card', () => {
  it('opens the popup and hands it the card’s item once', async () => {
    openPopup.mockImplementation(async () => undefined);
    expect(await openPanelAt(7, { kind: 'figure', id: 'f3' })).toEqual({ ok: true });
    expect(takePendingFocus(7)).toEqual({ kind: 'figure', id: 'f3' });
    expect(takePendingFocus(7)).toBeNull();
  });

  it('keeps the item for the next toolbar click where the browser refuses to open the popup', async () => {
    openPopup.mockImplementation(() => Promise.reject(new Error('openPopup requires a user gesture')));
    expect(await openPanelAt(9, { kind: 'figure', id: 'f1' })).toEqual({ ok: false });
    expect(takePendingFocus(9)).toEqual({ kind: 'figure', id: 'f1' });
  });

  it('does nothing for a message that came from no tab', async () => {
    openPopup.mockClear();
    expect(await openPanelAt(undefined, { kind: 'figure', id: 'f1' })).toEqual({ ok: false });
    expect(openPopup).not.toHaveBeenCalled();
  });
});
