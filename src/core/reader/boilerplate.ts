import { HIDDEN_CLASSES } from './hidden';

// Boilerplate that is not tied to one site: page furniture recognised by the names sites give
// it (class, id, role) before Readability scores the page, and blocks recognised by what they
// say (a "Read more:" link, a newsletter plea, a copyright line) after it.

/** Class or id words of share bars, newsletter boxes, related lists, comments, ads, author bios. */
const FURNITURE = /(?:^|[-_\s])(?:share|sharing|sharebar|social|socials|newsletters?|subscribe|subscription|signup|related|recommended|recommendations|more-stories|most-?read|most-?popular|popular|trending|read-?more|also-?read|read-?next|comments?|disqus|advert|advertisement|adv|ads?|ad-?slot|gpt-ad|dfp|sponsored|promo|outbrain|taboola|author-?bio|author-?info|about-?the-?author|bio|breadcrumbs?|tags|tag-?list|cookie|consent|print-?only|sr-only|visually-?hidden|skip-?link)(?:$|[-_\s\d])/i;
/** Never the article, however much text they hold: consent dialogs, comment threads, recirculation widgets. */
const ALWAYS_FURNITURE = /(?:^|[-_\s])(?:cookie|cookies|consent|onetrust|gdpr|cmp|comment-list|disqus|outbrain|taboola|modal)(?:$|[-_\s\d])/i;
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'dialog', 'alert']);
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FORM', 'BUTTON', 'DIALOG']);
/** The page's margins, by tag or landmark role: menus, sidebars, footers. */
export const PAGE_MARGIN = 'nav, aside, footer, [role="navigation" i], [role="complementary" i], [role="contentinfo" i]';
/** An element holding this much paragraph text is the article, whatever its class says. */
const ARTICLE_SIZED = 1_500;
const MAX_REMOVALS = 2_000;
const MAX_VISITS = 100_000;

/** Class words that state something about the element (`tag-social-media`, `comments-enabled`), not what it is. */
const STATE_CLASS = /^(?:tag|tags|category|categories|has|is|with|no|js|post|format|type|status|page|single|template|hentry|topic|section|theme)[-_]|[-_](?:enabled|disabled|active|inactive|open|closed|hidden|visible|loaded|behind-paywall|count|wrapper-outer)$/i;

/**
 * The last word of a camel-case class ("c-posts--articleTrending", a Global News list of related
 * headlines inside the article): its capital is the separator the patterns ask for. Only the last
 * word: reading every capital as a break also took "shareBtn" and "mbArticleShareBtn" parts on
 * Readability's qq test page, and its Readability pass then kept a third less of the article.
 */
const CAMEL_LAST_WORD = /\p{Ll}(\p{Lu}\p{Ll}+)$/u;

export function isFurniture(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.tagName.toUpperCase())) return true;
  const role = element.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  return namesMatch(element, FURNITURE);
}

/** Boxes judged by their links: a list or panel of related stories or tags, a teaser's linked headline. */
const LINK_BOX_TAGS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'ASIDE', 'TABLE', 'DL', 'NAV', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A box holding more text than this is prose with links in it; its parts are judged on their own. */
const LINK_BOX_MAX_CHARS = 2_000;
const SPACES = /\s+/g;

/**
 * Page furniture inside an article element that Readability would have cleaned away: furniture
 * by name, or a box whose text is mostly links (related stories, a tag list).
 */
export function isFurnitureInArticle(element: Element): boolean {
  return isRemovableFurniture(element) || isLinkBox(element);
}

/** Furniture by name, unless it holds an article's worth of paragraphs (`ad-container article-content`). */
function isRemovableFurniture(element: Element): boolean {
  return isFurniture(element) && (alwaysFurniture(element) || paragraphText(element) < ARTICLE_SIZED);
}

function isLinkBox(element: Element): boolean {
  if (!LINK_BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const links = element.getElementsByTagName('a');
  if (links.length === 0) return false;
  const text = element.textContent ?? '';
  if (text.length > LINK_BOX_MAX_CHARS) return false;
  const total = text.replace(SPACES, '').length;
  if (total === 0) return false;
  let linked = 0;
  for (let index = 0; index < links.length; index++) linked += (links[index]!.textContent ?? '').replace(SPACES, '').length;
  return linked / total > 0.5;
}

function namesMatch(element: Element, pattern: RegExp): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (names.length < 2 || names.length > 600) return false;
  for (const token of names.split(/\s+/)) {
    // Hidden from sight by a utility class (the text is for screen readers, or shown later).
    if (HIDDEN_CLASSES.has(token.toLowerCase())) return true;
    if (token.length < 2 || token.length > 80 || STATE_CLASS.test(token)) continue;
    if (pattern.test(token)) return true;
    const lastWord = CAMEL_LAST_WORD.exec(token)?.[1];
    if (lastWord && pattern.test(lastWord)) return true;
  }
  return false;
}

