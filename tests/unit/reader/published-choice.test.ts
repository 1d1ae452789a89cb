import { describe, expect, it } from 'vitest';
import { normalizeDateTime } from '../../../src/core/reader/date-time';
import { printedPublicationDay } from '../../../src/core/reader/printed-date';
import { readArticle } from '../../../src/core/reader/index';
import { page } from './helpers';

const published = (html: string, url: string | null = null) => readArticle(page(html), url).meta.published;
const ld = (object: object) => `<script type="application/ld+json">${JSON.stringify(object)}</script>`;
const prose = '<p>The committee met again on Thursday and heard from residents who live along the route of the planned bypass.</p>';

describe('the metadata against the date line the page prints', () => {
  it('metadata sources that disagree: the one the date line names', () => {
    const html = `<html lang="de"><head>${ld({ '@type': 'NewsArticle', headline: 'Neue Radwege', datePublished: '2023-11-03T10:25:56+00:00' })}
      <meta property="article:published_time" content="2023-11-06T14:25:00+00:00"></head>
      <body><h1>Neue Radwege für die Altstadt</h1><div class="entry-date"><time>6. November 2023, 15:25 Uhr</time></div>${prose}</body></html>`;
    expect(published(html)).toBe('2023-11-06T14:25:00+00:00');
  });
  it('a date line that names the last-modified day: the day the page presents', () => {
    const html = `<html lang="en-GB"><head>${ld({ '@type': 'Article', headline: 'Goats', datePublished: '2020-01-03T09:48:24Z', dateModified: '2020-01-06T09:22:36Z' })}</head>
      <body><h1>How an island recovered from its goats</h1><div class="byline">Monday, 6 January 2020 · By Maya Holt</div>${prose}</body></html>`;
    expect(published(html)).toBe('2020-01-06T09:22:36Z');
  });
  it('a generic `date` meta gives way to the byline\'s date line', () => {
    const html = `<html lang="fr"><head><meta name="date" content="2020-04-30"></head>
      <body><h1>Grève des loyers</h1><p class="dateline">Par Jeanne Morel, 29.04.2020, 12:01</p>${prose}</body></html>`;
    expect(published(html)).toBe('2020-04-29');
  });
  it('a lone <time> in the article gives way to a "Publié le" line', () => {
    const html = `<html lang="fr"><body><article><h1>Le maintien de l'ordre</h1><p class="info">Publié le 29 juin 2019</p>${prose}
      <div><time datetime="2019-07-03T10:18:46Z">3 juillet</time></div></article></body></html>`;
    expect(published(html)).toBe('2019-06-29');
  });
  it('an article:published_time stands against another day printed by the headline', () => {
    const html = `<html lang="es"><head><meta property="article:published_time" content="2021-11-01T05:00:14+01:00"></head>
      <body><h1>Patinetes eléctricos</h1><p class="meta">Prueba del 11.01.2021</p>${prose}</body></html>`;
    expect(published(html)).toBe('2021-11-01T05:00:14+01:00');
  });
  it('a UTC night time moves to the previous day only on a date line, not on any printed day', () => {
    const head = '<head><meta property="article:published_time" content="2023-11-09T04:15:00Z"></head>';
    const withList = `<html lang="en">${head}<body><h1>Debate takeaways</h1><ul><li>Video: Nov 8, 2023</li></ul>${prose}</body></html>`;
    expect(published(withList)).toBe('2023-11-09T04:15:00Z');
    const withLine = `<html lang="en">${head}<body><h1>Debate takeaways</h1><p class="timestamp">November 8, 2023, 11:15 PM</p>${prose}</body></html>`;
    expect(published(withLine)).toBe('2023-11-08');
  });
});

describe('date-times written day first', () => {
  it('"01-11-2023 10:29" in a datetime attribute is the first of November', () => expect(normalizeDateTime('01-11-2023 10:29')).toBe('2023-11-01T10:29:00'));
  it('a day over 12 in first place', () => expect(normalizeDateTime('25.12.2022')).toBe('2022-12-25'));
  it('a month-first numeric date when the second number cannot be a month', () => expect(normalizeDateTime('11-25-2023')).toBe('2023-11-25'));
  it('a <time> with such a datetime', () => {
    expect(published('<html lang="de"><body><h1>Reisekosten</h1><div class="author-box"><time datetime="01-11-2023 10:29">1. November 2023 10:29</time></div></body></html>'))
      .toBe('2023-11-01');
  });
});

