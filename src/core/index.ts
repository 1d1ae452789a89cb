// The analysis core's public surface: pure TypeScript, no extension APIs.
export { analyzeDocument, analyzeReadPage, analyzeText, readDocument } from './pipeline';
export { emptyMeta } from './meta';
export type { AnalyzeOptions, DocumentAnalysis, DocumentRead, ReadPage, TextOptions } from './pipeline';
export { detectArticle, readJsonLd } from './reader/index';
export { TextMap } from './reader/text-map';
export type * from './types';
