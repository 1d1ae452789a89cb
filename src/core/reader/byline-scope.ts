import { isOutOfSight } from './hidden';

// Which bylines on a page belong to its article. A page prints many: the story's own, and one
// under every teaser in the related, trending and "more from" boxes around it, in the sidebar
// and in the comments. A byline counts when it sits in none of those, and then only the first
// byline block that names a person, with the bylines beside it ("By <a>X</a> and <a>Y</a>").

/** Boxes around an article whose bylines are other stories' (or commenters'), by class or id. */
const FURNITURE = /related|recommend|comment|sidebar|teaser|trending|popular|most-read|more-stories|widget|promo/i;
/** A picture and its caption: an "author" there is the photographer's ("<span class="img-author">"). */
const PICTURE_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE']);
const WRITER_BOX = /author|byline|writer/i;
const PICTURE_CREDIT = /(?:^|[-_\s])(?:img|image|photo|picture|pic|figure|caption)[-_]?(?:author|credit|byline|source)s?(?:$|[-_\s])/i;
const HEADING = 'h2, h3, h4, h5, h6';
/** An <article> without the headline and with less text than this is another story's teaser. */
const TEASER_CHARS = 1500;
/** A link text this long is a headline, not a name. */
const HEADLINE_LINK_CHARS = 40;
/** How far up from the first byline the rest of its block may sit. */
const BLOCK_LEVELS = 3;
/** A byline block holds names, roles and dates, not paragraphs. */
const BLOCK_CHARS = 600;
const MAX_DEPTH = 40;

/** What a byline sits in, found in one walk up the tree (the nearest of each). */
interface Ancestry {
  furniture: Element | null;
  margin: Element | null;
  marginInArticle: boolean;
  item: Element | null;
  article: Element | null;
  picture: boolean;
}

function ancestry(element: Element): Ancestry {
  const found: Ancestry = { furniture: null, margin: null, marginInArticle: false, item: null, article: null, picture: false };
  for (let box: Element | null = element, depth = 0; box && depth < MAX_DEPTH; box = box.parentElement, depth++) {
    const tag = box.tagName.toUpperCase();
    const names = `${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`;
    if (!found.furniture && (tag === 'NAV' || FURNITURE.test(names))) found.furniture = box;
    // A figure classed as the byline is the writer's portrait with the name as its caption.
    if ((PICTURE_TAGS.has(tag) && !WRITER_BOX.test(`${names} ${box.parentElement?.getAttribute('class') ?? ''}`)) || PICTURE_CREDIT.test(names)) found.picture = true;
    if (tag === 'ASIDE' || tag === 'FOOTER') found.margin ??= box;
    else if (found.margin && (tag === 'ARTICLE' || tag === 'MAIN')) found.marginInArticle = true;
    if (tag === 'LI') found.item ??= box;
    if (tag === 'ARTICLE') found.article ??= box;
  }
  return found;
}

/** A name in a picture's caption or credit: the photographer's, not the writer's. */
export function inPictureCredit(element: Element): boolean {
  return ancestry(element).picture;
}

/** The elements matching `selector` that are not in another story's teaser or the page's furniture. */
export function articleBylines(doc: Document, selector: string, limit: number): Element[] {
  const headlines = Array.from(doc.querySelectorAll('h1')).slice(0, 5);
  const holdsHeadline = (box: Element) => headlines.some((h1) => box.contains(h1));
  const severalArticles = doc.querySelectorAll('article').length > 1;
  const out: Element[] = [];
  // Every byline in one list asks the same question of it: answered once per list.
  const menus = new Map<Element, boolean>();
  const elements = doc.querySelectorAll(selector);
  for (let index = 0; index < Math.min(elements.length, limit * 4) && out.length < limit; index++) {
    const element = elements[index]!;
    const around = ancestry(element);
    // A class such as "has-comments" on the page's own wrapper holds the headline too: not furniture.
    if (around.furniture && !holdsHeadline(around.furniture)) continue;
    if (around.picture) continue;
    // An <aside> or <footer> inside the article (a byline box beside the text) is the article's own.
    if (around.margin && !around.marginInArticle) continue;
    // A list item with its own heading or headline link is a teaser; one of a row of bare links is the site's menu.
    const item = around.item;
    if (item && !holdsHeadline(item) && (item.querySelector(HEADING) || hasHeadlineLink(item) || inMenu(item, menus))) continue;
    // So is another <article>: the story's own may start below a headline printed above it, but a teaser is short.
    const article = around.article;
    if (article && severalArticles && headlines.length && !holdsHeadline(article) && (article.textContent ?? '').length < TEASER_CHARS) continue;
    out.push(element);
  }
  return out;
}

