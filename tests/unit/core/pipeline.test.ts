import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeReadPage, readDocument } from '../../../src/core/index';
import { loadDocument } from '../../helpers/load-fixture';

// The pipeline's split: the content script reads the page (DOM) and the background extracts
// (plain data crossing a message channel). Both halves together must give what one call gives.

const ARTICLE_URL = 'https://coastalcourier.example/news/2026/03/12/harbour-bridge-repairs-cost';

describe('the analysis pipeline', () => {
  it('gives the same sheet read-then-extract as in one call, through a JSON round trip', () => {
    const whole = analyzeDocument(loadDocument('pages/harbor-bridge-budget.html'), { url: ARTICLE_URL }).sheet;
    const { page, map } = readDocument(loadDocument('pages/harbor-bridge-budget.html'), { url: ARTICLE_URL });
    const split = analyzeReadPage(JSON.parse(JSON.stringify(page)));
    expect(split).toEqual(whole);
    expect(map?.size).toBeGreaterThan(0);
    expect(split.figures.map((figure) => figure.text)).toContain('£48 million');
  });

  it('says "not an article" without reading metadata when asked for the quick no', () => {
    const { page, map } = readDocument(loadDocument('pages/section-front.html'), { url: 'https://coastalcourier.example/news', quickNo: true });
    expect(page.detection.isArticle).toBe(false);
    expect(page.main).toBeNull();
    expect(map).toBeNull();
    expect(page.meta.title).toBe('News | The Coastal Courier');
    expect(page.meta.publisher).toBeNull();
    expect(analyzeReadPage(page).figures).toEqual([]);
  });

  it('reads a page that is not an article when forced ("analyse anyway")', () => {
    const { page } = readDocument(loadDocument('pages/section-front.html'), { url: 'https://coastalcourier.example/news', force: true });
    expect(page.main?.text).toContain('School places');
    expect(page.meta.publisher).toBe('The Coastal Courier');
  });
});
