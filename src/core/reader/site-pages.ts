// A site's own pages: about and contact pages, its terms, privacy and cookie policies, its
// imprint, help and careers pages. They carry whatever markup the site's engine gives every page
// (og:type=article on WordPress, a full-width body of prose), and a reader would call none of them
// a news article or a blog post. Every site names them with the same few words, in the address and
// in the title, so the names are read there, and only where a page's own name stands: the address's
// last segment, the title's first or last part (the other part is the site's name).

/** The names, as an address spells them (words joined by - or _) and as a title does (spaces). */
const NAMES = [
  'about', 'about us', 'about me', 'who we are', 'our story', 'our team', 'our mission', 'meet the team',
  'contact', 'contact us', 'imprint', 'impressum', 'kontakt', 'ueber uns', 'über uns',
  'terms', 'terms of service', 'terms of use', 'terms of sale', 'terms and conditions', 'terms & conditions',
  'general terms and conditions', 'conditions of use', 'tos', 'agb', 'legal', 'legal notice', 'legal information',
  'privacy policy', 'privacy notice', 'privacy statement', 'cookie policy', 'cookies policy', 'cookie notice',
  'cookie settings', 'data protection', 'datenschutz', 'datenschutzerklaerung', 'datenschutzerklärung',
  'disclaimer', 'copyright policy', 'accessibility statement', 'faq', 'faqs', 'frequently asked questions',
  'careers', 'work with us', 'advertise', 'advertise with us', 'sitemap',
];
const TITLE_NAMES = new Set(NAMES);
/** An address adds a few bare words no title uses alone ("/privacy/", "/cookies/", "/jobs/"). */
const PATH_NAMES = new Set([...NAMES, 'aboutus', 'contactus', 'privacy', 'cookies', 'jobs', 'help']
  .map((name) => name.replace(/ & /g, ' and ').replace(/[ ]/g, '-')));
/** A title's parts: "About us | Larkmouth Courier", "Larkmouth Courier – Impressum". */
const TITLE_PARTS = /\s+[|–—·:»-]\s+|\s*::\s*/;
/** Longer than any name: a headline, not a page's name. */
const MAX_NAME = 40;

/** The address's last segment names a site page: "/about-us/", "/en/service/terms/", "/impressum.html". */
export function sitePagePath(pathname: string): boolean {
  const last = pathname.split('/').filter(Boolean).pop();
  if (!last || last.length > MAX_NAME) return false;
  const name = last.toLowerCase().replace(/\.[a-z]{2,5}$/, '').replace(/_/g, '-');
  return PATH_NAMES.has(name);
}

/** The page's title (og:title, else <title>) names a site page in its first or last part. */
export function sitePageTitle(doc: Document): boolean {
  const title = doc.querySelector('meta[property="og:title" i]')?.getAttribute('content') || doc.title || '';
  if (!title) return false;
  const parts = title.slice(0, 300).split(TITLE_PARTS);
  return [parts[0], parts[parts.length - 1]].some((part) => {
    const name = (part ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    return name.length <= MAX_NAME && TITLE_NAMES.has(name);
  });
}
