import { type JsonObject, namesOf, textOf, typesOf } from './json-ld';
import type { MetaReader } from './published-date';

// The outlet, by the name it calls itself: the article's JSON-LD publisher (followed through an
// `@id` reference), `og:site_name`, the organisation the page describes, a `publisher` meta tag,
// or the part of <title> after the headline. The site the reader is on comes first, the outlet that first ran a
// syndicated story after it. A name that does not match the address (a section such as "U.S."
// in `og:site_name`, a desk) ranks after one that does.

const ORGANISATION_TYPES = new Set(['newsmediaorganization', 'organization', 'corporation']);

export function readPublishers(doc: Document, url: string | null, article: JsonObject | undefined, nodes: JsonObject[], ogSite: string | null, metaTag: MetaReader): string[] {
  const tidy = (names: (string | null)[]) => names.map((name) => (name ? withoutWww(withoutTagline(name.replace(/\s+/g, ' ').trim())) : null))
    .filter((name): name is string => !!name && name.length <= 80);
  const declared = tidy([nameOf(article?.publisher, nodes), ogSite]).filter((name) => !isHeadline(name, doc));
  // The title's last part is often the author's name on a blog: it counts only when it names the site.
  const suffix = titleSuffix(doc);
  // The publisher meta tag is often the company ("Heise Medien" for its "Mac & i"): asked only when the site
  // names itself by its address alone ("DW.COM").
  const byAddressOnly = declared.every((name) => DOMAIN.test(name.trim()) || MACHINE_KEY.test(name.trim()));
  const candidates = [...declared, ...tidy([...organisationNames(nodes), byAddressOnly ? publisherTag(metaTag) : null, suffix, nameBeforeAddress(doc), titlePrefix(doc, metaTag)])];
  const originals = tidy([...namesOf((article?.isBasedOn as JsonObject | undefined)?.publisher), textOf(article?.sourceOrganization)]);
  // With no address, a site name written as one ("valleyledger.com") says which host it is.
  const hosts = hostKeys(url ?? pageAddress(doc) ?? declaredAddress(declared));
  const matching = candidates.filter((name) => hosts.some((host) => namesHost(name, host)));
  return withFullerName(demoteDesksAndDomains(unique([...matching, ...declared, ...originals])), suffix, doc, metaTag);
}

/**
 * "CBC" in `og:site_name` and "… | CBC News" ending <title>: the company's short name and the
 * outlet's full one, which comes first when the page prints it beyond <title> too (ending its
 * og:title or twitter:title, or in its logo). A name only <title> adds words to is often a
 * section or a tagline ("HuffPost UK Politics", "HuffPost Latest News").
 */
function withFullerName(names: string[], suffix: string | null, doc: Document, metaTag: MetaReader): string[] {
  const first = names[0];
  if (!first || !suffix || suffix.length <= first.length) return names;
  if (!suffix.toLowerCase().startsWith(`${first.toLowerCase()} `)) return names;
  // "Abendzeitung München", not a section in words of the language ("VnExpress Kinh doanh").
  const added = suffix.slice(first.length).trim().split(/\s+/);
  if (!added.every((word) => /^[\p{Lu}\p{N}]/u.test(word))) return names;
  return printedBeyondTitle(doc, suffix, metaTag) ? unique([suffix, ...names]) : names;
}

const LOGO_BOXES = 'a[href="/"], a[rel="home"], [class*="logo" i]';
const MAX_LOGO_BOXES = 10;

function printedBeyondTitle(doc: Document, name: string, metaTag: MetaReader): boolean {
  const key = letters(name);
  for (const field of ['og:title', 'twitter:title']) {
    const parts = splitTitle(metaTag(field) ?? '');
    if (parts.length >= 2 && letters(parts[parts.length - 1]!) === key) return true;
  }
  const boxes = doc.querySelectorAll(LOGO_BOXES);
  for (let index = 0; index < Math.min(boxes.length, MAX_LOGO_BOXES); index++) {
    const box = boxes[index]!;
    const text = `${box.textContent?.slice(0, 200) ?? ''} ${box.getAttribute('aria-label') ?? ''} ${box.querySelector('img[alt]')?.getAttribute('alt') ?? ''}`;
    if (letters(text).includes(key)) return true;
  }
  return false;
}

