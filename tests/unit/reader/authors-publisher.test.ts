import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { signOffNames, splitByline } from '../../../src/core/reader/metadata';
import { page } from './helpers';

const meta = (html: string, url: string | null = 'https://www.harbourtimes.example/news/2024/05/01/story/') => readArticle(page(html), url).meta;
const body = '<p>The council voted on Tuesday to extend the harbour ferry timetable into the winter months.</p>'.repeat(5);

describe('authors', () => {
  it('"By X and Y"', () => expect(splitByline('By Ana Ruiz and Tom Hale')).toEqual(['Ana Ruiz', 'Tom Hale']));
  it('"X, Reuters" keeps the person', () => expect(splitByline('Ana Ruiz, Reuters')).toContain('Ana Ruiz'));
  it('"X | Staff Writer" keeps the person', () => expect(splitByline('Ana Ruiz | Staff Writer')).toEqual(['Ana Ruiz']));
  it('a weekday after the name starts the date', () => expect(splitByline('Ana Ruiz Monday, February 29, 2016 @ 11:10 PM')).toEqual(['Ana Ruiz']));
  it('a photographer\'s credit after the writer is no author', () => expect(splitByline('By Ana Ruiz. Photographs by Tom Hale')).toEqual(['Ana Ruiz']));
  it('a sign-off: reporters and writers, not editors', () => {
    expect(signOffNames('Reporting by Ana Ruiz in Lisbon; additional reporting by Tom Hale and Mei Lin; Writing by Sam Ode; Editing by Kim Ray'))
      .toEqual(['Ana Ruiz in Lisbon', 'Tom Hale and Mei Lin', 'Sam Ode']);
  });
  it('a sign-off names the authors when nothing else does', () => {
    const m = meta(`<html><body><h1>Shares slip</h1>${body}<p class="sign-off">Reporting by Ana Ruiz in Lisbon; Editing by Kim Ray</p></body></html>`);
    expect(m.authors).toEqual(['Ana Ruiz']);
  });
  it('several author metas', () => {
    const m = meta(`<html><head><meta name="author" content="Ana Ruiz, Tom Hale"></head><body><h1>Shares slip</h1>${body}</body></html>`);
    expect(m.authors).toEqual(['Ana Ruiz', 'Tom Hale']);
  });
  it('a JSON-LD Person array, organisations left out', () => {
    const m = meta(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Shares slip","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Organization","name":"Harbour Times"},{"@type":"Person","name":"Tom Hale"}]}</script></head><body><h1>Shares slip</h1>${body}</body></html>`);
    expect(m.authors).toEqual(['Ana Ruiz', 'Tom Hale']);
  });
  it('the byline\'s fuller form of a metadata name', () => {
    const m = meta(`<html><head><meta name="author" content="Timothy Nerozzi"></head><body><h1>Shares slip</h1><div>By <a href="/person/n/timothy-hj-nerozzi">Timothy H.J. Nerozzi</a></div>${body}</body></html>`);
    expect(m.authors).toEqual(['Timothy H.J. Nerozzi']);
  });
  it('a wire service is the author only when no person signs', () => {
    const m = meta(`<html><head><meta property="og:site_name" content="Harbour Times"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Shares slip","author":[{"@type":"Person","name":"Reuters"}]}</script></head><body><h1>Shares slip</h1>${body}</body></html>`);
    expect(m.authors).toEqual(['Reuters']);
  });
  it('a wire service credited beside the writer is a co-author', () => {
    const m = meta(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Shares slip","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Reuters"}]}</script></head><body><h1>Shares slip</h1>${body}</body></html>`);
    expect(m.authors).toEqual(['Ana Ruiz', 'Reuters']);
    const printed = meta(`<html><body><h1>Shares slip</h1><p class="byline">By Ana Ruiz and The Associated Press</p>${body}</body></html>`);
    expect(printed.authors).toEqual(['Ana Ruiz', 'The Associated Press']);
  });
  it('a wire after a comma is the writer\'s employer, and a wire that is the site itself is no co-author', () => {
    expect(meta(`<html><body><h1>Shares slip</h1><p class="byline">By Ana Ruiz, Reuters</p>${body}</body></html>`).authors).toEqual(['Ana Ruiz']);
    const own = meta(`<html><head><meta property="og:site_name" content="Reuters"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Shares slip","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Reuters"}]}</script></head><body><h1>Shares slip</h1>${body}</body></html>`, 'https://www.reuters.example/world/story');
    expect(own.authors).toEqual(['Ana Ruiz']);
  });
  it('a desk is never an author', () => {
    const m = meta(`<html><head><meta name="author" content="DH News Service"></head><body><h1>Shares slip</h1>${body}</body></html>`);
    expect(m.authors).toEqual([]);
  });
});

describe('publisher', () => {
  it('the site\'s name without its tagline', () => {
    const m = meta(`<html><head><meta property="og:site_name" content="Harbour Times - News from the Quays"></head><body><h1>Ferry timetable extended</h1>${body}</body></html>`);
    expect(m.publisher).toBe('Harbour Times');
  });
  it('the JSON-LD publisher through an @id reference, not the host name', () => {
    const m = meta(`<html><head><script type="application/ld+json">[{"@type":"NewsArticle","headline":"Shares slip","publisher":{"@id":"https://www.harbourtimes.example/#org"}},{"@type":"NewsMediaOrganization","@id":"https://www.harbourtimes.example/#org","name":"Harbour Times"}]</script></head><body><h1>Shares slip</h1>${body}</body></html>`);
    expect(m.publisher).toBe('Harbour Times');
  });
  it('the title suffix when it names the site', () => {
    const m = meta(`<html><head><title>Shares slip - Harbour Times</title></head><body><h1>Shares slip</h1>${body}</body></html>`);
    expect(m.publisher).toBe('Harbour Times');
  });
  it('a section in og:site_name gives way to the outlet\'s name', () => {
    const m = meta(`<html><head><meta property="og:site_name" content="U.S."><title>Shares slip | Harbour Times</title></head><body><h1>Shares slip</h1>${body}</body></html>`);
    expect(m.publisher).toBe('Harbour Times');
  });
  it('a syndicated story: the site the reader is on first, then the original outlet', () => {
    const m = meta(`<html><head><meta property="og:site_name" content="Harbour Times"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Shares slip","isBasedOn":{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Coast Wire"}}}</script></head><body><h1>Shares slip</h1>${body}</body></html>`);
    expect(m.publishers.slice(0, 2)).toEqual(['Harbour Times', 'Coast Wire']);
  });
  it('a blog\'s title suffix (the author) is not the publisher', () => {
    const m = meta(`<html><head><title>Notes on ferries | Ana Ruiz</title></head><body><h1>Notes on ferries</h1>${body}</body></html>`, 'https://blog.example/notes-on-ferries');
    expect(m.publisher).not.toBe('Ana Ruiz');
  });
});

describe('title', () => {
  it('a tie between headline fields goes to the printed <h1>', () => {
    const m = meta(`<html><head><meta property="og:title" content="Harbour to close for winter"><meta name="twitter:title" content="Harbour to close for winter"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour will close for the winter, council says"}</script></head><body><h1>Harbour will close for the winter, council says</h1>${body}</body></html>`);
    expect(m.title).toBe('Harbour will close for the winter, council says');
  });
  it('the metadata headline when the page prints none', () => {
    const m = meta(`<html><head><meta property="og:title" content="Harbour to close for winter"></head><body>${body}</body></html>`);
    expect(m.title).toBe('Harbour to close for winter');
  });
});
