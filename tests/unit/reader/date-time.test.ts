import { describe, expect, it } from 'vitest';
import { normalizeDateTime } from '../../../src/core/reader/date-time';
import { readArticle } from '../../../src/core/reader/index';
import { page } from './helpers';

describe('normalizeDateTime', () => {
  it('keeps the printed offset', () => expect(normalizeDateTime('2025-03-04T21:15:00-05:00')).toBe('2025-03-04T21:15:00-05:00'));
  it('a compact offset gets its colon', () => expect(normalizeDateTime('2025-03-04T21:15:00+0530')).toBe('2025-03-04T21:15:00+05:30'));
  it('a bare day stays a day', () => expect(normalizeDateTime('2025-03-04')).toBe('2025-03-04'));
  it('a compact day and time, with or without colons', () => {
    expect(normalizeDateTime('20250304T211500Z')).toBe('2025-03-04T21:15:00');
    expect(normalizeDateTime('20250304T21:15:00Z')).toBe('2025-03-04T21:15:00');
  });
  it('a written day is the day written', () => expect(normalizeDateTime('March 4, 2025')).toBe('2025-03-04'));
  it('a written day and time without zone', () => expect(normalizeDateTime('Mar 4, 2025 10:30 AM')).toBe('2025-03-04T10:30:00'));
  it('an RFC 2822 date in GMT', () => expect(normalizeDateTime('Tue, 04 Mar 2025 21:15:00 GMT')).toBe('2025-03-04T21:15:00Z'));
  it('an impossible month is null', () => expect(normalizeDateTime('2025-13-04')).toBe(null));
  it('words without a year are null', () => expect(normalizeDateTime('yesterday')).toBe(null));
  it('a year or a month without its day is no day, not the first of the month', () => {
    for (const partial of ['2019', '2019/03', '03/2019', 'March 2019', 'Mar. 2019']) expect(normalizeDateTime(partial)).toBe(null);
  });
  it('a written day with its weekday is still a day', () => expect(normalizeDateTime('Tue, 4 Mar 2025')).toBe('2025-03-04'));
});

describe('published, by order of trust', () => {
  it('JSON-LD over meta when they name the same day', () => {
    const doc = page('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2025-01-10T08:00:00+01:00"}</script><meta property="article:published_time" content="2025-01-10T07:00:00Z"></head><body></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2025-01-10T08:00:00+01:00');
  });
  it('the published-time meta tag over JSON-LD when it names an earlier day', () => {
    const doc = page('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2025-01-11T07:25:06Z"}</script><meta property="article:published_time" content="2025-01-10T21:25:06+00:00"></head><body></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2025-01-10T21:25:06+00:00');
  });
  it('JSON-LD over a later meta tag (a re-publication stamp)', () => {
    const doc = page('<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"x","datePublished":"2015-10-15T02:19:15Z"}</script><meta property="article:published_time" content="2015-12-11T14:28:34Z"></head><body></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2015-10-15T02:19:15Z');
  });
  it('JSON-LD over a meta tag that carries the last-modified time', () => {
    const doc = page('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2025-01-10T08:00:00+01:00","dateModified":"2025-01-12T08:00:00Z"}</script><meta property="article:published_time" content="2025-01-12T08:00:00Z"></head><body></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2025-01-10T08:00:00+01:00');
  });
  it('<time datetime> over the URL', () => {
    const doc = page('<html><body><article><time datetime="2024-05-02T16:00:00+10:00">2 May</time></article></body></html>');
    expect(readArticle(doc, 'https://news.example/2024/05/01/a-b-c-d/').meta.published).toBe('2024-05-02T16:00:00+10:00');
  });
  it('the printed date line last', () => {
    const doc = page('<html><body><h1>Floods recede</h1><p class="date">Published 14 February 2025</p></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2025-02-14');
  });
});