describe('which printed days are date lines', () => {
  it('a date in running prose ("was released on") loses to the date line under a blog\'s <h2>', () => {
    const doc = page(`<html><body><h2 class="post-title">Moving to Python 3</h2><small>January 13, 2020 at 08:45 AM | categories: python</small>
      <p>Version 5.2 was released on November 5, 2019. It is the first version that supports the new interpreter by default, after nearly eleven years of slow and careful work by its maintainers.</p></body></html>`);
    expect(printedPublicationDay(doc, 'en')).toBe('2020-01-13');
  });
  it('a column\'s category "Kommentar" before the date is no reader\'s comment', () => {
    const doc = page('<html><body><h1>Der Wochenrückblick</h1><ul class="post-info"><li>Kommentar</li><li>19. Oktober 2019</li></ul><div class="comment-list"><p>Anna sagt: 20. Oktober 2019</p></div></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe('2019-10-19');
  });
  it('a headline ending in "says" is no comment cue for the date line under it', () => {
    const doc = page('<html><body><h1>Talks must resume, envoy says</h1><ul class="nav meta"><li><a href="/time/2020-10-13">13 Oct 2020 18:29</a></li></ul></body></html>');
    expect(printedPublicationDay(doc, 'en')).toBe('2020-10-13');
  });
  it('"Name says:" before a date is a comment, on its own line or not', () => {
    const doc = page('<html><body><h1>Neue Brücke</h1><p>Kurt <span>sagt:</span></p><p>3. Mai 2019 um 10:00</p></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe(null);
  });
  it('a "sidebar" class on the wrapper around the whole article is its layout, not a sidebar', () => {
    const body = '<p>Ein schwarzes Kleid passt zu jeder Jahreszeit, wenn man die richtigen Stoffe und Schnitte wählt.</p>'.repeat(30);
    const doc = page(`<html><body><div class="mainwrap single sidebar"><div class="post-meta"><a class="post-meta-time">08/08/2017</a></div><h2>Fall in love with black</h2>${body}</div><div class="widget"><p>14/06/2019</p></div></body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2017-08-08');
  });
  it('the article\'s own details <aside> counts even with a long summary in it', () => {
    const summary = '<p>Leicht, steif genug für harte Abfahrten und bequem beim Aufstieg.</p>'.repeat(12);
    const doc = page(`<html><body><article><h1>Skitourenschuh im Test</h1><aside class="meta"><p class="meta__row"><time>21.01.2022 - 13:30</time></p>${summary}</aside></article></body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2022-01-21');
  });
});

describe('first published, not last updated', () => {
  it('a live page whose date line says "Updated" keeps its JSON-LD first-published day', () => {
    const html = `<html lang="en-GB"><head>${ld({ '@type': 'LiveBlogPosting', headline: 'Storm live', datePublished: '2024-08-04T13:23:00Z', dateModified: '2024-08-05T19:49:50Z' })}
      <meta property="article:published_time" content="2024-08-05T19:49:50Z"></head>
      <body><h1>Storm live: roads closed across the county</h1><ul class="time-info"><li><span>Updated</span> <time>20:49, 5 Aug 2024</time></li></ul>${prose}</body></html>`;
    expect(published(html)).toBe('2024-08-04T13:23:00Z');
  });
});

describe('awkward pages', () => {
  it('a blog whose only date line sits in its main "widget" box', () => {
    const doc = page(`<html><body><div class="widget Blog"><h2 class="date-header"><span>Dienstag, 28. April 2020</span></h2><h3>Tach auch!</h3>${prose}</div><div class="widget Profile"><p>Über mich</p></div></body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2020-04-28');
  });
  it('a date standing alone in a "share" box, the only day the page prints', () => {
    const doc = page('<html><body><h1>Die Zukunft der Zeitung</h1><p>Ein Gespräch über Medien.</p><div class="social-share"><h5>14.03.2019</h5><div>Von Petra Lang</div></div></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe('2019-03-14');
  });
  it('but not a date inside a sentence in such a box', () => {
    const doc = page('<html><body><h1>Die Zukunft der Zeitung</h1><p>Ein Gespräch über Medien.</p><div class="social-share"><p>Teilen Sie diesen Beitrag bis zum 14.03.2019 mit Ihren Freunden</p></div></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe(null);
  });
  it('but not when such boxes name several days (a list of recent posts)', () => {
    const doc = page('<html><body><h1>Über uns</h1><div class="widget recent"><p class="post-date">3. Mai 2020</p><p class="post-date">28. April 2020</p></div></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe(null);
  });
  it('a page with two <body> tags, the first one empty', () => {
    const doc = page('<html><head><title>t</title></head><body></body><body><h1>Frühlingsfest</h1><p class="date">Samstag, 2. Mai 2020</p></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe('2020-05-02');
  });
});

describe('weak sources stay weak when echoed', () => {
  it('a forum\'s WebPage node date, also read from the raw JSON-LD text, gives way to the thread\'s date line', () => {
    const html = `<html lang="de"><head>${ld({ '@type': 'WebPage', name: 'Forum', datePublished: '2011-02-21T17:47:28+01:00' })}</head>
      <body><h1>Auslieferung beginnt</h1><div class="postdate">03.03.2011, 09:14</div>${prose}</body></html>`;
    expect(published(html)).toBe('2011-03-03');
  });
});

describe('a source that says "published" outranks a generic one', () => {
  it('the markup\'s datePublished beats an earlier generic dcterms.date meta', () => {
    const html = `<html lang="de"><head><meta name="dcterms.date" content="2022-02-01T09:12:40+01:00"></head>
      <body><div class="teaser-intro">Ratgeber</div><span itemprop="datePublished" content="2022-02-09">9. Februar</span><h2>Mit dem Hund durch den Schnee</h2>${prose}</body></html>`;
    expect(published(html)).toBe('2022-02-09');
  });
  it('the generic meta still counts when nothing else dates the page', () => {
    const html = `<html lang="de"><head><meta name="dcterms.date" content="2022-02-01T09:12:40+01:00"></head><body><h1>Schnee</h1>${prose}</body></html>`;
    expect(published(html)).toBe('2022-02-01T09:12:40+01:00');
  });
});

describe('the share image\'s upload day, as a last resort', () => {
  it('a page with no other date: the day in the og:image path', () => {
    const html = `<html lang="en"><head><meta property="og:image" content="https://www.rights.example/files/2016/05/04/annual-report-og.png"></head>
      <body><h1>Our year in review</h1>${prose}</body></html>`;
    expect(published(html)).toBe('2016-05-04');
  });
  it('never before a date the page prints', () => {
    const html = `<html lang="en"><head><meta property="og:image" content="https://cdn.example/uploads/2016/05/04/pier.jpg"></head>
      <body><h1>Pier reopens</h1><p class="date">Published 9 June 2016</p>${prose}</body></html>`;
    expect(published(html)).toBe('2016-06-09');
  });
});

describe('the hAtom microformat', () => {
  it('<abbr class="published" title> gives the day a blog prints only as "3 days ago"', () => {
    const html = `<html><body><div class="hentry"><h2 class="entry-title">Tach auch</h2><abbr class="published" title="2020-04-28T21:11:00+02:00">3 days ago</abbr>${prose}</div></body></html>`;
    expect(published(html)).toBe('2020-04-28T21:11:00+02:00');
  });
});

describe('meta tags named "published" in vocabularies of their own', () => {
  const body = `<body><h1>Harbour plans approved</h1>${prose}</body>`;
  it('a CMS\'s own spelling of a published time', () => {
    expect(published(`<html lang="en"><head><meta name="vr:published-time" content="2024-05-02T08:30:00+02:00"></head>${body}</html>`))
      .toBe('2024-05-02T08:30:00+02:00');
    expect(published(`<html lang="en"><head><meta property="og:pubdate" content="20240502T08:30:00Z"></head>${body}</html>`)).toBe('2024-05-02T08:30:00');
  });
  it('not a last-published, publisher or expiry name', () => {
    const head = '<head><meta name="lastpublisheddate" content="2024-06-01T10:00:00Z"><meta property="article:expiration_time" content="2024-07-01"></head>';
    expect(published(`<html lang="en">${head}${body}</html>`)).toBeNull();
  });
});

describe('a meta tag that names only a month', () => {
  it('gives way to the next listed one that names the day (a journal\'s issue month, then its online day)', () => {
    const html = `<html lang="en"><head><meta name="citation_publication_date" content="2021/05"><meta name="citation_online_date" content="2021/04/12"></head>
      <body><h1>Soil carbon under rotating pasture</h1>${prose}</body></html>`;
    expect(published(html)).toBe('2021-04-12');
  });
  it('is never read as the first of its month', () => {
    const html = `<html lang="en"><head><meta name="citation_publication_date" content="2021/05"></head><body><h1>Soil carbon under rotating pasture</h1>${prose}</body></html>`;
    expect(published(html)).toBeNull();
  });
});

describe('the site\'s header', () => {
  const menu = '<nav><a href="/">Home</a> <a href="/city">City</a> <a href="/arts">Arts</a></nav>';
  it('its <time> is today\'s date beside the menu, never the story\'s day', () => {
    const html = `<html lang="en"><body><header><time datetime="2024-02-07T08:00:00+01:00">Wednesday, February 7, 2024</time>${menu}</header>
      <main><h1>The library reopens</h1>${prose}</main></body></html>`;
    expect(published(html)).toBeNull();
  });
  it('an article\'s <header> with its headline keeps its <time>', () => {
    const html = `<html lang="en"><body><article><header><nav class="crumbs"><a href="/city">City</a></nav><h1>The library reopens</h1><time datetime="2024-02-06T10:00:00+01:00">February 6</time></header>${prose}</article></body></html>`;
    expect(published(html)?.slice(0, 10)).toBe('2024-02-06');
  });
});
