// In-page highlights and their hover card: the content script's entry point for both.
export { Highlights, type HighlightsOptions } from './controller';
