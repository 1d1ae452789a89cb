import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection } from '../types';
import { ARTICLE_TYPES, type JsonObject, typesOf } from './json-ld';

// Is this page a news article? Asked on every page the user visits, so the cheap signals come
// first (JSON-LD types, OpenGraph, the URL) and the text-density check runs only when they
// disagree or say nothing.

const NOT_ARTICLE_TYPES = new Set([
  'videoobject', 'imagegallery', 'collectionpage', 'searchresultspage', 'product', 'recipe',
  'discussionforumposting', 'qapage', 'profilepage', 'itempage', 'event', 'jobposting',
]);

const NON_ARTICLE_PATH = /^\/?$|\/(tag|tags|topic|topics|category|categories|section|search|video|videos|gallery|galleries|photos|login|signin|account|subscribe|author|authors|shop|product|recipes?)(\/|$)/i;
const ARTICLE_PATH = /\/(19|20)\d{2}\/\d{1,2}\/|\/(news|story|article|articles|politics|world|business)\/[^/]+[-_][^/]+|[a-z0-9]+(-[a-z0-9]+){3,}(\.html?)?\/?$/i;

export function detectArticle(doc: Document, url: string | null, jsonLd: JsonObject[]): Detection {
  const signals: string[] = [];
  let score = 0;

  const types = new Set(jsonLd.flatMap(typesOf));
  const articleType = [...types].find((type) => ARTICLE_TYPES.has(type));
  const blockingType = [...types].find((type) => NOT_ARTICLE_TYPES.has(type));
  if (articleType) {
    score += 0.6;
    signals.push(`json-ld:${articleType}`);
  }
  if (blockingType && !articleType) {
    score -= 0.6;
    signals.push(`json-ld:${blockingType}`);
  }

  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.toLowerCase();
  if (ogType === 'article') {
    score += 0.3;
    signals.push('og:type=article');
  } else if (ogType && ogType !== 'website') {
    score -= 0.2;
    signals.push(`og:type=${ogType}`);
  }
  if (doc.querySelector('meta[property="article:published_time" i]')) {
    score += 0.2;
    signals.push('article:published_time');
  }
  if (doc.querySelector('article time[datetime], [itemtype*="Article" i]')) {
    score += 0.15;
    signals.push('article-markup');
  }

  const path = pathOf(url);
  if (path !== null && NON_ARTICLE_PATH.test(path)) {
    score -= 0.35;
    signals.push('url:front-or-listing');
  } else if (path !== null && ARTICLE_PATH.test(path)) {
    score += 0.15;
    signals.push('url:article-like');
  }

  // The cheap signals are clear: stop here.
  if (score >= 0.6 || score <= -0.4) return finish(score, signals);

  if (isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) {
    score += 0.35;
    signals.push('text-density');
  } else {
    score -= 0.35;
    signals.push('low-text-density');
  }
  return finish(score, signals);
}

function finish(score: number, signals: string[]): Detection {
  const clamped = Math.max(0, Math.min(1, 0.5 + score / 2));
  return { isArticle: score >= 0.3, score: Math.round(clamped * 100) / 100, signals };
}

function pathOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}