/** A menu has this many items or more, each one link: a site's sections, never one story's writers. */
const MENU_ITEMS = 6;
/** A menu item's link text is a word or two. */
const MENU_ITEM_CHARS = 30;

/** An item of a list of short links, as a site's menu is ("News", "Video", "Bylines", …). */
function inMenu(item: Element, menus: Map<Element, boolean>): boolean {
  const list = item.parentElement;
  if (!list || list.children.length < MENU_ITEMS) return false;
  let menu = menus.get(list);
  if (menu === undefined) {
    menu = true;
    for (let index = 0; index < Math.min(list.children.length, 20) && menu; index++) {
      const entry = list.children[index]!;
      // A menu item is a link, perhaps wrapped once: an item with more in it is no menu's.
      menu = entry.children.length <= 2 && entry.getElementsByTagName('a').length === 1 && (entry.textContent ?? '').trim().length <= MENU_ITEM_CHARS;
    }
    menus.set(list, menu);
  }
  return menu;
}

/** A link with a headline's length of text: a teaser's (an author's link holds a name). */
function hasHeadlineLink(item: Element): boolean {
  const links = item.getElementsByTagName('a');
  for (let index = 0; index < Math.min(links.length, 20); index++) {
    if ((links[index]!.textContent ?? '').trim().length >= HEADLINE_LINK_CHARS) return true;
  }
  return false;
}

/** The first element that names a person, with the others in its block (a few levels up). */
export function firstBylineBlock(elements: Element[], namesPerson: (element: Element) => boolean): Element[] {
  const first = elements.find(namesPerson);
  if (!first) return [];
  let block: Element = first;
  // Up a few levels, never into the story's text (a weekly edition prints one byline per story).
  for (let level = 0; level < BLOCK_LEVELS; level++) {
    const parent = block.parentElement;
    if (!parent || parent.tagName.toUpperCase() === 'BODY' || (parent.textContent ?? '').length > BLOCK_CHARS) break;
    block = parent;
  }
  return elements.filter((element) => block.contains(element));
}

/** A line break ends a line as a block does: "By JO MILLS<br>AP Science Writer" is a name, then a role. */
const BLOCK_TAGS = new Set(['LI', 'DIV', 'P', 'UL', 'OL', 'DD', 'DT', 'TR', 'TD', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'BR']);
const CONTROL_TAGS = new Set(['BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);

/** A space after the text so far, unless it ends in one. */
const space = (text: string) => (/\s$/.test(text) ? '' : ' ');
const LEAD_WORD = /^\s*(?:by|par|von|por|door|di|av|af)\s*:?\s*$/i;

/**
 * A byline's text with its blocks apart: "<li>Nora Quist</li><li>Owen Lark</li>" is "Nora Quist,
 * Owen Lark", where `textContent` runs them together into one name-shaped "Nora QuistOwen Lark".
 */
export function bylineText(element: Element, depth = 0): string {
  if (depth > 4) return element.textContent ?? '';
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    // "<span>By</span>amir shah": the lead word in an element of its own is a word apart from the name after it.
    if (node.nodeType === 3) text += (node.previousSibling?.nodeType === 1 && LEAD_WORD.test(node.previousSibling.textContent ?? '') ? space(text) : '') + (node.textContent ?? '');
    else if (node.nodeType === 1) {
      const child = node as Element;
      // A copy of the name kept for screen readers or a narrow screen ("<a>Jo</a><span class="d-none">Jo</span>") would double it.
      if (isOutOfSight(child)) continue;
      // A control in the author box ("Message", "Follow") is no word of the byline.
      if (CONTROL_TAGS.has(child.tagName.toUpperCase())) continue;
      const block = BLOCK_TAGS.has(child.tagName.toUpperCase());
      // Two elements side by side are two words, set apart by the page's style: "<span>and</span><a>Jo Mills</a>".
      const apart = node.previousSibling?.nodeType === 1 ? space(text) : '';
      text += block ? `, ${bylineText(child, depth + 1)}, ` : apart + bylineText(child, depth + 1);
    }
  }
  // Tidied once, at the top: a child's own edge spaces ("<span>By </span>") stay.
  return depth ? text : text.replace(/\s*,[\s,]*,\s*/g, ', ').replace(/^[\s,]+|[\s,]+$/g, '');
}
