// An <h1> that is the site's name rather than a story's headline: many templates set the logo in
// the page's first <h1>. The headline reader and the date-line reader both pass it by (a
// masthead's "today" date beside the logo is no date line of the story).

const HOME_LINK = /^(?:\.?\/|(?:\.?\/)?index\.\w+|https?:\/\/[^/]+\/?)$/i;
const MASTHEAD_CLASS = /logo|brand|site-?(?:title|name)|masthead/i;

/** A class naming a part of the story ("article__masthead", "post-header"): its <h1> is the headline, not the logo. */
const STORY_PART = /\S*(?:article|story|post|entry)\S*/gi;

/** An <h1> that is the site's name: all of it a link home, or in a logo or brand box. */
export function isMastheadHeading(h1: Element): boolean {
  const link = h1.querySelector('a[href]') ?? h1.closest('a[href]');
  if (link && HOME_LINK.test(link.getAttribute('href')?.trim() ?? '') && (link.textContent ?? '').trim().length >= (h1.textContent ?? '').trim().length - 2) return true;
  for (let box: Element | null = h1, level = 0; box && level < 3; box = box.parentElement, level++) {
    const marks = `${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`.replace(STORY_PART, ' ');
    if (MASTHEAD_CLASS.test(marks)) return true;
  }
  return false;
}
