import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { splitByline } from '../../../src/core/reader/metadata';
import { page } from './helpers';

// The site signing in its own name: a CMS's administrator account printed in the byline, an
// outlet's account typed Person in JSON-LD, the site's host name as the author meta.

const meta = (html: string, url: string | null = 'https://www.ridgecourier.example/news/2024/05/01/ferry/') => readArticle(page(html), url).meta;
const body = '<p>The ferry between the two islands will run twice a day through the winter, the harbour board said on Tuesday.</p>'.repeat(5);

describe('an administrator account in the byline', () => {
  it('"Written by <a href=…/author/admin/>" names nobody', () => {
    const m = meta(`<html><head><title>Ferry keeps winter timetable | Ridge Courier</title></head><body><h1>Ferry keeps winter timetable</h1><div class="post-head">Written by <a href="https://www.ridgecourier.example/author/admin/" rel="author">Ridge Courier</a> on May 1, 2024</div>${body}</body></html>`);
    expect(m.authors).toEqual([]);
  });
  it('under a person\'s name it is the site owner\'s own account', () => {
    const m = meta(`<html><head><title>Ferry keeps winter timetable | Ridge Courier</title></head><body><h1>Ferry keeps winter timetable</h1><div class="post-head">Written by <a href="https://www.ridgecourier.example/author/admin/" rel="author">Ola Brandt</a> on May 1, 2024</div>${body}</body></html>`);
    expect(m.authors).toEqual(['Ola Brandt']);
  });
});

describe('the outlet typed Person in JSON-LD', () => {
  const story = (person: string) => `<html><head><meta property="og:site_name" content="Ridge Courier"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry keeps winter timetable","author":${person}}</script></head><body><h1>Ferry keeps winter timetable</h1>${body}</body></html>`;
  it('posting from someone else\'s account ("…/author/kmoss/") is the outlet, not its owner', () => {
    expect(meta(story('{"@type":"Person","name":"Ridge Courier","url":"https://www.ridgecourier.example/author/kmoss/"}')).authors).toEqual([]);
  });
  it('a personal site\'s owner posting from an account of their name stays', () => {
    const html = '<html><head><meta property="og:site_name" content="Ola Brandt"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Ferry keeps winter timetable","author":{"@type":"Person","name":"Ola Brandt","url":"https://olabrandt.example/author/obrandt/"}}</script></head><body><h1>Ferry keeps winter timetable</h1>' + body + '</body></html>';
    expect(meta(html, 'https://olabrandt.example/ferry/').authors).toEqual(['Ola Brandt']);
  });
});

describe('a host name as the author', () => {
  it('"Ridgecourier.com" names no one (its "com" is no Portuguese "with")', () => expect(splitByline('Ridgecourier.com')).toEqual([]));
  it('initials with dots are still a name', () => expect(splitByline('J.R. Brandt')).toEqual(['J.R. Brandt']));
});
