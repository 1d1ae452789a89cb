import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle, readJsonLd } from '../../../src/core/reader/index';
import { READER_FIXTURES, readerFixture } from './helpers';

const manifest = JSON.parse(readFileSync(join(READER_FIXTURES, 'detection', 'manifest.json'), 'utf8')) as { file: string; url: string; isArticle: boolean }[];

describe('detection on fixture pages', () => {
  for (const item of manifest) {
    it(`${item.file} → ${item.isArticle ? 'article' : 'not an article'}`, () => {
      const doc = readerFixture(join('detection', item.file));
      expect(detectArticle(doc, item.url, readJsonLd(doc).nodes).isArticle).toBe(item.isArticle);
    });
  }

  it('the syndicated WordPress article is an article', () => {
    const doc = readerFixture('wordpress-syndicated.html');
    expect(detectArticle(doc, 'https://pacificnews.example/harbour-ferry-fares-to-rise-12-per-cent-from-april/', readJsonLd(doc).nodes).isArticle).toBe(true);
  });
});

describe('a "no" is decided without the text-density pass', () => {
  for (const file of ['home.html', 'product.html', 'recipe.html', 'video.html', 'search-results.html']) {
    it(`${file} is decided on cheap signals`, () => {
      const item = manifest.find((entry) => entry.file === file)!;
      const doc = readerFixture(join('detection', file));
      const signals = detectArticle(doc, item.url, readJsonLd(doc).nodes).signals;
      expect(signals.some((signal) => signal.includes('text-density'))).toBe(false);
    });
  }
});
