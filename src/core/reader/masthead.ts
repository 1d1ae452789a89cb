import { collapseWhitespace } from '../text/normalize';
import { letters, siteKeys } from './publisher';

// The outlet's name as the page prints it, for pages whose metadata and <title> name none: the
// masthead logo's text (its `alt`, `aria-label` or `title`) and, last, the copyright holder in
// the footer ("© 2024 Harbour Times"). Either counts only when it opens with the site's address
// ("CBS News" on cbsnews.com), so a partner's logo, a parent company's copyright ("© 2024
// Gannett") or a phrase around the name ("Zur harbourtimes.com Startseite") is never taken.

/** The masthead: the logo that links home, or an element classed as the logo. */
const LOGO = 'a[href="/"] img[alt], a[rel="home"] img[alt], [class*="logo" i] img[alt], img[class*="logo" i][alt], a[class*="logo" i][aria-label], a[href="/"][aria-label], [class*="logo" i] svg title';
const MAX_LOGOS = 10;
/** "Harbour Times logo", "Go to the Harbour Times homepage", "Harbour Times - Home": the words around the name. */
const LOGO_WORDS = /\b(?:logo(?:type)?|home\s*page|homepage|home|go to|back to|return to|the homepage of|link to)\b|[|–—:·-]+/gi;
/** "© 2019–2024 Harbour Times Ltd. All rights reserved.": the holder after the sign and its years. */
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([\p{L}\p{N}][\p{L}\p{N}&'’. -]{1,58}?)(?=\s*(?:[.,|;]\s|all rights|$))/iu;
const MAX_FOOTER_CHARS = 2000;
/** "The Times of Israel": an outlet's name is short; "LDT Blog Akademie für Modemanagement" is a description. */
const MAX_NAME_WORDS = 4;
/** "kbsworldlogo", "site-logo": one word in small letters is the image's file or key name, not the printed name. */
const FILE_KEY = /^[\p{Ll}\p{N}_-]+$/u;

export function mastheadName(doc: Document, url: string | null): string | null {
  const keys = siteKeys(doc, url);
  const namesSite = (name: string) => {
    if (name.split(/\s+/).length > MAX_NAME_WORDS) return false;
    const key = letters(name.replace(/^the\s+/i, ''));
    return keys.some((host) => key.startsWith(host) || (key.length >= 4 && host.startsWith(key)));
  };
  const logos = doc.querySelectorAll(LOGO);
  for (let index = 0; index < Math.min(logos.length, MAX_LOGOS); index++) {
    const logo = logos[index]!;
    const text = logo.tagName.toUpperCase() === 'TITLE' ? logo.textContent : logo.getAttribute('alt') ?? logo.getAttribute('aria-label');
    const name = collapseWhitespace((text ?? '').replace(LOGO_WORDS, ' '));
    if (name.length >= 2 && name.length <= 60 && !FILE_KEY.test(name) && namesSite(name)) return name;
  }
  const footer = doc.querySelector('footer') ?? doc.querySelector('[class*="footer" i], [id*="footer" i]');
  const holder = COPYRIGHT.exec(collapseWhitespace((footer?.textContent ?? '').slice(0, MAX_FOOTER_CHARS)))?.[1]?.trim();
  return holder && namesSite(holder) ? holder : null;
}