/** An outlet's name runs to a few words; a headline to more ("UK student halls too full to be safe"). */
const HEADLINE_WORDS = 5;

/**
 * A CMS that fills `application-name` with each story's headline names no outlet. A short name
 * equal to the <h1> is the site's logo set as its heading, and stays.
 */
function isHeadline(name: string, doc: Document): boolean {
  if (name.split(/\s+/).length < HEADLINE_WORDS) return false;
  const key = letters(name);
  return [doc.title, doc.querySelector('h1')?.textContent].some((text) => !!text && letters(text.slice(0, 600)) === key);
}

const TAGLINE = /\s+[|–—·-]\s+/;

/** "… powered by WordPress": the platform's credit after the site's name. */
const PLATFORM_CREDIT = /\s+powered by\s.*$/i;

/** "Yahoo News - Latest News & Headlines", "Hacks – the Web developer blog", "Quays powered by Wikia": the name before the site's tagline. */
function withoutTagline(name: string): string {
  const head = name.split(TAGLINE)[0]!.replace(PLATFORM_CREDIT, '');
  return head.length >= 2 ? head : name;
}

/** "www.chocolate.com" as a site's name: the site calls itself by its address, which needs no "www.". */
function withoutWww(name: string): string {
  return DOMAIN.test(name) ? name.replace(/^www\d?\./i, '') : name;
}

/** A desk or wire ("DH News Service") is not the host outlet. */
const DESK = /\b(?:news service|desk|bureau|staff|newsroom|wire service|syndicate)\b/i;
/** "nine.com.au", "cbsnews.com", "http://www.tmz.com/": an address, where the outlet's name is better. */
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|co|info|news|[a-z]{2})\/?$/iu;
/** "mirror", "express": a name in small letters only is the CMS's key for the outlet, not the name it prints. */
const MACHINE_KEY = /^[\p{Ll}\p{N}-]+$/u;

/** Names that are the outlet's own come first; a desk, a bare address or a machine key after them, and a whole URL last. */
function demoteDesksAndDomains(names: string[]): string[] {
  const rank = (name: string) => (/^https?:/i.test(name) ? 2 : DESK.test(name) || DOMAIN.test(name.trim()) || MACHINE_KEY.test(name.trim()) ? 1 : 0);
  return [0, 1, 2].flatMap((level) => names.filter((name) => rank(name) === level));
}

function declaredAddress(names: string[]): string | null {
  const address = names.find((name) => DOMAIN.test(name));
  return address ? (/^https?:/i.test(address) ? address : `https://${address}`) : null;
}

/** A publisher given inline or as `{"@id": …}` pointing at an organisation node elsewhere on the page. */
function nameOf(value: unknown, nodes: JsonObject[]): string | null {
  const direct = textOf(value);
  if (direct && !/^https?:/.test(direct)) return direct;
  const id = value && typeof value === 'object' ? (value as JsonObject)['@id'] : null;
  if (typeof id !== 'string') return null;
  return nodes.map((node) => (node['@id'] === id ? textOf(node.name) : null)).find((name) => !!name) ?? null;
}

