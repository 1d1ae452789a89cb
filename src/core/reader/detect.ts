import { isProbablyReaderable } from '@mozilla/readability';
import { headlineLinks, longestBodyRun } from './body-run';
import { repeatedItemsAround } from './repeated-items';
import type { Detection } from '../types';
import { ARTICLE_TYPES, type JsonObject, typesOf } from './json-ld';
import { numberedSections, pictureOnlyBody } from './page-kinds';
import { sitePagePath, sitePageTitle } from './site-pages';

// Is this page a news article? Asked on every page the user visits, so the signals are read
// cheapest first: the JSON-LD already parsed, a handful of meta tags and selectors, the URL. A
// page whose structured data says it is a product, recipe, video, gallery, listing or forum is
// a "no" at once; the text-density check (Readability's isProbablyReaderable, one pass over
// the paragraphs) runs only when the cheap signals leave the question open.

/** Decisive on their own (og:type=article is on every WordPress post, recipes included). */
const DECISIVE_TYPES = new Set([
  'product', 'productgroup', 'recipe', 'discussionforumposting', 'searchresultspage', 'qapage', 'profilepage',
  'jobposting', 'realestatelisting', 'checkoutpage', 'softwareapplication', 'aboutpage', 'contactpage',
]);

/** The main entity of these is not a news article, unless an article node says otherwise. */
const NOT_ARTICLE_TYPES = new Set([
  'videoobject', 'imagegallery', 'mediagallery', 'collectionpage', 'searchresultspage', 'product', 'productgroup',
  'recipe', 'discussionforumposting', 'qapage', 'profilepage', 'event', 'jobposting', 'itemlist', 'realestatelisting',
  'checkoutpage', 'howto', 'course', 'softwareapplication', 'movie', 'book', 'aboutpage', 'contactpage',
]);

const LISTING_PATH = /^\/?$|^\/(?:index\.\w+|home|[a-z]{2,20}(?:-[a-z]{2,20})?)(?:\/[a-z]{2,20}(?:-[a-z]{2,20})?)?\/?$|\/(?:tag|tags|topic|topics|category|categories|section|sections|search|author|authors|page\/\d+|archive|archives)(?:\/[^/.]*)*\/?$/i;
const MEDIA_PATH = /\/(?:video|videos|watch|live-?tv|tv|gallery|galleries|photos|pictures|in-pictures|slideshow|podcasts?|audio)(?:\/|$)/i;
const OTHER_PATH = /\/(?:login|log-in|signin|sign-in|signup|register|account|subscribe|checkout|cart|shop|store|products?|recipes?|forums?|threads?|t|community|questions)(?:\/|$)/i;
const ARTICLE_PATH = /\/(?:19|20)\d{2}[/-]\d{1,2}[/-]|\/(?:news|story|stories|article|articles|politics|world|business|opinion|a|p)\/[^/]*\d|[a-z0-9]+(?:-[a-z0-9]+){3,}(?:\.html?)?\/?$|\d{5,}(?:\.html?)?\/?$/i;
/**
 * The items of a recipe card. Spelled out case by case, not with the `i` flag: a case-insensitive
 * substring match on every element's class took 3 ms a page in Chromium, half the cost of a "no".
 */
const RECIPE_INGREDIENT = ['[itemprop="recipeIngredient"]', '[itemprop="ingredients"]',
  ...['li', 'p', 'span'].flatMap((tag) => [`${tag}[class*="ingredient"]`, `${tag}[class*="Ingredient"]`])].join(', ');
/**
 * A player: the tag itself, or the box a script fills with one. Spelled out case by case, not
 * with the `i` flag, for the cost RECIPE_INGREDIENT above tells of.
 */
const MEDIA_PLAYER = ['video', 'audio', ...['media-player', 'video-player', 'audio-player', 'mediaplayer', 'videoplayer', 'mediaPlayer', 'videoPlayer', 'MediaPlayer', 'VideoPlayer']
  .map((name) => `[class*="${name}"]`)].join(', ');
