import type { RelatedQuery } from '../query/build-query';
import { hostOfUrl, safeHttpUrl, ServiceAnswerError, type Provider, type RawItem } from './provider';
import { lookupTable } from '../../../core/text/lookup-table';

// GDELT DOC 2.0, article list as JSON: real publisher URLs from many outlets.
// Quirks: no match is `{}`; a malformed query is HTTP 200 with a plain-text message; the JSON
// sometimes carries invalid escapes; one request per five seconds.

const LANGUAGES = lookupTable<string>({
  en: 'english', fr: 'french', de: 'german', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch',
  ru: 'russian', zh: 'chinese', ja: 'japanese', ko: 'korean', ar: 'arabic', tr: 'turkish', pl: 'polish',
});
/** GDELT searches about the last three months. */
const WINDOW_DAYS = 88;
const DAY = 86_400_000;
// A backslash that does not start a JSON escape: doubled so that JSON.parse reads it as text.
const BAD_ESCAPE = /\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/g;
// Control characters are not allowed raw inside JSON strings; feeds leak them.
const CONTROL = /[\u0000-\u001f]/g;
const SEEN_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

export const gdelt: Provider = {
  id: 'gdelt',
  label: 'GDELT',
  defaultBaseUrl: 'https://api.gdeltproject.org',
  minIntervalMs: 5_000,

  unsupported(query, now) {
    if (!gdeltTerms(query)) return 'The article gives too few words to search for.';
    if (query.window && Date.parse(`${query.window.to}T23:59:59Z`) < now.getTime() - WINDOW_DAYS * DAY) {
      return 'GDELT only searches the last three months.';
    }
    return null;
  },

  requestUrl(query, baseUrl) {
    const language = LANGUAGES[query.locale.language];
    const q = [gdeltTerms(query), language ? `sourcelang:${language}` : ''].filter(Boolean).join(' ');
    const params = new URLSearchParams({ query: q, mode: 'artlist', format: 'json', maxrecords: '50', sort: 'hybridrel' });
    if (query.window) {
      params.set('startdatetime', `${query.window.from.replace(/-/g, '')}000000`);
      params.set('enddatetime', `${query.window.to.replace(/-/g, '')}235959`);
    } else {
      params.set('timespan', '7d');
    }
    return `${baseUrl}/api/v2/doc/doc?${params}`;
  },

  parse(body) {
    const trimmed = body.trim();
    if (!trimmed.startsWith('{')) {
      throw new ServiceAnswerError(`GDELT answered: ${trimmed.slice(0, 160) || '(nothing)'}`);
    }
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      try {
        data = JSON.parse(trimmed.replace(BAD_ESCAPE, '\\\\').replace(CONTROL, ' '));
      } catch {
        throw new ServiceAnswerError('GDELT sent an answer that could not be read.');
      }
    }
    const articles = (data as { articles?: unknown }).articles;
    if (!Array.isArray(articles)) return []; // `{}`: no match
    const items: RawItem[] = [];
    articles.forEach((article: Record<string, unknown>, rank) => {
      const url = safeHttpUrl(typeof article.url === 'string' ? article.url : null);
      const title = typeof article.title === 'string' ? article.title.trim() : '';
      if (!url || !title) return;
      const host = (typeof article.domain === 'string' && article.domain ? article.domain.toLowerCase().replace(/^www\d?\./, '') : null) ?? hostOfUrl(url);
      items.push({
        service: 'gdelt', url, publisherUrl: true, title, outlet: host ?? '', host,
        published: seenDate(article.seendate), snippet: null, rank,
      });
    });
    return items;
  },
};

/** Entities quoted, then keywords ORed: GDELT ANDs every term, so keywords only need one hit. */
function gdeltTerms(query: RelatedQuery): string {
  // GDELT rejects terms under three letters.
  const entities = query.entities.filter((e) => e.replace(/\W/g, '').length >= 3).slice(0, 2)
    .map((e) => (e.includes(' ') ? `"${e.replace(/"/g, '')}"` : e));
  const keywords = query.keywords.filter((k) => k.length >= 3);
  const keywordPart = keywords.length > 1 ? `(${keywords.join(' OR ')})` : keywords[0] ?? '';
  return [...entities, keywordPart].filter(Boolean).join(' ');
}

function seenDate(value: unknown): string | null {
  const match = typeof value === 'string' ? SEEN_DATE.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : null;
}