/** A parenthesised address after a name: "Deutsche Welle (www.dw.com)". */
const TRAILING_ADDRESS = /\s*\((?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?\)\s*$/u;

/**
 * `<meta name="publisher">`, often the company rather than the outlet, so only a candidate: it counts
 * when it names the site's host, as "Deutsche Welle (www.dw.com)" names dw.com.
 */
function publisherTag(metaTag: MetaReader): string | null {
  const value = metaTag('publisher');
  return value && !/^https?:/i.test(value) ? value.replace(TRAILING_ADDRESS, '') : null;
}

function organisationNames(nodes: JsonObject[]): string[] {
  return nodes.filter((node) => typesOf(node).some((type) => ORGANISATION_TYPES.has(type)))
    .map((node) => textOf(node.name)).filter((name): name is string => !!name).slice(0, 5);
}

/** "Headline - CBS News" → "CBS News": the last part of <title>, when it is short enough to be a name and no byline. */
export function titleSuffix(doc: Document): string | null {
  const parts = titleParts(doc);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  // "… - By linksc" credits the writer, not the site.
  if (/^by\s/i.test(last)) return null;
  return last.split(/\s+/).length <= 4 ? last : null;
}

function titleParts(doc: Document): string[] {
  return splitTitle(doc.querySelector('title')?.textContent ?? '');
}

/** "Headline | Site", "Headline - Site", and "Headline : Site" with the colon spaced on both sides. */
function splitTitle(title: string): string[] {
  return title.split(/\s+[|–—·»:-]\s+/).map((part) => part.trim()).filter(Boolean);
}

/** A blog's name runs to a few words ("EMACSPEAK The Complete Audio Desktop"). */
const PREFIX_WORDS = 6;

/**
 * "Larkmouth Notes: Headline", as blog engines print <title>: the part before the first separator
 * when what follows it is the headline itself (the page's og:title or twitter:title, or its <h1>;
 * a blog engine's <h1> is often the blog's name). Only a candidate: it counts when it names the
 * site's host, as the title's suffix does.
 */
function titlePrefix(doc: Document, metaTag: MetaReader): string | null {
  const title = (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const match = /^(.{2,80}?)(?::|\s[|–—·»-])\s+(.+)$/.exec(title);
  if (!match) return null;
  const rest = letters(match[2]!);
  const headlines = [metaTag('og:title'), metaTag('twitter:title'), doc.querySelector('h1')?.textContent ?? null];
  if (!rest || !headlines.some((headline) => !!headline && letters(headline) === rest)) return null;
  const prefix = match[1]!.trim();
  return prefix.split(/\s+/).length <= PREFIX_WORDS ? prefix : null;
}

/** "Headline – NationNews Barbados — nationnews.com": a title that ends on the site's address prints its name before it. */
function nameBeforeAddress(doc: Document): string | null {
  const parts = titleParts(doc);
  if (parts.length < 3 || !DOMAIN.test(parts[parts.length - 1]!)) return null;
  const name = parts[parts.length - 2]!;
  return name.split(/\s+/).length <= 4 ? name : null;
}

/** The keys of the site's address (`url`, or with none the page's canonical address): ["cbsnews"] for www.cbsnews.com. */
export function siteKeys(doc: Document, url: string | null): string[] {
  return hostKeys(url ?? pageAddress(doc));
}

function pageAddress(doc: Document): string | null {
  return doc.querySelector('link[rel="canonical" i]')?.getAttribute('href')
    ?? doc.querySelector('meta[property="og:url" i]')?.getAttribute('content') ?? null;
}

/** "www.cbsnews.com" → ["cbsnews"]; "abcnews.go.com" → ["abcnews", "go"]; "www.bbc.co.uk" → ["bbc"]. */
function hostKeys(url: string | null): string[] {
  try {
    const labels = new URL(url ?? '').hostname.toLowerCase().split('.');
    labels.pop();
    if (labels.length > 1 && /^(?:co|com|org|net|gov|ac|ne|or|go)$/.test(labels[labels.length - 1]!)) labels.pop();
    return labels.filter((label) => label.length >= 2 && !/^(?:www\d?|m|amp|edition|en|de|fr|es|it|uk|us|mobile)$/.test(label));
  } catch {
    return [];
  }
}

export function letters(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function namesHost(name: string, host: string): boolean {
  const key = letters(name);
  if (key.length < 2) return false;
  if (key === host || (key.length >= 4 && host.includes(key)) || (host.length >= 4 && key.includes(host))) return true;
  if (initials(name) === host) return true;
  // A short host ("tmz") is named by the address the site prints as its name ("TMZ.com").
  return DOMAIN.test(name.trim()) && hostKeys(`https://${name.trim().replace(/^https?:\/\//i, '')}`).includes(host);
}

/** "Deutsche Welle" → "dw", "Cable News Network" → "cnn": a host made of its name's initials. Two words at least. */
function initials(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
  return words.length >= 2 && words.length === name.split(/[\s-]+/).filter(Boolean).length ? words.map((word) => letters(word)[0] ?? '').join('') : null;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
