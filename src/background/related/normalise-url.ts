// The same page under different URLs: scheme, `www.`, fragment, trailing slash and tracking
// parameters do not make a different article.

const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|_ga|igshid|smid|taid|ito|cid|src|ref|rss|feature)$/i;

/** The URL without tracking parameters (for opening); other parameters are kept. */
export function withoutTracking(url: string): string {
  try {
    const parsed = new URL(url);
    for (const name of [...parsed.searchParams.keys()]) if (TRACKING.test(name)) parsed.searchParams.delete(name);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/** A key that two URLs of the same page share. */
export function urlKey(url: string): string {
  try {
    const parsed = new URL(withoutTracking(url));
    const host = parsed.hostname.toLowerCase().replace(/^(?:www\d?|m|amp)\./, '');
    const path = parsed.pathname.replace(/\/amp\/?$/, '').replace(/\/+$/, '') || '/';
    parsed.searchParams.sort();
    const search = parsed.searchParams.toString();
    return `${host}${path}${search ? `?${search}` : ''}`;
  } catch {
    return url;
  }
}