/** A clip's caption or summary runs to a few sentences. */
const MAX_CAPTION_CHARS = 1000;
/** This many linked headlines around a short text make a listing. */
const TEASER_HEADLINES = 8;
/**
 * The site's root with a query naming one item by number: a blog's plain permalink ("/?p=959",
 * WordPress's default) or a script's story id ("/index.php?id=4512"). Its path alone reads as the
 * front page. Below the root, "?p=2" is as often a listing's second page.
 */
const ROOT_PATH = /^\/(?:index\.\w+)?$/i;
const ITEM_QUERY = /[?&](?:p|id|post|story|article|news|newsid|articleid|storyid|itemid)=\d+\/?(?:&|$)/i;
const SEARCH_QUERY = /[?&](?:q|query|s|search|keywords?)=/i;

export function detectArticle(doc: Document, url: string | null, jsonLd: JsonObject[]): Detection {
  const signals: string[] = [];
  let score = 0;

  // 1. Structured data: the strongest signal either way.
  const types = new Set(jsonLd.flatMap(typesOf));
  const articleType = [...types].find((type) => ARTICLE_TYPES.has(type)) ?? microdataArticle(doc);
  // A product with a review attached is the subject of a review article, not a shop page.
  const reviewed = types.has('review') || types.has('criticreview');
  // A node that names another page as its address is a widget's item (an events calendar, a
  // shop box in the sidebar), not what this page is.
  const ownPath = pathOf(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'));
  const mainTypes = new Set(jsonLd.filter((node) => !ownPath || !elsewhere(node.url, ownPath)).flatMap(typesOf));
  const blockingType = [...mainTypes].find((type) => NOT_ARTICLE_TYPES.has(type) && !(reviewed && type === 'product')) ?? microdataBlocking(doc);
  const ogType = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]')?.getAttribute('content')?.trim().toLowerCase();
  const ogArticle = ogType === 'article' || ogType === 'newsarticle';
  if (blockingType && !articleType && (!ogArticle || DECISIVE_TYPES.has(blockingType.replace(/^microdata:/, '')))) return finish(-1, [`json-ld:${blockingType}`]);
  if (articleType) {
    score += 0.6;
    signals.push(`json-ld:${articleType}`);
  }
  if (blockingType) {
    if (!articleType) score -= 0.6;
    signals.push(`json-ld:${blockingType}`);
  }

  // 2. Meta tags.
  if (ogArticle) {
    score += 0.3;
    signals.push('og:type=article');
  } else if (ogType && /^(?:video|music|product|book|profile|place|restaurant|business)/.test(ogType)) {
    if (!articleType) return finish(-1, [`og:type=${ogType}`]);
    score -= 0.3;
    signals.push(`og:type=${ogType}`);
  } else if (ogType === 'website') {
    score -= 0.05;
    signals.push('og:type=website');
  }
  const publishedMeta = doc.querySelector('meta[property="article:published_time" i], meta[name="article:published_time" i]') !== null;
  if (publishedMeta) {
    score += 0.2;
    signals.push('article:published_time');
  }

  // 3. The URL's shape.
  const parsed = parseUrl(url);
  let mediaOrListing = false;
  if (parsed) {
    if (SEARCH_QUERY.test(parsed.search) && /search|find|results/i.test(parsed.pathname + parsed.search)) {
      return finish(-1, [...signals, 'url:search']);
    }
    // A site's about, contact or legal page is none of its stories, whatever engine prints it.
    if (sitePagePath(parsed.pathname)) {
      if (!articleType) return finish(-1, [...signals, 'url:site-page']);
      score -= 0.5;
      signals.push('url:site-page');
    } else if (OTHER_PATH.test(parsed.pathname)) {
      score -= 0.5;
      signals.push('url:not-news');
    } else if (MEDIA_PATH.test(parsed.pathname)) {
      score -= 0.4;
      mediaOrListing = true;
      signals.push('url:media');
    } else if (ARTICLE_PATH.test(parsed.pathname) || (ROOT_PATH.test(parsed.pathname) && ITEM_QUERY.test(parsed.search))) {
      score += 0.15;
      signals.push('url:article-like');
    } else if (LISTING_PATH.test(parsed.pathname)) {
      score -= 0.5;
      mediaOrListing = true;
      signals.push('url:front-or-listing');
    }
  }

  // 4. Cheap page structure: a login form, a page of teasers, a reply box.
  // A sign-in box sits in many article pages' headers too: only a nudge.
  if (doc.querySelector('input[type="password" i]')) {
    score -= 0.15;
    signals.push('password-form');
  }
  const teasers = doc.querySelectorAll('article').length;
  if (teasers >= 4 && !articleType) {
    // A page that calls itself a website, not an article, and holds many <article> teasers is a front.
    score -= ogType === 'website' ? 0.4 : 0.15;
    signals.push(`listing:${teasers}-articles`);
  } else if (doc.querySelector('article time[datetime], [itemprop="datePublished"]')) {
    score += 0.1;
    signals.push('article-markup');
  }

  // 5. The body: a run of prose paragraphs side by side, which every article has and section
  // fronts, galleries, video and podcast pages do not (one pass over the paragraphs).
  const run = longestBodyRun(doc);
  // Class-name matches are the dearest queries here, and they can only turn a "yes" into a "no":
  // they are asked only of a page that may still be called an article (some prose, or article
  // signals). A page with neither is a "no" whatever they find.
  if (!articleType && (run.chars >= 300 || score >= 0.2)) {
    // A recipe card: a list of ingredients, however the site spells its classes (recipe plugins
    // and microformats all name them so). Recipes with no schema.org Recipe still have one.
    if (doc.querySelectorAll(RECIPE_INGREDIENT).length >= 3) {
      score -= 0.5;
      signals.push('recipe-card');
    }
    if (doc.querySelector('.postbody, .post-body-forum, .forum-post, .message-body, [class*="forum" i], [itemtype*="DiscussionForum" i]') && doc.querySelectorAll('[class*="post" i][id]').length >= 3) {
      score -= 0.25;
      signals.push('forum-thread');
    }
  }
  // The prose is one slide, post, comment or teaser of many: a gallery, thread or listing. A page
  // whose structured data says it is an article (a live blog's posts, a how-to's steps) is left be.
  const repeated = articleType ? null : repeatedItemsAround(run.parent);
  if (repeated) {
    score -= 0.3;
    mediaOrListing = true;
    signals.push(`repeated-items:${repeated.items}x${repeated.medianParagraphs}p`);
  }
  // One long block of text (set with <br>, or one unclosed <p>) is a body too.
  const fullBody = (run.paragraphs >= 4 && run.chars >= 600) || run.chars >= 2000;
  const someBody = (run.paragraphs >= 2 && run.chars >= 350) || run.chars >= 700;
  // A few paragraphs amid many teaser headlines: a topic or section page's introduction. A
  // story with a full body may have as many related links; a short one seldom.
  if (!fullBody && someBody && !articleType && !mediaOrListing) {
    const teaserHeadlines = headlineLinks(doc, TEASER_HEADLINES);
    if (teaserHeadlines >= TEASER_HEADLINES) {
      score -= 0.3;
      mediaOrListing = true;
      signals.push(`teaser-headlines:${teaserHeadlines}+`);
    }
  }
  // A caption's worth of text beside a media player is the clip's caption: a video or audio page,
  // whatever its address says (a story read aloud runs longer; a story with a clip at its head
  // carries an article's metadata, which outweighs this). Asked only of a short page that may
  // still be called an article.
  if (!fullBody && run.chars < MAX_CAPTION_CHARS && !articleType && !mediaOrListing && (someBody || score >= 0.2) && doc.querySelector(MEDIA_PLAYER)) {
    score -= 0.3;
    signals.push('media-player');
  }
  // The title names one of the site's own pages ("About us", "Terms of Service"): only structured
  // data that calls the page an article outweighs it.
  if (!articleType && sitePageTitle(doc)) {
    score -= 0.6;
    signals.push('title:site-page');
  }
  // A licence, terms of service or a policy: headings numbered as sections, and none of the
  // metadata a story or post carries (a listicle numbers its headings too, and has them).
  if (!articleType && !ogArticle && !publishedMeta && numberedSections(doc)) {
    score -= 0.5;
    signals.push('numbered-sections');
  }
  // An image's own page keeps the post's markup around a picture with no prose.
  if (!fullBody && !someBody && !longArticleBody(jsonLd) && pictureOnlyBody(doc)) {
    return finish(Math.min(score, 0.2) - 0.6, [...signals, 'picture-only-body']);
  }
  // A short page with no sign of being a listing or a media page: Readability's own check decides.
  const shortReadable = !fullBody && !someBody && !mediaOrListing && score >= 0.2
    && isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
  if (shortReadable) {
    score += 0.35;
    signals.push('short-readable');
  }
  if (!fullBody && !someBody && !shortReadable && run.chars < 300 && !longArticleBody(jsonLd)) {
    return finish(Math.min(score, 0.2) - 0.6, [...signals, `no-body:${run.paragraphs}p/${run.chars}c`]);
  }
  if (score >= 0.7 && !mediaOrListing && (fullBody || someBody)) return finish(score, signals);
  if (score <= -0.45) return finish(score, signals);
  if (fullBody) {
    // One slide or post of many is not the page's body, however long.
    score += repeated ? 0.1 : mediaOrListing ? 0.35 : 0.5;
    signals.push(`body:${run.paragraphs}p/${run.chars}c`);
  } else if (someBody || shortReadable) {
    if (shortReadable) return finish(score, signals);
    score += mediaOrListing ? 0.1 : 0.35;
    signals.push(`short-body:${run.paragraphs}p/${run.chars}c`);
  } else {
    score -= 0.45;
    signals.push(`no-body:${run.paragraphs}p/${run.chars}c`);
  }
  return finish(score, signals);
}

