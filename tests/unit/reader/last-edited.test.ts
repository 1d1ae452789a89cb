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
  it('a German "Stand:" line ("as of") in a print footer', () => {
    const doc = page('<html lang="de"><body><h1>Bürgerbüro</h1><p id="print-footer">Quelle: Stadtverwaltung<br>[Stand: 14.03.2021, 08:10 Uhr]</p></body></html>');
    expect(lastEditedDay(doc, 'de')).toBe('2021-03-14');
  });
  it('"Stand" only as a word of its own before the day', () => {
    const doc = page('<html lang="de"><body><footer><p>Verstand 14.03.2021</p><p>Standort: Marktplatz 1, seit 14.03.2021</p></footer></body></html>');
    expect(lastEditedDay(doc, 'de')).toBeNull();
  });
  it('reaches a second footer after a first one of many nested columns', () => {
    const columns = '<div class="footer-col"><a href="/a">Bauen</a> <a href="/b">Wohnen</a></div>'.repeat(30);
    const doc = page(`<html lang="de"><body><h1>Bürgerbüro</h1><div id="footer">${columns}</div>
      <p id="footer-print">[Stand: 14.03.2021]</p></body></html>`);
    expect(lastEditedDay(doc, 'de')).toBe('2021-03-14');
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

describe('a labelled "last changed" line in the page', () => {
  const story = '<p>Die Hütte liegt auf 2.400 Metern und ist im Sommer bewirtet. Der Aufstieg dauert etwa drei Stunden, die letzte Stunde führt über einen steilen, aber gut gesicherten Weg.</p>';
  const filler = '<p>Unterwegs gibt es zwei Brunnen und eine Alm, auf der man einkehren kann, bevor der letzte Anstieg beginnt.</p>'.repeat(30);
  const caption = '<p>Bild: Blick vom Gipfel am 31.05.2021 (links) und die Route (rechts)</p>';
  it('outranks a day the text only mentions, far from the headline', () => {
    const html = `<html lang="de"><body><h1>Zur Hütte</h1>${story}${filler}${caption}
      <div class="fields"><label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div></div></body></html>`;
    expect(published(html)).toBe('2022-01-14');
  });
  it('not a date line by the headline', () => {
    const html = `<html lang="de"><body><h1>Zur Hütte</h1><p>Anna Berg, 3. Juni 2021</p>${story}${filler}
      <div class="fields"><label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div></div></body></html>`;
    expect(published(html)).toBe('2021-06-03');
  });
  it('nor the metadata', () => {
    const html = `<html lang="de"><head><meta property="article:published_time" content="2021-06-03T10:00:00+02:00"></head><body><h1>Zur Hütte</h1>${story}${filler}${caption}
      <div class="fields"><label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div></div></body></html>`;
    expect(published(html)).toBe('2021-06-03T10:00:00+02:00');
  });
});
