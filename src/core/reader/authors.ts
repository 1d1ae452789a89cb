import { collapseWhitespace } from '../text/normalize';
import { articleBylines, bylineText, firstBylineBlock } from './byline-scope';
import { isCaselessName } from './caseless-names';
import { withoutPlaceWords } from './credit-places';
import { decodeEntities } from './entities';
import { type JsonObject, namesOf, textOf, typesOf } from './json-ld';

// Who wrote the article, from the most trusted source down: the JSON-LD article's authors
// (people only, followed through `@id` references), every author meta tag, the byline the page
// prints for this article (not the bylines of the teasers around it), a sign-off at the end
// ("Reporting by X; Writing by Y"), and last the wire service that signs the story.

// Agencies, desks, job titles, outlets ("The …"), share buttons and the author box's link to the writer's
// other pieces ("More Posts", "Alle Beiträge", "Mehr") stand where names do, but are not people.
const NOT_A_PERSON = /^(?:the\s.*|staff|reuters|ap|afp|dpa|ani|pti|ians|upi|pa|efe|xinhua|yonhap|bloomberg|cnn|bbc(?: news)?|associated press|agence france-presse|press association|agencies|guest(?: author)?|admin|administrator|editor|editors|web desk|news desk|editorial(?: board)?|anonymous|unknown|twitter|x|facebook|instagram|linkedin|whatsapp|telegram|youtube|tiktok|pinterest|reddit|threads|bluesky|mastodon|email|e-mail|mail|print|share|follow|subscribe|red\.?|rss|copy link|more|mehr|plus|m[áa]s|home|.*\b(?:staff|desk|team|reporters?|correspondents?|newsroom|wire|agencies|news service|service|contributors?|editors?|writers?|authors?|columnists?|producers?|photographers?|photos?|images|editorial|r[ée]daction|redaktion|redacci[oó]n|redazione|bureau|news|times|herald|gazette|tribune|journal|chronicle|magazine|media|online|network|moderators?|agenturen|posts|articles|artikel|beitr[äa]ge|autoren|auteurs|autores|autori)\b.*)$/i;
/** A firm's legal form or a foundation names the whole credit an organisation ("Harbour Verlag GmbH"), not a person's employer after the name. */
const FIRM = /\b(?:gmbh|ltd|inc|llc|plc|verlag|stiftung|foundation)\b/i;
// A middle name or nickname may stand in brackets: "Robert (Bob) Lane".
const NAME_SHAPED = /^[\p{Lu}\p{Lt}][\p{L}'’.-]*(?:\s+(?:(?:de|da|van|von|der|den|du|la|le|bin|al|el|di|y)\s+)*\(?[\p{Lu}\p{Lt}][\p{L}'’.-]*\)?){0,4}$/u;
/** Dublin Core writes a creator surname first: "Jong, Michiel de". */
const DUBLIN_CORE_CREATOR = ['dc.creator', 'dc:creator', 'dcterms.creator', 'dcterms:creator'];
const AUTHOR_META = ['author', 'article:author', ...DUBLIN_CORE_CREATOR, 'parsely-author', 'sailthru.author', 'dcsext.author', 'byl', 'cxenseparse:author', 'twitter:creator:name'];
const CATALOGUE_ORDER = /^([\p{Lu}][\p{L}'’-]+),\s+([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3})$/u;
const AGENCY = /^(?:reuters|associated press|the associated press|ap|afp|agence france-presse|dpa|efe|ansa|anadolu(?: agency)?|xinhua|yonhap|kyodo(?: news)?|pti|ians|ani|upi|press association|pa media|bloomberg(?: news)?|tass|ria novosti|apa|sda|epd|kna)$/i;
const PAGE_AUTHOR = '[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline__name, .author-name, .byline .author, .c-byline__author, [data-testid="author-name"]';
// "autor", "autore", "auteur": the byline's class in the CMSs of other languages.
const BYLINE = '[class*="byline" i], [class*="author" i], [class*="autor" i], [class*="auteur" i], [id*="byline" i]';
const WRITER_PAGE = /\/(?:author|authors|writer|writers)\//i;
const AUTHOR_LINK = 'a[href*="/author/" i], a[href*="/authors/" i], a[href*="/person/" i], a[href*="/people/" i], a[href*="/profile/" i]';

/** Every value of a meta tag, in page order (a page may carry one `author` meta per writer). */
export type MetaValues = (...names: string[]) => string[];

export function readAuthors(doc: Document, article: JsonObject | undefined, metaValues: MetaValues, publishers: string[], nodes: JsonObject[]): string[] {
  const publisherKeys = new Set(publishers.map((name) => name.toLowerCase()));
  // The `publisher` meta names the outlet too, even where the reader shows another of its names.
  const outlets = [...publishers, ...metaValues('publisher', 'dc.publisher')].map(outletKey).filter(Boolean);
  // The outlet's name as author is no person, unless the JSON-LD says so of a personal site's owner
  // (and the account it posts from is the owner's own, not "…/author/suelin/" posting as "Grenada Now").
  const typedPeople = new Set(personNames(article?.author ?? article?.creator, nodes, true)
    .filter((name) => name.includes(' ')).map((name) => name.toLowerCase()));
  // The name an administrator account posts under is printed in the byline too: no one's name.
  const accounts = new Set(accountNames(article?.author ?? article?.creator, nodes).map((name) => name.toLowerCase()));
  const headline = `${doc.title ?? ''} ${doc.querySelector('h1')?.textContent ?? ''}`.slice(0, 600);
  const people = (list: string[]) => uniqueNames(list.flatMap(splitByline))
    .filter((name) => (isPersonName(name) || isCaselessName(name, headline)) && !accounts.has(name.toLowerCase()) && (!namesOutlet(name, outlets) || typedPeople.has(name.toLowerCase())));
  // A byline is short: a box holding more (an author's biography, a whole story) is read as it stands.
  const text = (element: Element) => {
    const content = element.getAttribute('content');
    if (content) return content;
    const plain = element.textContent ?? '';
    return plain.length < 300 ? capitalisedByline(bylineText(element)) : plain;
  };
  const namesPerson = (element: Element) => text(element).length < 150 && people([text(element)]).length > 0;
  const fromJsonLd = personNames(article?.author ?? article?.creator, nodes);
  const catalogued = new Set(metaValues(...DUBLIN_CORE_CREATOR));
  // A paper's `citation_author` metas name exactly its writers (the scholarly convention), where
  // its `author` metas may list the authors of the works it cites.
  const cited = metaValues('citation_author');
  const fromMeta = cited.length ? cited.map(fromCatalogueOrder)
    : metaValues(...AUTHOR_META).map((value) => (catalogued.has(value) ? fromCatalogueOrder(value) : value));
  const fromPage = firstBylineBlock(articleBylines(doc, PAGE_AUTHOR, 40), namesPerson).map(text);
  const fromBylines = firstBylineBlock(articleBylines(doc, BYLINE, 60), namesPerson).map(text).filter((line) => line.length < 150);
  const authorLinks = articleBylines(doc, AUTHOR_LINK, 40);
  // A link to the writer's page ("/author/nora-quist") is a byline even in a box of no byline
  // class; a "/person/" or "/people/" link is as often a topic page on the story's subject.
  const fromLinks = firstBylineBlock(authorLinks.filter((link) => WRITER_PAGE.test(link.getAttribute('href') ?? '')), namesPerson).map(text);
  const printed = people([...fromPage, ...fromBylines, ...authorLinks.map(text)]);
  for (const list of [fromJsonLd, fromMeta, fromPage, fromBylines, fromLinks]) {
    const names = people(list);
    if (!names.length) continue;
    const wires = wiresBeside(list).filter((wire) => !publisherKeys.has(wire.toLowerCase()));
    return uniqueNames([...names.slice(0, 12).map((name) => asPrinted(name, printed)), ...wires]);
  }
  const leading = people(boldBylines(doc));
  if (leading.length) return leading.slice(0, 12);
  const labelled = people(labelledAuthors(doc));
  if (labelled.length) return labelled.slice(0, 12);
  const signedOff = people(signOffs(doc));
  if (signedOff.length) return signedOff.slice(0, 12);
  // No person: the wire service that signs the story ("Reuters") is its author, never the outlet
  // itself, unless the page prints it as the byline (a wire service's own site).
  const printedAs = (name: string) => articleBylines(doc, `${PAGE_AUTHOR}, ${BYLINE}`, 10)
    .some((element) => collapseWhitespace(text(element)).toLowerCase() === name.toLowerCase());
  const agency = uniqueNames([...namesOf(article?.author), ...fromMeta])
    .find((name) => AGENCY.test(name) && (!publisherKeys.has(name.toLowerCase()) || printedAs(name)));
  return agency ? [agency] : [];
}

/** The outlet's name with its address left out: "Deutsche Welle (www.dw.com)" is "deutsche welle". */
function outletKey(publisher: string): string {
  return collapseWhitespace(publisher.replace(/\([^()]{0,200}\)/g, ' ')).toLowerCase();
}

/**
 * The outlet, not a person: its name ("Deutsche Welle" for "Deutsche Welle (www.dw.com)"), or its
 * name of two words or more with a word before or after ("Jornal O Papel" for "O Papel").
 */
function namesOutlet(name: string, outlets: string[]): boolean {
  const key = collapseWhitespace(name).toLowerCase();
  return outlets.some((outlet) => key === outlet
    || (outlet.includes(' ') && (key.startsWith(`${outlet} `) || key.endsWith(` ${outlet}`))));
}

/** "By mark osborne and emily shapiro": a byline in small letters, set in capitals by the page's style. */
const SMALL_LETTER_BYLINE = /^[Bb]y\s*[:,]?\s+\p{Ll}[\p{Ll}\s,'’.-]*$/u;
const SMALL_WORD = /^(?:and|with|de|da|van|von|der|den|du|la|le|bin|al|el|di|y)$/;

/**
 * The byline with its names capitalised, when it is one in small letters led by "By", and every
 * part of it is a name of two or three words (or a wire): "By clicking accept, you agree" is none.
 */
function capitalisedByline(byline: string): string {
  if (byline.length > 150 || !SMALL_LETTER_BYLINE.test(byline.trim())) return byline;
  // A particle stays small ("van", "de"), but not joined by a hyphen ("al-haj" is "Al-Haj").
  const capitalised = byline.trim().replace(/\p{Ll}[\p{Ll}'’.]*/gu, (word, at: number, whole: string) => (
    SMALL_WORD.test(word) && whole[at - 1] !== '-' && whole[at + word.length] !== '-' ? word : word[0]!.toUpperCase() + word.slice(1)));
  const parts = splitByline(capitalised).filter((part) => !AGENCY.test(part));
  const named = parts.length > 0 && parts.every((part) => /^\S+(?:\s\S+){1,2}$/.test(part) && isPersonName(part));
  return named ? capitalised : byline;
}

/** "and", "with" or "&" between two credits: unlike a comma ("Ana Ruiz, Reuters"), it does not say whom the writer works for. */
const CO_CREDIT = /\s+(?:and|with|&)\s+/i;

/**
 * "Ana Ruiz and The Associated Press", a JSON-LD author list [Ana Ruiz, AP] (both entered as
 * authors, not the wire as an Organization): a wire service credited beside the writers, as a
 * co-author, wrote the story with them. "Ana Ruiz, Reuters" names the writer's employer instead.
 */
function wiresBeside(credits: string[]): string[] {
  return credits.flatMap((credit) => collapseWhitespace(decodeEntities(credit.slice(0, BYLINE_MAX_CHARS))).split(CO_CREDIT))
    .map((part) => part.replace(/^by\s+/i, '').replace(/[.;]+$/, '').trim())
    .filter((part) => AGENCY.test(part));
}

/** "Timothy Nerozzi" in the metadata is "Timothy H.J. Nerozzi" in the printed byline: the page's fuller form. */
function asPrinted(name: string, printed: string[]): string {
  const words = name.toLowerCase().split(/\s+/);
  const fuller = printed.find((other) => {
    const otherWords = other.toLowerCase().split(/\s+/);
    return otherWords.length > words.length && otherWords[0] === words[0] && otherWords[otherWords.length - 1] === words[words.length - 1];
  });
  return fuller ?? name;
}

/** "Jong, Michiel de" → "Michiel de Jong", "Kooman, F." → "F. Kooman"; a list of full names is left as it is. */
function fromCatalogueOrder(value: string): string {
  const match = CATALOGUE_ORDER.exec(collapseWhitespace(value));
  return match ? `${match[2]} ${match[1]}` : value;
}

/** How far into the story a byline set as a bold paragraph may sit (after a deck or two). */
const LEADING_PARAGRAPHS = 8;
const LEADING_BYLINE_CHARS = 80;

/**
 * A byline printed as the story's own bold paragraph, under the headline and deck: "<p><strong>Ana
 * Ruiz/Tom Hale</strong></p>". Every name in it must be a full name (two words or more), so a bold
 * dateline ("LISBON") or a bold lead-in is not taken for one.
 */
export function boldBylines(doc: Document): string[] {
  const elements = doc.querySelectorAll('h1, p');
  let afterHeadline = false;
  for (let index = 0, paragraphs = 0; index < elements.length && paragraphs < LEADING_PARAGRAPHS; index++) {
    const element = elements[index]!;
    if (element.tagName.toUpperCase() === 'H1') {
      afterHeadline = true;
      continue;
    }
    // A note's or a quote's bold first line ("Desktop app for Linux") is no byline.
    if (!afterHeadline || element.closest('blockquote')) continue;
    const text = collapseWhitespace(element.textContent ?? '');
    if (!text) continue;
    paragraphs++;
    if (text.length > LEADING_BYLINE_CHARS) continue;
    const bold = collapseWhitespace(Array.from(element.querySelectorAll('strong, b')).map((b) => b.textContent ?? '').join(' '));
    if (bold !== text) continue;
    const names = splitByline(text);
    if (names.length && names.every((name) => name.includes(' ') && isPersonName(name))) return [text];
  }
  return [];
}

/** The label of a field that holds the writer's name: "Author", "Written by", "Autor". */
const AUTHOR_LABEL = /^(?:authors?|written by|autor(?:in|en|\/in|\*in|:in|_in|innen)?|auteur|autore)\s*:?$/i;
const LABELS = 'strong, b, dt, th';
const MAX_LABELS = 2000;

/**
 * A field labelled as the writer's, in a list of the story's facts: "<li><strong>Author</strong>
 * Nora Quist</li>", "<dt>Author</dt><dd>Nora Quist</dd>". The label's row (or the cell after it)
 * holds the names.
 */
export function labelledAuthors(doc: Document): string[] {
  const labels = doc.querySelectorAll(LABELS);
  for (let index = 0; index < Math.min(labels.length, MAX_LABELS); index++) {
    const label = labels[index]!;
    const raw = label.textContent ?? '';
    if (raw.length > 20) continue;
    const own = collapseWhitespace(raw);
    if (!AUTHOR_LABEL.test(own)) continue;
    const tag = label.tagName.toUpperCase();
    const row = tag === 'DT' || tag === 'TH' ? label.nextElementSibling : label.parentElement;
    const value = collapseWhitespace((row?.textContent ?? '').slice(0, 200));
    const names = tag === 'DT' || tag === 'TH' ? value : value.slice(value.indexOf(own) + own.length);
    if (names.trim() && names.length < 150) return [names.replace(/^\s*:\s*/, '')];
  }
  return [];
}

const SIGN_OFF_CUE = /(?:reporting|reported|writing|written)\s+by\s/i;
const SIGN_OFF_PART = /^(?:additional\s+)?(?:reporting|reported|writing|written)\s+by\s+(.+)$/i;

/** A line this long is a byline at most. */
const HEAD_BYLINE_CHARS = 80;
/** Names, then the date after a bar or a dash: "Ana Ruiz | April 13, 2020". */
const DATE_AFTER = /\s[|·•–—-]\s/;

/**
 * The names of a line at the head of the story that is a byline by its shape, in no byline box:
 * led by "By" ("By Ana Ruiz", "By Ana Ruiz | 12/10/2020"), or names with the date after them
 * ("Ana Ruiz | April 13, 2020"). Every part must be a full name, so that "By Tuesday, the storm
 * had passed" or a subhead is none.
 */
export function headBylineNames(line: string): string[] {
  const text = collapseWhitespace(line);
  if (text.length > HEAD_BYLINE_CHARS) return [];
  if (!BYLINE_LEAD.test(text) && !(DATE_AFTER.test(text) && BYLINE_TAIL.test(text))) return [];
  const parts = splitByline(text).filter((part) => !AGENCY.test(part));
  return parts.length && parts.every((part) => part.includes(' ') && isPersonName(part)) ? parts : [];
}

/** "Reporting by X in Y; additional reporting by Z; Editing by W" → the reporters and writers (editors are not authors). */
export function signOffs(doc: Document): string[] {
  const elements = doc.querySelectorAll('p, div, span, em, i');
  const names: string[] = [];
  for (let index = elements.length - 1, seen = 0; index >= 0 && seen < 3000; index--, seen++) {
    const element = elements[index]!;
    if (element.children.length > 6) continue;
    const text = element.textContent ?? '';
    if (text.length > 400 || !SIGN_OFF_CUE.test(text)) continue;
    names.push(...signOffNames(text));
    if (names.length) break;
  }
  return names;
}

export function signOffNames(text: string): string[] {
  const names: string[] = [];
  for (const part of collapseWhitespace(text).split(/\s*[;|]\s*|\.\s+(?=\p{Lu})/u)) {
    const match = SIGN_OFF_PART.exec(part.replace(/^[^\p{L}]+/u, '').trim());
    if (match) names.push(match[1]!.replace(/[.)]+$/, ''));
  }
  return names;
}

/**
 * JSON-LD authors that are people: organisations (an agency, the outlet) are left out; `{"@id": …}` is looked up.
 * `typedOnly`: only those typed Person, posting from an account of their own name if any.
 */
function personNames(value: unknown, nodes: JsonObject[], typedOnly = false): string[] {
  const list = Array.isArray(value) ? value.slice(0, 20) : [value];
  const names: string[] = [];
  for (const entry of list) {
    const item = referencedNode(entry, nodes);
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const types = typesOf(item as JsonObject);
      if (types.length && !types.includes('person')) continue;
      if (typedOnly && !types.length) continue;
    } else if (typedOnly) continue;
    const name = textOf(item);
    if (typedOnly && name && !ownAccount(item as JsonObject, name)) continue;
    if (name && !/^https?:/.test(name)) names.push(name);
  }
  return names;
}

/** The account's name in a profile address: "…/author/jane-doe/" → "jane-doe". */
const ACCOUNT_SLUG = /\/(?:author|authors|user|users)\/([^/#?]{1,80})/i;

/** Whether the account a name posts from is its own: its slug holds one of the name's words ("dlemire" for "Daniel Lemire"), or there is no account. */
function ownAccount(item: JsonObject, name: string): boolean {
  const address = [item['@id'], item.url].find((value): value is string => typeof value === 'string' && ACCOUNT_SLUG.test(value));
  if (!address) return true;
  const slug = ACCOUNT_SLUG.exec(address)![1]!.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word.length >= 2 && slug.includes(word));
}

/** A CMS's administrator account ("…/author/admin/") posts stories it did not write. */
const ACCOUNT = /\/(?:author|authors|user|users)\/(?:admin|administrator|webmaster|wpadmin|root|editor|superuser)\/?(?:[#?]|$)/i;

function accountNames(value: unknown, nodes: JsonObject[]): string[] {
  const list = Array.isArray(value) ? value.slice(0, 20) : [value];
  return list.map((entry) => referencedNode(entry, nodes)).filter(siteAccount).map((item) => textOf(item)).filter((name): name is string => !!name);
}

/** How many links to an account page are read: the byline's come first, a page's comments may hold thousands. */
const MAX_ACCOUNT_LINKS = 200;

/** "Written by <a href="…/author/admin/">Ridge Courier</a>": the printed name of an administrator account (often the owner's own). */
export function accountLinkNames(doc: Document): string[] {
  return [...doc.querySelectorAll('a[href*="/author" i], a[href*="/user" i]')].slice(0, MAX_ACCOUNT_LINKS)
    .filter((link) => ACCOUNT.test(link.getAttribute('href') ?? ''))
    .map((link) => collapseWhitespace(link.textContent ?? ''))
    .filter(Boolean);
}

function siteAccount(item: unknown): boolean {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return false;
  const object = item as JsonObject;
  return [object['@id'], object.url].some((value) => typeof value === 'string' && ACCOUNT.test(value));
}

/** `{"@id": "…#author"}` with no name of its own: the node elsewhere on the page that carries that id. */
function referencedNode(entry: unknown, nodes: JsonObject[]): unknown {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return entry;
  const object = entry as JsonObject;
  if (object.name || typeof object['@id'] !== 'string') return entry;
  return nodes.find((node) => node['@id'] === object['@id'] && node.name) ?? entry;
}

/** "ElVallenc.cat", "News.yam.md": a word run into a top-level domain is a site's address, not a name ("T. V. Raman" has capitals after its dots). */
const HOST_SHAPED = /\p{L}\.\p{Ll}{2,}(?:$|\s)/u;

/** "ENTERTAINER OF THE YEAR", "Letters to the Editor": a phrase's small words are no part of a name. */
const PHRASE_WORD = /(?:^|\s)(?:of|the|for|to|from|at|on|in|is|are)(?=\s|$)/i;
/** A wire's acronym before a role ("AP Entertainment Writer", "AFP Sports"): the wire's staff, not a name. */
const WIRE_LEAD = /^(?:AP|AFP|UPI|DPA|PA|EFE|ANI|PTI|IANS|ANSA)\s/;

export function isPersonName(name: string): boolean {
  if (name.length < 3 || name.length > 60 || /^https?:|@|\d/.test(name) || HOST_SHAPED.test(name) || WIRE_LEAD.test(name) || PHRASE_WORD.test(name)) return false;
  if (NOT_A_PERSON.test(name) || FIRM.test(name)) return false;
  // One word in capitals is an acronym ("TPN", "MND"): an outlet's or a desk's, not a person's.
  if (!/\s/.test(name) && name === name.toUpperCase()) return false;
  return NAME_SHAPED.test(name) || (name === name.toUpperCase() && /^[\p{Lu}' .-]+$/u.test(name));
}

/** Where a byline's names end: a date or time printed after them ("By Jo Mills March 11, 2015 3:46 PM", "… Monday, 4 March"), or the credits of those who did not write ("Photographs by …", "Illustration von …", "Photos de …"). */
const BYLINE_TAIL = /(?:^|[.,;]?\s+)(?:(?:updated|published|posted|last updated|last modified|(?:photos?|photographs?|pictures?|video|illustrations?|graphics?|edited|editing)\s+by|(?:fotos?|bilder?|illustration(?:en)?|grafik(?:en)?)\s+von|(?:photos?|fotos?|illustrations?|ilustraci[oó]n(?:es)?)\s+(?:de|di))\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,|\s+\d)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}:\d{2})/i;
/** "By", "Opinion by", "Created by", "Erstellt von", "Words:", "Author:", "Autor/in:" (German's gendered forms), "作者：", "di", "Av": what a byline prints before the names. */
// The lead may stand in an element of its own: "<span>By</span><span>Alex Ruiz</span>" reads as
// "ByAlex Ruiz" (no space between the elements) and "<div>Von</div> <a>…</a>" as "Von, …" (one block each).
const BYLINE_LEAD = /^(?:(?:written|reported|words|story|opinion|analysis|commentary|review|text|created|developed|erstellt|eingestellt|verfasst|geschrieben|[ée]crit|r[ée]dig[ée]|escrito|scritto)\s+)?(?:by|par|von|por|door|di|av|af)\s*[:,]?\s+|^(?:authors?|words|text|writer|reporter|autor(?:in|en|\/in|\*in|:in|_in|innen)?|auteur|autore)\s*:\s*|^(?:作者|记者|記者|文|撰文|글)(?:\s*[:：/／]\s*|\s+)/i;
/** The lead word printed in an element of its own ("<div class="author-by">Von</div>"): no name. */
const LEAD_ALONE = /^(?:by|par|von|por|door|di|av|af)\s*:?$/i;
/** "By" run into the name after it: no name starts with a capital after "By". */
const GLUED_BY = /^By(?=\p{Lu}[\p{Ll}.])/u;
/** "Grant Tinsley, PhD", "Ana Ruiz, M.D.", "Tom Hale, Jr.": a degree or suffix after the comma is part of the name before it, not a second writer. */
const POSTNOMINAL = /^(?:ph\.?\s?d|m\.?d|d\.?o|r\.?n|r\.?d\.?n?|m\.?sc?|m\.?a|m\.?b\.?a|m\.?p\.?h|dr\.?p\.?h|d\.?phil|pharm\.?d|d\.?d\.?s|d\.?v\.?m|psy\.?d|ed\.?d|l\.?d\.?n?|c\.?d\.?e|c\.?p\.?t|n\.?p|p\.?a\.?-?c|f\.?a\.?c\.?p|mbbs|frcp|jr|sr|esq)\.?$/i;
/** "and" in the languages bylines are written in, and the East Asian list commas. */
const AND = /\s*(?:,|;|\/|&|，|、|\b(?:and|with|et|avec|und|mit|y|e|con|com|och|og)\b)\s*/i;
/** "김철수 기자", "山田太郎 記者": East Asian bylines print the reporter's role after the name. */
const REPORTER_AFTER = /\s*(?:기자|특파원|記者|记者|特派員|特派员)$/u;
/** One word on each side of "&": a firm's or a title's name. */
const FIRM_AND = /^[^\s&]+\s*&\s*[^\s&]+$/;
/** "Jo Mills for The Times": the outlet after a full name goes; "Organization for Transformative Works" is one name. */
const WRITES_FOR = /^(\S+\s+\S.*?)\s+(?:for|from)\s+.*$/i;

const ADDRESS = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;
/** A bare host name ("Harbourlocal.com") is the site, not a writer. */
const HOST_NAME = /^\s*[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}\s*$/u;

/** A byline is a line: a box holding a whole page (a wrapper with "author" in its class) is read only as far as this. */
const BYLINE_MAX_CHARS = 2000;

/** "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]; "Jane Doe in London · CBC News" → ["Jane Doe"]. */
export function splitByline(byline: string): string[] {
  // An address ("https://www.facebook.com/JoMillsNews" in `article:author`) names no one: split at
  // its slashes (or at "com", Portuguese "with"), its last part would read as a one-word name.
  if (ADDRESS.test(byline) || HOST_NAME.test(byline)) return [];
  let text = collapseWhitespace(decodeEntities(byline.slice(0, BYLINE_MAX_CHARS)))
    .replace(BYLINE_LEAD, '')
    .replace(GLUED_BY, '')
    .split(/\s+[·|•]\s+|\s+[-–—]\s+/)[0]!;
  // "(http://…)", "(@handle)" or a bare "@handle" beside a name go; "(with X and Y)" is more names.
  // "Jo Mills (sh, eg)": the initials of the editors who handled the story, in small letters, go too.
  text = text.replace(/\s*\((?:https?:|www\.|@)[^()]{0,200}\)/gi, '').replace(/\s*\(\p{Ll}{1,3}(?:,\s*\p{Ll}{1,3}){0,3}\)/gu, '').replace(/\s+@\w+/g, '').replace(/\s*\(\s*(?:with|avec|mit|con|com)\s+([^()]{0,200})\)/gi, ', $1');
  const tail = BYLINE_TAIL.exec(text);
  if (tail) text = text.slice(0, tail.index);
  // "Mac & i", "Marks & Spencer": one word on each side of "&" is a firm's or a title's name, not two people.
  if (FIRM_AND.test(text.trim())) return [text.trim()];
  const parts = text.split(AND)
    .map((part) => withoutOrganisationTail(withoutPlace(withoutGluedText(part)).replace(/^by\s+/i, '').replace(REPORTER_AFTER, '').replace(/\s+in\s+\p{Lu}[\p{L} ]*$/u, '').replace(WRITES_FOR, '$1').trim()))
    .filter((part, index) => part.length > 1 && part.length < 60 && !LEAD_ALONE.test(part) && !(index > 0 && POSTNOMINAL.test(part)));
  return withoutPlaceWords(text, parts);
}

/**
 * Where the next element's text runs into a surname with no space between them: a capital after
 * four small letters or more, mid-word, with more words after ("Isabel KeaneJournal News").
 * "McDonald", "MacKenzie", "FitzGerald" have their capital after a shorter prefix.
 */
const GLUED_TEXT = /(?<=\s\p{Lu}\p{Ll}{4,})\p{Lu}\p{Ll}+\s/u;

function withoutGluedText(part: string): string {
  const glued = part.length < 60 ? GLUED_TEXT.exec(part) : null;
  return glued ? part.slice(0, glued.index) : part;
}

/** "Jo Mills (Moscow)": where a full name's writer filed from, in brackets after it. */
const PLACE_AFTER = /^(\S+\s+\S[^()]*?)\s*\(\p{Lu}[\p{L} .-]{1,30}\)$/u;

function withoutPlace(part: string): string {
  return part.length < 80 ? part.trim().replace(PLACE_AFTER, '$1') : part;
}

/** Roman numerals after a name ("John Roe III") are part of it, not an acronym. */
const NUMERAL = /^(?:I{1,3}|IV|VI{0,3})$/;
/** The article or the rank before a wire or a role: "The Associated Press", "Senior Staff Writer", "Chief Political Correspondent". */
const TAIL_MODIFIER = /^(?:the|senior|chief|special|contributing|associate|deputy|managing|executive|political|foreign|national|international|investigative|business|science|health|sports?)$/i;
const FUNCTION_WORD = /^(?:to|of|for|from|at|on|in|by|and|with)$/i;
/** How many words an agency, outlet or role after a name may run to, shortest first: "NPR", "Associated Press", "Senior Staff Writer". */
const TAIL_SIZES = [1, 2, 3];

/** "Harbour Shimpo Staff Writers", "Our Foreign Staff": a role of several, or the staff, is said of a desk, not of one name before it. */
const DESK_ROLE = /^(?:staff|writers|reporters|correspondents|editors|columnists|contributors)$/i;

/**
 * "Tom Hale Associated Press", "Jo Mills Staff Writer", "Jo Mills (AP)": with no comma between,
 * the wire, outlet or role that follows a full name runs into it. The shortest such tail is cut,
 * again while one follows, and never into the first two words (the name itself).
 */
function withoutOrganisationTail(part: string): string {
  const words = part.length < 60 ? part.replace(/[()]/g, ' ').trim().split(/\s+/) : [];
  if (DESK_ROLE.test(words[words.length - 1] ?? '')) return part;
  let end = words.length;
  while (end > 2) {
    const head = words.slice(0, end);
    const cut = TAIL_SIZES.find((size) => end - size >= 2 && organisationTail(head.slice(end - size), head.slice(0, end - size)));
    if (!cut) break;
    let kept = end - cut;
    while (kept > 2 && TAIL_MODIFIER.test(words[kept - 1]!)) kept--;
    // "Letters To The Editor": a tail after a preposition is the end of a phrase, not a name's.
    if (FUNCTION_WORD.test(words[kept - 1]!)) break;
    end = kept;
  }
  return end < words.length ? words.slice(0, end).join(' ') : part;
}

function organisationTail(tail: string[], name: string[]): boolean {
  const text = tail.join(' ');
  if (AGENCY.test(text) || NOT_A_PERSON.test(text)) return true;
  // One word in capitals after a name in mixed case: an outlet's or a wire's acronym ("NPR").
  return tail.length === 1 && /^\p{Lu}{2,5}$/u.test(text) && !NUMERAL.test(text) && name.some((word) => /\p{Ll}/u.test(word));
}

function uniqueNames(names: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const clean = name ? collapseWhitespace(decodeEntities(name)) : '';
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    out.push(clean);
  }
  return out;
}