/** An article node that carries its whole text (some pages print the body from script). */
function longArticleBody(jsonLd: JsonObject[]): boolean {
  return jsonLd.some((node) => typeof node.articleBody === 'string' && node.articleBody.length >= 500);
}

function microdataArticle(doc: Document): string | undefined {
  const element = doc.querySelector('[itemtype*="schema.org/" i][itemtype*="Article" i], [itemtype*="schema.org/BlogPosting" i], [itemtype*="schema.org/LiveBlogPosting" i]');
  return element ? `microdata:${(element.getAttribute('itemtype') ?? '').replace(/^.*\//, '').toLowerCase()}` : undefined;
}

function microdataBlocking(doc: Document): string | undefined {
  const element = doc.querySelector('[itemtype*="schema.org/Product" i], [itemtype*="schema.org/Recipe" i], [itemtype*="schema.org/VideoObject" i], [itemtype*="schema.org/DiscussionForumPosting" i]');
  if (!element || element.closest('article, [itemprop="articleBody"]')) return undefined;
  return `microdata:${(element.getAttribute('itemtype') ?? '').replace(/^.*\//, '').toLowerCase()}`;
}

/** The path of an absolute address, without its query, fragment or trailing slash. */
function pathOf(address: string | null | undefined): string | null {
  const parsed = address ? parseUrl(address) : null;
  return parsed ? `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}` : null;
}

function elsewhere(address: unknown, ownPath: string): boolean {
  const path = typeof address === 'string' ? pathOf(address) : null;
  return path !== null && path !== ownPath;
}

function finish(score: number, signals: string[]): Detection {
  const clamped = Math.max(0, Math.min(1, 0.5 + score / 2));
  return { isArticle: score >= 0.3, score: Math.round(clamped * 100) / 100, signals };
}

function parseUrl(url: string | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