/** Removes page furniture from a (cloned) document, sparing anything article-sized. */
export function removeFurniture(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let removed = 0;
  let visited = 0;
  // Depth first, never into a removed subtree.
  const stack: Element[] = [body];
  while (stack.length && removed < MAX_REMOVALS && visited < MAX_VISITS) {
    const element = stack.pop()!;
    visited++;
    if (element !== body && isRemovableFurniture(element)) {
      element.remove();
      removed++;
      continue;
    }
    const children = element.children;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return removed;
}

function alwaysFurniture(element: Element): boolean {
  return namesMatch(element, ALWAYS_FURNITURE);
}

function paragraphText(element: Element): number {
  let total = 0;
  const paragraphs = element.getElementsByTagName('p');
  for (let index = 0; index < paragraphs.length && total < ARTICLE_SIZED; index++) {
    total += (paragraphs[index]!.textContent ?? '').length;
  }
  return total;
}

const ADVERT_LABEL = /^(?:advertisement|advertising|advertisment|anzeige|publicit[ée]|sponsored( content)?|ad|story continues below( advertisement)?|continue reading below|article continues below)\s*:?$/i;
const READ_MORE = /^(?:related|related (?:articles?|stories|story|coverage|content|posts?|news|reading|links?)|read (?:more|also|next)|also read|see also|more on this(?: story)?|more from|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|you (?:may|might) also (?:like|be interested in)|watch(?: now)?|listen|lea (?:también|más)|lea|à lire aussi|lire aussi|lesen sie auch|mehr zum thema|leia (?:também|mais))\s*(?:[:|>»›–-]|$)/i;
const CALL_TO_ACTION = /^(?:click|tap|sign up|sign in|log in|subscribe|join|follow|download|get (?:the|our)|never miss|don'?t miss|we want to hear|tell us|support (?:our|us)|donate|become a (?:member|subscriber)|share (?:this|on)|like us|to view the full|already a subscriber|you can keep up|write a comment|leave a comment|submit (?:your|a) (?:letter|story|tip)|send us (?:your|a)|for the latest (?:stories|news|updates))\b/i;
const NEWSLETTER = /\b(?:sign(?:ing)? up|subscribe|subscription|subscribers?|newsletters?|inbox|download (?:our|the)\b.{0,40}\bapp|notifications)\b/i;
const SECOND_PERSON = /\b(?:you|your|please)\b/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\b(?:copyrighted property|written permission|may not be (?:re)?published|without permission)\b/i;
/**
 * Every word LABEL_LINE, READ_MORE and CALL_TO_ACTION can open with. A pattern costs milliseconds
 * to compile the first time it runs in a page; behind this set, most pages never compile them.
 */
const LINE_OPENERS = new Set([
  'category', 'categories', 'filed', 'tag', 'tags', 'tagged', 'topic', 'topics', 'release', 'posted', 'more',
  'related', 'read', 'also', 'see', 'recommended', 'most', 'trending', 'you', 'watch', 'listen', 'lea', 'à', 'lire',
  'lesen', 'mehr', 'leia', 'click', 'tap', 'sign', 'log', 'subscribe', 'join', 'follow', 'download', 'get', 'never',
  "don't", 'dont', 'we', 'tell', 'support', 'donate', 'become', 'share', 'like', 'to', 'already', 'write', 'leave',
  'submit', 'send', 'for',
]);
const FIRST_WORD = /^[^\s:|>»›–-]+/;
/** How a date line can open; the full DATE_LINE pattern runs only behind it. */
const DATE_LINE_OPENING = /^(?:[·•|\d]|published|posted|updated|last|first|modified|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const LABEL_LINE = /^(?:category|categories|filed under|tags?|tagged|topics?|release date|posted in|more about)\s*:?(?:\s|$)/i;
/** Every word COPYRIGHT, DISCLAIMER and NEWSLETTER look for, in one pattern. */
const MAY_BE_NOTICE = /©|\(c\)|copyright|rights reserved|permission|may not be|not responsible|necessarily reflect|views expressed|disclaimer|sign(?:ing)? up|subscri|newsletter|inbox|download|notifications/i;
const DISCLAIMER = /\b(?:is not responsible for|does not necessarily reflect|views expressed (?:here|in this)|disclaimer)\b/i;
const WORDS = /\S+/g;
// \S+ and \s+ never overlap, so this cannot backtrack more than once per word.
const OVER_50_WORDS = /^\s*(?:\S+\s+){50}\S/;
/** Longer than any label line (an advert label, a share bar, a reading time). */
const LABEL_CHARS = 80;
const READING_TIME = /^\d+\s*(?:min(?:ute)?s?|m)\s+read$/i;
const SHARE_LABEL = /^(?:share(?: this(?: article| story)?)?|share on \w+|tweet|email|print|facebook|twitter|linkedin|whatsapp|copy link|comments?(?: \(\d+\))?)\s*:?$/i;
const NAVIGATION_LABEL = /^(?:skip to (?:main )?content|main menu|menu|search|close|back to top|scroll to top|(?:duration|runtime)\s*:?\s*\d[\d:]*)$/i;
/**
 * A printed date line: "Published Jun 4, 2026 • 2 minute read", "14 hours ago", or a line that is
 * nothing but a date, a time, or both: "11 Jan 2019", "March 3, 2026, 2:54pm".
 */
const DATE_LINE = /^(?:(?:[·•|]\s*)?(?:published|posted|updated|last updated|first published|modified)\b.{0,120}|\d{1,2} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? \d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,? (?:at )?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?: [a-z]{2,5})?)?|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?: [a-z]{2,5})?)$/i;
/** Where a page's own text ends and its recirculation begins: "More in News", "Related stories". */
const TAIL_MARKER = /^(?:more (?:in|from|on|stories|news|articles|to read|like this)|related(?: (?:articles?|stories|coverage|content|posts?|news|reading))?|latest(?: (?:news|stories|articles))?|trending(?: now)?|most (?:read|popular|viewed|shared)|recommended(?: for you| reading)?|you (?:may|might) also (?:like|enjoy|be interested in)|read next|up next|further reading|editor'?s picks|top stories|support (?:the|our|us)\b.{0,40}|don'?t miss|popular (?:now|stories|articles))\s*:?$/i;
/** A credit line. (No Unicode property classes: with the `i` flag they cost milliseconds to compile, in every page.) */
const CREDIT_LINE = /^(?:(?:photo|photograph|image|picture|credit|photos|illustration|video|source)s?(?: by| credit)?\s*[:|/©]|(?:[^\d|/:©]{1,40} (?:via|for) )?(?:getty images|afp|reuters|ap photo|shutterstock|istock(?:photo)?|alamy|epa|pa images)(?:\s*\/\s*[^\d|/:©]{1,40})?$)/i;
/** "Jane Doe is a freelance writer based in Lisbon." closing an article: an author's biography. */
/** A cheap first test before AUTHOR_BIO, whose Unicode classes are costly to compile. */
const BIO_VERB = / (?:is|was) (?:a|an|the) /;
const AUTHOR_BIO = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:is|was) (?:a|an|the)\b.{0,200}\b(?:writer|journalist|reporter|author|editor|correspondent|founder|columnist|contributor|freelancer|producer|consultant)\b/u;

