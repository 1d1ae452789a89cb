import type { PortableTextMap } from '../core/reader/portable-map';
import type { SheetMarks } from './sheet-marks';
import type { ArticleMeta, Detection, FactSheet } from '../core/types';

// Every message the extension's parts send each other, declared once. Names say their
// direction: `popup:` (popup → background), `bg:` (background → content script),
// `cs:` (content script → background).

/** What the content script knows about its page, as the popup shows it. */
export type SheetState =
  | { status: 'analysing' }
  | { status: 'ready'; sheet: FactSheet }
  | { status: 'not-article'; detection: Detection; meta: ArticleMeta }
  | { status: 'unsupported'; reason: string }
  | { status: 'error'; message: string };

/** The background's reading of a page the content script serialised. */
export type PageReading =
  /** `sheet` is the FactSheet as JSON text (see sheet-marks.ts for why); `marks` what highlighting needs at once. */
  | { status: 'ready'; sheet: string; marks: SheetMarks; map: PortableTextMap }
  | { status: 'not-article'; detection: Detection; meta: ArticleMeta }
  | { status: 'error'; message: string };

export type ItemKind = 'figure' | 'date' | 'quote' | 'source';

/** One report of the same story by another outlet. */
export interface RelatedItem {
  url: string;
  title: string;
  outlet: string;
  /** ISO date-time, when the service gives one. */
  published: string | null;
  snippet: string | null;
  /** Which services returned it. */
  services: string[];
  /** Figures and dates in its headline or snippet compared with this article's. */
  comparisons: { kind: 'figure' | 'date'; theirs: string; ours: string; note: string }[];
}

/** A service that could not answer, and why, in the reader's words. */
export interface ServiceFailure {
  service: string;
  message: string;
}

/**
 * Related coverage as the panel shows it; every failure is a state, never an exception.
 * While services are still working the state names them (`pending`), and the panel is sent a
 * new state as each one answers.
 */
export type RelatedState =
  | { status: 'off' }
  | { status: 'loading'; pending?: string[]; failures?: ServiceFailure[] }
  /** The services' hosts are optional permissions not granted yet: the panel asks on a click. */
  | { status: 'needs-permission'; origins: string[] }
  | { status: 'ready'; items: RelatedItem[]; query: string; failures: ServiceFailure[]; pending: string[] }
  | { status: 'error'; message: string; retryAfterSeconds?: number };

/** The panel's request for related coverage, sent over a port named RELATED_PORT. */
export interface RelatedPortRequest {
  sheet: FactSheet;
  retry: boolean;
}

/**
 * Related coverage streams over a port rather than a one-answer message: the background posts a
 * RelatedState each time a service answers, the last with no service pending.
 */
export const RELATED_PORT = 'footnote:related';

export interface MessageMap {
  /** The fact sheet of a tab; `force` analyses a page that detection turned down. */
  'popup:get-sheet': { request: { tabId: number; force?: boolean }; response: SheetState };
  /** Scroll the tab to an item, flash it and open its card. */
  'popup:reveal': { request: { tabId: number; kind: ItemKind; id: string }; response: { ok: boolean } };
  'bg:get-sheet': { request: { force?: boolean }; response: SheetState };
  'bg:reveal': { request: { kind: ItemKind; id: string }; response: { ok: boolean } };
  'bg:command': { request: { command: string }; response: { ok: boolean } };
  /** The content script's state changed (for the toolbar badge). */
  /**
   * Read and analyse the page, serialised by its content script, off the page's main thread.
   * `force` reads a page that detection turned down.
   */
  'cs:read-page': {
    /** `partsId`: the page's first parts went ahead in `cs:page-part` messages; `html` is the last. */
    request: { html: string; url: string; force: boolean; partsId?: string };
    response: PageReading;
  };
  /** One part of a page too large for one message (see page-parts.ts). */
  'cs:page-part': { request: { partsId: string; text: string }; response: { ok: boolean } };
  'cs:state': { request: { status: SheetState['status']; figures: number }; response: { ok: boolean } };
  /** The reader asked, from a hover card, to see an item in the panel. */
  /** The item the hover card asked the panel to show, taken once by the popup when it opens. */
  'popup:pending-focus': { request: { tabId: number }; response: { kind: ItemKind; id: string } | null };
  'cs:open-panel': { request: { kind: ItemKind; id: string }; response: { ok: boolean } };
}

export type MessageType = keyof MessageMap;
export type Request<K extends MessageType> = MessageMap[K]['request'];
export type Response<K extends MessageType> = MessageMap[K]['response'];
export type Message<K extends MessageType = MessageType> = { type: K } & Request<K>;

const TYPES: readonly MessageType[] = [
  'popup:get-sheet', 'popup:reveal', 'bg:get-sheet', 'bg:reveal', 'bg:command', 'cs:state',
  'cs:open-panel', 'cs:read-page', 'cs:page-part', 'popup:pending-focus',
];

/** A message from one of our own parts, with a known type; anything else is ignored. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && TYPES.includes((value as { type?: unknown }).type as MessageType);
}

export function message<K extends MessageType>(type: K, request: Request<K>): Message<K> {
  return { type, ...request } as Message<K>;
}
