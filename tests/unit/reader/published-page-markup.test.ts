import { describe, expect, it } from 'vitest';
import { lowerAttributeNames } from '../../../src/core/reader/attribute-names';
import { findDays } from '../../../src/core/reader/date-lines';
import { readArticle } from '../../../src/core/reader/index';
import { page } from './helpers';

// The publication day from the page's own markup, on pages with no date metadata: the forms
// sites nobody here tuned to print it in.

const published = (html: string) => readArticle(page(html), null).meta.published;
const days = (text: string, monthFirst = false) => findDays(text, monthFirst).map((found) => found.day);
const prose = '<p>The town council approved the new cycle lanes after a long evening of questions from shop owners on the high street.</p>';

describe('attribute names written in mixed case (React renders dateTime, itemProp)', () => {
  it('a <time dateTime> is read as a browser reads it', () => {
    const html = `<html lang="en"><body><article><h1>Cycle lanes approved</h1>
      <div class="byline">By Ann Lee <time dateTime="2024-03-05T09:10:00Z">2 hours ago</time></div>${prose}</article></body></html>`;
    expect(published(html)).toBe('2024-03-05T09:10:00Z');
  });
  it('an itemProp="datePublished" counts as microdata', () => {
    const html = `<html lang="en"><body><h1>Cycle lanes approved</h1>
      <span itemProp="datePublished" content="2024-03-04">Yesterday</span>${prose}</body></html>`;
    expect(published(html)).toBe('2024-03-04');
  });
  it('names are lowered on HTML elements only, and the first of two spellings wins', () => {
    const doc = page('<html><body><svg viewBox="0 0 4 4"></svg><time dateTime="2024-01-02" datetime="2023-12-31">x</time></body></html>');
    lowerAttributeNames(doc);
    expect(doc.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 4 4');
    expect(doc.querySelector('time')!.getAttribute('datetime')).toBe('2024-01-02');
  });
});

describe('a layout wrapper classed "sidebar" is not a sidebar', () => {
  it('the <time> under the headline counts when <html> names the layout', () => {
    const html = `<html lang="en" class="layout-story-with-sidebar"><body><main><h1>Cycle lanes approved</h1>
      <time datetime="2024-03-05T09:10:00Z">Published 3 hours ago</time>${prose}</main></body></html>`;
    expect(published(html)).toBe('2024-03-05T09:10:00Z');
  });
  it('a <time> inside a real sidebar still does not', () => {
    const html = `<html lang="en"><body><main><h1>Cycle lanes approved</h1>${prose}</main>
      <div class="sidebar"><h3>Latest</h3><time datetime="2024-03-09T08:00:00Z">Saturday</time></div></body></html>`;
    expect(published(html)).toBeNull();
  });
});

describe('the article\'s own footer holds its "Posted on" line', () => {
  const post = (footer: string, after = '') => `<html lang="en-US"><body><main><article><header><h1>Parsing numbers quickly</h1></header>
    <div class="entry-content">${prose}${prose}</div>${footer}</article>${after}</main>
    <footer class="site-footer"><p>Site archive: <time datetime="2024-05-01">May 1, 2024</time></p></footer></body></html>`;
  it('a blog post\'s entry footer gives the day', () => {
    const html = post('<footer class="entry-footer"><span class="posted-on">Posted on <time class="entry-date published" datetime="2019-08-02T15:57:41+00:00">August 2, 2019</time></span></footer>');
    expect(published(html)).toBe('2019-08-02T15:57:41+00:00');
  });
  it('the same line printed without a <time>', () => {
    expect(published(post('<footer class="entry-footer"><span>Posted on August 2, 2019 by Dan</span></footer>'))).toBe('2019-08-02');
  });
  it('the site\'s footer and a comment\'s footer do not', () => {
    const comment = '<div id="comments"><article class="comment-body"><footer class="comment-meta"><time datetime="2019-08-05T02:51:17+00:00">August 5, 2019</time></footer><p>Nice.</p></article></div>';
    expect(published(post('', comment))).toBeNull();
  });
});

describe('dotted and slashed days in the order American sites write them', () => {
  it('"01.21.2020" can only be month first', () => expect(days('Business 01.21.2020 07:00 AM')).toEqual(['2020-01-21']));
  it('"03.04.2020" stays day first', () => expect(days('Stand: 03.04.2020')).toEqual(['2020-04-03']));
  it('a two-digit year: "01.21.20" is month first, "21.01.20" day first', () => {
    expect(days('01.21.20')).toEqual(['2020-01-21']);
    expect(days('21.01.20')).toEqual(['2020-01-21']);
  });
  it('"11/08/23 5:19pm" on an American date line', () => {
    const html = `<html lang="en-US"><body><h1>Museum buys a still life</h1>
      <div class="entry-meta"><span class="entry-date">11/08/23 5:19pm</span></div>${prose}</body></html>`;
    expect(published(html)).toBe('2023-11-08');
  });
  it('the same on a German date line is day first', () => {
    const html = `<html lang="de"><body><h1>Museum kauft ein Stillleben</h1>
      <div class="entry-meta"><span class="entry-date">11/08/23 17:19</span></div><p>Der Stadtrat hat am Abend nach langer Debatte über die Radwege in der Altstadt abgestimmt.</p></body></html>`;
    expect(published(html)).toBe('2023-08-11');
  });
  it('a slashed two-digit year in running prose is no day', () => {
    const html = `<html lang="en-US"><body><h1>Scores</h1><p>The home side won the three sets 11/08/23 and went on to lose the final after a long rain delay that evening in the city.</p></body></html>`;
    expect(published(html)).toBeNull();
  });
});

describe('a clock labelled as today\'s date is not the page\'s', () => {
  it('a forum\'s "current date and time" gives way to the first post\'s date', () => {
    const html = `<html lang="de"><body><div class="post"><div class="postdetails"><span class="date">26.10.13 18:02</span></div>
      <div class="postbody"><p>Willkommen im Forum. Bitte lest die Regeln, bevor ihr euren ersten Beitrag schreibt.</p></div></div>
      <div class="current-time">Aktuelles Datum und Uhrzeit: 11/02/20, 07:22 pm</div></body></html>`;
    expect(published(html)).toBe('2013-10-26');
  });
  it('"It is currently" alone gives no day', () => {
    const html = `<html lang="en"><body><h2>Board index</h2><p>It is currently Tue Feb 11, 2020 7:22 pm</p>${prose}</body></html>`;
    expect(published(html)).toBeNull();
  });
  it('a "Datum:" line is still a date line', () => {
    const html = `<html lang="de"><body><h1>Radwege</h1><p class="meta">Datum: 03.05.2020</p>${prose}</body></html>`;
    expect(published(html)).toBe('2020-05-03');
  });
});

describe('a date line spoken to screen readers only', () => {
  it('an empty element whose aria-label says "Published …" (its text comes from the style sheet)', () => {
    const html = `<html lang="en-US"><body><h1>Storm season begins</h1><div class="by">Ann Lee</div>
      <div class="ar_dt" aria-label="Published: 2:12 p.m. ET Apr. 2, 2020 Updated: 2:25 p.m. ET Apr. 2, 2020"></div>${prose}</body></html>`;
    expect(published(html)).toBe('2020-04-02');
  });
  it('an aria-label that is no date line, or on an element with text, is not read', () => {
    const html = `<html lang="en-US"><body><h1>Storm season begins</h1>
      <a class="pager" aria-label="Go to the archive of March 3, 2020"></a><span aria-label="Published March 4, 2020">share</span>${prose}</body></html>`;
    expect(published(html)).toBeNull();
  });
});
