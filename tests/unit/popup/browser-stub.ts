import { vi } from 'vitest';

// A stand-in for webextension-polyfill (which throws outside an extension): the messages the
// popup sends are recorded, and each test says how the background answers.

export const sent: { type: string; [key: string]: unknown }[] = [];
let answer: (message: { type: string; [key: string]: unknown }) => unknown = () => undefined;

export function answerWith(handler: (message: { type: string; [key: string]: unknown }) => unknown): void {
  answer = handler;
}

export function resetStub(): void {
  sent.length = 0;
  answer = () => undefined;
  storage.clear();
  listeners.length = 0;
}

const storage = new Map<string, unknown>();
const listeners: ((changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void)[] = [];

export const storageData = storage;

export const browserStub = {
  runtime: {
    sendMessage: vi.fn(async (message: { type: string; [key: string]: unknown }) => {
      sent.push(message);
      return answer(message);
    }),
  },
  tabs: {
    query: vi.fn(async () => [{ id: 7, active: true }]),
  },
  storage: {
    sync: {
      get: vi.fn(async (key: string) => (storage.has(key) ? { [key]: structuredClone(storage.get(key)) } : {})),
      set: vi.fn(async (items: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(items)) {
          const oldValue = storage.get(key);
          storage.set(key, structuredClone(value));
          for (const listener of listeners) listener({ [key]: { newValue: structuredClone(value), oldValue } }, 'sync');
        }
      }),
    },
    onChanged: {
      addListener: vi.fn((listener: (typeof listeners)[number]) => listeners.push(listener)),
      removeListener: vi.fn((listener: (typeof listeners)[number]) => {
        const index = listeners.indexOf(listener);
        if (index >= 0) listeners.splice(index, 1);
      }),
    },
  },
};
