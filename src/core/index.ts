// The analysis core's public surface: pure TypeScript, no extension APIs.
export { analyzeDocument, analyzeText, emptyMeta } from './pipeline';
export type { AnalyzeOptions, DocumentAnalysis, TextOptions } from './pipeline';
export { detectArticle, readJsonLd } from './reader/index';
export { TextMap } from './reader/text-map';
export type * from './types';
