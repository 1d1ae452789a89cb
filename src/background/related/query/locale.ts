import type { FactSheet } from '../../../core/types';
import { lookupTable } from '../../../core/text/lookup-table';

// The article's language and country, for the services' editions: the page's language tag
// first (`en-GB`), then the host's country-code domain, then the United States.

const TLD_COUNTRY = lookupTable<string>({
  uk: 'GB', au: 'AU', ca: 'CA', in: 'IN', ie: 'IE', nz: 'NZ', za: 'ZA', sg: 'SG', kr: 'KR', jp: 'JP',
  de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', ph: 'PH', my: 'MY', pk: 'PK', ng: 'NG', ke: 'KE',
  hk: 'HK', tw: 'TW', br: 'BR', mx: 'MX', ar: 'AR', ch: 'CH', at: 'AT', be: 'BE', se: 'SE', no: 'NO',
  dk: 'DK', fi: 'FI', pl: 'PL', pt: 'PT', il: 'IL', ae: 'AE', gh: 'GH', lk: 'LK', bd: 'BD', np: 'NP',
});

const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?/i;

export interface Locale {
  /** ISO 639-1, lower case: `en`. */
  language: string;
  /** ISO 3166-1 alpha-2, upper case: `US`. */
  country: string;
}

export function articleLocale(sheet: Pick<FactSheet, 'meta' | 'url'>): Locale {
  const tag = LANGUAGE_TAG.exec(sheet.meta.language ?? '');
  const language = tag?.[1]?.toLowerCase() ?? 'en';
  const fromTag = tag?.[2]?.toUpperCase();
  const host = hostOf(sheet.meta.canonicalUrl) ?? hostOf(sheet.url);
  const tld = host?.replace(/:\d+$/, '').split('.').pop() ?? '';
  return { language, country: fromTag ?? TLD_COUNTRY[tld] ?? 'US' };
}

/** The host without `www.`, lower case; null for anything but http(s). */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    // `host` keeps a non-default port: another port is another site (and, in tests, another server).
    return parsed.host.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}