/** Whether a block is boilerplate by its words alone (short blocks only: long ones are prose). */
export function isBoilerplateText(text: string): boolean {
  if (OVER_50_WORDS.test(text)) return false;
  // Each pattern first, its word limit after: the patterns fail fast on prose, and counting the
  // words of every short paragraph would cost more than all of them.
  if (text.length <= LABEL_CHARS && (ADVERT_LABEL.test(text) || READING_TIME.test(text) || SHARE_LABEL.test(text) || NAVIGATION_LABEL.test(text))) return true;
  if (LINE_OPENERS.has(firstWord(text))) {
    if (LABEL_LINE.test(text) && countWords(text) <= 12) return true;
    if (READ_MORE.test(text) && countWords(text) <= 30) return true;
    if (CALL_TO_ACTION.test(text) && countWords(text) <= 35) return true;
  }
  // The patterns that search the whole block, behind one search for any of their words.
  if (!MAY_BE_NOTICE.test(text)) return false;
  if (COPYRIGHT.test(text) && countWords(text) <= 40) return true;
  if (DISCLAIMER.test(text)) return true;
  return NEWSLETTER.test(text) && SECOND_PERSON.test(text) && countWords(text) <= 35;
}

/** The block's first word, lower-cased, without the punctuation a label puts after it ("Related:"). */
function firstWord(text: string): string {
  return FIRST_WORD.exec(text)?.[0].toLowerCase() ?? '';
}

// Line tests for the cleaning of the body, each behind its cheap guards: a long pattern costs
// milliseconds to compile the first time it runs in a page, and most blocks fail the guard.

/** A photo or agency credit printed as a line of its own. */
export function isCreditLine(text: string): boolean {
  return text.length < 120 && CREDIT_LINE.test(text);
}

/** A printed date line, or a line that is only a date or a time. */
export function isDateLine(text: string): boolean {
  return text.length < 140 && DATE_LINE_OPENING.test(text) && DATE_LINE.test(text);
}

/** A heading that opens the recirculation after the story ("More in News"). */
export function isTailMarker(text: string): boolean {
  return text.length < 60 && TAIL_MARKER.test(text);
}

/** A closing author's biography ("Jane Doe is a freelance writer based in Lisbon."). */
export function isAuthorBio(text: string): boolean {
  return text.length < 400 && BIO_VERB.test(text) && AUTHOR_BIO.test(text);
}

/** The number of words (of a block already known to have at most 50). */
function countWords(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}
