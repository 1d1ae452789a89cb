import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { lastEditedDay } from '../../../src/core/reader/last-edited';
import { page } from './helpers';

const published = (html: string) => readArticle(page(html), null).meta.published;
const wikiBody = '<p>The reading group meets every other week. The next meeting is on Wednesday, 4 March 2020, at the library on Elm Street, and everyone who has read at least half of the book is welcome.</p>';

describe('the footer\'s last-edit day', () => {
  it('a wiki footer\'s "last edited on" line', () => {
    const doc = page(`<html lang="en"><body><h1>Reading group</h1>${wikiBody}
      <div id="footer"><ul><li id="footer-info-lastmod">This page was last edited on 12 February 2020, at 09:41.</li><li>Privacy policy</li></ul></div></body></html>`);
    expect(lastEditedDay(doc, 'en')).toBe('2020-02-12');
  });
  it('a German wiki\'s "zuletzt am … geändert"', () => {
    const doc = page('<html lang="de"><body><footer><p>Diese Seite wurde zuletzt am 3. Mai 2019 um 10:15 Uhr geändert.</p></footer></body></html>');
    expect(lastEditedDay(doc, 'de')).toBe('2019-05-03');
  });
  it('a footer date with no edit cue is the site\'s, not the page\'s', () => {
    const doc = page('<html lang="en"><body><footer><p>Founded 14 June 1998. Copyright 2020.</p></footer></body></html>');
    expect(lastEditedDay(doc, 'en')).toBeNull();
  });
  it('outranks a date in the running text of a page with nothing else', () => {
    const html = `<html lang="en"><body><h1>Reading group</h1>${wikiBody}
      <div class="site-footer">Updated: 2020/02/12 · Contact</div></body></html>`;
    expect(published(html)).toBe('2020-02-12');
  });
  it('never outranks the metadata', () => {
    const html = `<html lang="en"><head><meta property="article:published_time" content="2018-06-01T10:00:00Z"></head><body><h1>Reading group</h1>${wikiBody}
      <footer>Last updated 12 February 2020</footer></body></html>`;
    expect(published(html)).toBe('2018-06-01T10:00:00Z');
  });
  it('gives way to a day cued "published" in the page', () => {
    const html = `<html lang="en"><body><h1>Reading group</h1>${wikiBody}<div>${'<p>More notes about the schedule and the books we read this year.</p>'.repeat(40)}</div>
      <p>Published 2 January 2020</p><footer>Last updated 12 February 2020</footer></body></html>`;
    expect(published(html)).toBe('2020-01-02');
  });
});
