// What benchmarks call inside the page: the core's steps and the Readability baseline.
export { Readability, isProbablyReaderable } from '@mozilla/readability';
export { analyzeDocument } from '../../src/core/pipeline';
export { readArticle, detectArticle, readJsonLd, readMetadata, readMainText } from '../../src/core/reader/index';
