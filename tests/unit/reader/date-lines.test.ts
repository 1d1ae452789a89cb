import { describe, expect, it } from 'vitest';
import { findDays, writesMonthFirst } from '../../../src/core/reader/date-lines';
import { printedPublicationDay } from '../../../src/core/reader/printed-date';
import { readArticle } from '../../../src/core/reader/index';
import { dateFromUrl } from '../../../src/core/reader/published-date';
import { page } from './helpers';

const days = (text: string, monthFirst = false) => findDays(text, monthFirst).map((found) => found.day);

describe('calendar days in running text, in many languages', () => {
  it('English, day first', () => expect(days('Published 3 March 2019')).toEqual(['2019-03-03']));
  it('English, month first with weekday', () => expect(days('Monday Nov 23, 2020 at 5:02 AM')).toEqual(['2020-11-23']));
  it('German, with a dotted day', () => expect(days('Veröffentlicht am 6. August 2009')).toEqual(['2009-08-06']));
  it('German, glued day and month', () => expect(days('8.Dezember 2010 um 09:43')).toEqual(['2010-12-08']));
  it('French', () => expect(days('publié le 27 juin 2019')).toEqual(['2019-06-27']));
  it('Spanish, with "de"', () => expect(days('martes 17 de marzo de 2020')).toEqual(['2020-03-17']));
  it('Spanish, day, month and year set apart by commas', () => expect(days('Managua | 14, Marzo, 2023')).toEqual(['2023-03-14']));
  it('a number, a comma and a month and year is no day', () => expect(days('Vol. 3, March 2020 issue')).toEqual([]));
  it('Italian', () => expect(days('2 novembre 2023')).toEqual(['2023-11-02']));
  it('Dutch', () => expect(days('9 oktober 2020 11:12')).toEqual(['2020-10-09']));
  it('Romanian', () => expect(days('duminică, 20 septembrie 2020')).toEqual(['2020-09-20']));
  it('Polish genitive', () => expect(days('3 marca 2021')).toEqual(['2021-03-03']));
  it('Russian genitive, with "г."', () => expect(days('Опубликовано 3 марта 2020 г., 14:05')).toEqual(['2020-03-03']));
  it('Ukrainian: листопад is November', () => expect(days('12 листопада 2021')).toEqual(['2021-11-12']));
  it('Greek genitive', () => expect(days('Δημοσίευση: 5 Μαΐου 2019')).toEqual(['2019-05-05']));
  it('Catalan, with "de"', () => expect(days('dimarts, 17 de març de 2020')).toEqual(['2020-03-17']));
  it('Slovak genitive', () => expect(days('Publikované 2. októbra 2018')).toEqual(['2018-10-02']));
  it('Norwegian', () => expect(days('Publisert 9. desember 2020')).toEqual(['2020-12-09']));
  it('Bosnian and Serbian', () => expect(days('Objavljeno 4. septembar 2019')).toEqual(['2019-09-04']));
  it('Indonesian', () => expect(days('Diterbitkan 21 Agustus 2020')).toEqual(['2020-08-21']));
  it('Hungarian, year first', () => expect(days('Budapest, 2021. március 3. 12:40')).toEqual(['2021-03-03']));
  it('Korean numeric, year first with spaces', () => expect(days('입력 2020. 2. 19. 오후 3:12')).toEqual(['2020-02-19']));
  it('a day, a month\'s name and a year joined by hyphens', () => expect(days('Updated: 19-Feb-2020 08:15 IST')).toEqual(['2020-02-19']));
  it('not a year followed by a list number', () => expect(days('Im Jahr 2020. 3 Fragen an die Ministerin')).toEqual([]));
  it('an abbreviated month with a dot', () => expect(days('28. Jan. 2022')).toEqual(['2022-01-28']));
  it('numeric with dots is day first', () => expect(days('Datum 12.01.2017')).toEqual(['2017-01-12']));
  it('numeric with spaces after the dots', () => expect(days('4. 2. 2022')).toEqual(['2022-02-04']));
  it('ISO and slashed year-first', () => expect(days('2020-02-19 20:29 and 2016/11/18')).toEqual(['2020-02-19', '2016-11-18']));
  it('CJK', () => expect(days('2020年2月19日')).toEqual(['2020-02-19']));
  it('a slash date is day first outside US English', () => expect(days('17/03/2020 and 03/04/2020')).toEqual(['2020-03-17', '2020-04-03']));
  it('a slash date is month first in US English', () => expect(days('03/04/2020', true)).toEqual(['2020-03-04']));
  it('an impossible day is no day', () => expect(days('31.02.2020')).toEqual([]));
  it('a month and year alone is no day', () => expect(days('Januar 2014 (1)')).toEqual([]));
  it('a version number is no day', () => expect(days('version 1.2.3.2020')).toEqual([]));
  it('US English writes month first', () => {
    expect(writesMonthFirst('en-US')).toBe(true);
    expect(writesMonthFirst('en-GB')).toBe(false);
    expect(writesMonthFirst(null)).toBe(false);
  });
});

describe('the printed publication day', () => {
  it('the date line under the headline', () => {
    const doc = page('<html><body><p>9 May 2021</p><h1>Ferry fares to rise</h1><div class="byline">By Ana Ruiz · 14 March 2022</div><p>Fares rise on 1 April 2022.</p></body></html>');
    expect(printedPublicationDay(doc, 'en')).toBe('2022-03-14');
  });
  it('a "published" cue beats an "updated" one', () => {
    const doc = page('<html><body><h1>Neue Brücke eröffnet</h1><p>Aktualisiert am 05.03.2021</p><p>Veröffentlicht am 03.03.2021</p></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe('2021-03-03');
  });
  it('an "updated" date counts when it is the only one', () => {
    const doc = page('<html><body><h1>How to prune roses</h1><p>Updated June 13, 2019</p><p>Cut above a bud.</p></body></html>');
    expect(printedPublicationDay(doc, 'en')).toBe('2019-06-13');
  });
  it('never a date from a related list, a sidebar or a comment', () => {
    const doc = page('<html><body><h1>Le port rouvre</h1><div class="related"><a>Le port ferme</a> 2 janvier 2020</div><aside>3 janvier 2020</aside><div class="comments">Marc, 5 janvier 2020</div><p class="date">publié le 4 janvier 2020</p></body></html>');
    expect(printedPublicationDay(doc, 'fr')).toBe('2020-01-04');
  });
  it('a date in the article\'s own <aside class="meta"> counts', () => {
    const doc = page('<html><body><article><h1>Lawinen im Januar</h1><aside class="meta"><time>21.01.2022 - 13:30</time></aside><p>Text.</p></article></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe('2022-01-21');
  });
  it('not a date in a quoted post', () => {
    const doc = page('<html><body><h1>Fans fill the seats</h1><blockquote class="twitter-tweet">So good — September 27, 2020</blockquote><p class="posted">Posted on September 28, 2020</p></body></html>');
    expect(printedPublicationDay(doc, 'en-US')).toBe('2020-09-28');
  });
  it('not the day a masthead prints beside its logo: today\'s date, not the story\'s', () => {
    const doc = page('<html><body><div class="top"><h1><a href="/" class="logo">Hafenfunk</a></h1><span class="site-date">Mittwoch, 26.02.2020</span></div>'
      + '<article><h1>Neue Fähre für den Hafen</h1><p>Von Anna Berg, 01.05.2017</p><p>Text.</p></article></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe('2017-05-01');
  });
  it('none on a page that prints no day', () => expect(printedPublicationDay(page('<html><body><h1>About us</h1><p>Since 2004.</p></body></html>'), 'en')).toBe(null));
  it('bounded on a huge page', () => {
    const doc = page(`<html><body><h1>Many</h1>${'<p>12.01.2017 text</p>'.repeat(30000)}</body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2017-01-12');
  });
});

describe('published from the page when the metadata has none', () => {
  it('the printed date line', () => {
    const doc = page('<html lang="de"><body><h1>Vereinsfest am See</h1><p>Artikel veröffentlicht am 16.12.2012</p><p>Es war ein schöner Tag.</p></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2012-12-16');
  });
  it('itemprop datePublished in the markup', () => {
    const doc = page('<html><body><h1>Winter walks</h1><span itemprop="datePublished" content="2022-01-27">27 Jan</span></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2022-01-27');
  });
  it('a WebPage node\'s datePublished when no article node has one', () => {
    const doc = page('<html><head><script type="application/ld+json">{"@type":"WebPage","datePublished":"2020-10-26T18:10:00+01:00"}</script></head><body><h1>Council meets</h1></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2020-10-26T18:10:00+01:00');
  });
  it('the canonical address when the caller gives none', () => {
    const doc = page('<html><head><link rel="canonical" href="https://news.example/2020/01/13/journey-to-python-3/"></head><body><h1>Journey</h1><div class="sidebar"><time datetime="2019-11-05">5 Nov</time></div></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2020-01-13');
  });
  it('the og:url or AMP address when the canonical one carries no day', () => {
    const doc = page('<html><head><link rel="canonical" href="https://news.example/story/812345"><link rel="amphtml" href="https://news.example/amp/2021/06/30/ferry-strike/"></head><body><h1>Ferry strike</h1></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2021-06-30');
  });
  it('a number opening the slug after a year and month is no day', () => {
    expect(dateFromUrl('https://blog.example/2023/10/3-questions-for-our-fundraiser/')).toBeNull();
    expect(dateFromUrl('https://blog.example/2019/05/10-things-to-pack/')).toBeNull();
    expect(dateFromUrl('https://news.example/2019-03-03-harbour-plans')).toBe('2019-03-03');
  });
  it('an address day before the metadata\'s: the page first went up then (re-published later)', () => {
    const doc = page('<html><head><meta property="article:published_time" content="2019-06-17T18:28:00+02:00"><link rel="canonical" href="https://blog.example/home/2017/7/12/montauk"></head><body><h1>Montauk</h1></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2017-07-12');
  });
  it('an address day after the metadata\'s does not move it', () => {
    const doc = page('<html><head><meta property="article:published_time" content="2017-07-12T18:28:00+02:00"><link rel="canonical" href="https://blog.example/2019/06/17/montauk"></head><body><h1>Montauk</h1></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2017-07-12T18:28:00+02:00');
  });
  it('a UTC time early in the morning is the evening before where the address says so', () => {
    const doc = page('<html><head><meta property="article:published_time" content="2023-11-09T03:28:35+00:00"></head><body><h1>Debate night</h1></body></html>');
    expect(readArticle(doc, 'https://news.example/2023/11/08/debate-night-recap/').meta.published).toBe('2023-11-08');
  });
  it('a UTC time late in the evening is the next day where the address says so', () => {
    const doc = page('<html><head><meta property="article:published_time" content="2023-11-01T23:01:00Z"></head><body><h1>Diretta</h1></body></html>');
    expect(readArticle(doc, 'https://news.example/esteri/2023/11/02/diretta/').meta.published).toBe('2023-11-02');
  });
  it('a UTC time at midday stays as it is', () => {
    const doc = page('<html><head><meta property="article:published_time" content="2023-11-06T13:10:22Z"></head><body><h1>Road closed</h1><p class="date">5. November 2023</p></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2023-11-06T13:10:22Z');
  });
  it('first published, not last updated: a <time> marked as an update is skipped', () => {
    const doc = page('<html><body><h1>Budget passes</h1><time class="updated" datetime="2024-03-05">5 March</time><p class="date">Published 4 March 2024</p></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2024-03-04');
  });
});

describe('the printed day: captions, kickers, forms, broken JSON-LD', () => {
  it('a photo caption\'s date is the photo\'s, not the story\'s', () => {
    const doc = page('<html><body><h1>Protest at the theatre</h1><figure><figcaption>Crowds outside, January 16, 2020</figcaption></figure><p>January 18, 2020</p><p>PARIS - Protesters gathered.</p></body></html>');
    expect(printedPublicationDay(doc, 'en-US')).toBe('2020-01-18');
  });
  it('a <figcaption> that holds the headline is the story\'s header, not a caption', () => {
    const doc = page('<html><body><div class="lead"><figure><img src="a.jpg"><figcaption><small>14.02.2022 Regionalliga</small><h1 class="heading">Neuer Trainer für Hallstadt</h1></figcaption></figure></div><p>Der Verein stellte ihn vor.</p></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe('2022-02-14');
  });
  it('a date just above the headline beats one far below it', () => {
    const far = '<p>The season resumes next month with a full programme of matches across the league.</p>'.repeat(20);
    const doc = page(`<html><body><div>02.02.2022</div><h1>Nationalspieler verlängert</h1>${far}<div>30.01.2022 Andere Meldung</div></body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2022-02-02');
  });
  it('a page wrapped in one big <form> is still read', () => {
    const doc = page('<html><body><form id="main"><h1>Come together</h1><div class="abstract"><p>06.05.2018</p></div></form></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe('2018-05-06');
  });
  it('a datePublished in JSON-LD too broken to parse', () => {
    const doc = page('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bad "quote" here","datePublished":"2020-10-26T18:10:00+01:00"}</script></head><body><h1>Director tests positive</h1></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2020-10-26T18:10:00+01:00');
  });
});

describe('a two-digit year on the date line', () => {
  it('is found as a day, day first, marked as short', () => {
    expect(findDays('Lena Vogt, 8.5.12')).toEqual([{ day: '2012-05-08', index: 11, end: 17, shortYear: true }]);
    expect(days('02.12.19')).toEqual(['2019-12-02']);
  });
  it('never inside a four-digit year, a version or an address', () => {
    expect(days('03.03.2019')).toEqual(['2019-03-03']);
    expect(days('release 1.2.10.4 and 10.4.12.7')).toEqual([]);
    expect(days('31.02.20')).toEqual([]);
  });
  it('a byline with a two-digit year under the headline', () => {
    const doc = page('<html><body><h1>Die Umfrage nach der Wahl</h1><p>Jonas Keller, 8.5.12</p><p>Die Landtagswahl ist vorbei.</p></body></html>');
    expect(printedPublicationDay(doc, 'de')).toBe('2012-05-08');
  });
  it('a short date just above the headline', () => {
    const doc = page('<html><body><header><span>In the media</span> <span>02.12.19</span><h1>What the new commission faces</h1></header><p>Text.</p></body></html>');
    expect(printedPublicationDay(doc, 'en')).toBe('2019-12-02');
  });
  it('not a two-digit year in running prose or far from the headline', () => {
    const prose = '<p>Das Spiel endete am Ende 3.4.12 nach einer langen Verlängerung, wie der Verein in seiner Mitteilung schrieb und wie alle Zuschauer im Stadion gesehen hatten.</p>';
    const far = '<p>Die Saison beginnt im nächsten Monat mit einem vollen Programm an Spielen in der ganzen Liga.</p>'.repeat(10);
    const doc = page(`<html><body><h1>Pokalfinale</h1>${prose}${far}<p>Version 4.5.11</p></body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe(null);
  });
});

describe('a press dateline opening the first paragraph', () => {
  const events = '<div class="events-list"><div>20.11.2021</div><div>Adventsbasar</div><div>21.11.2021</div><div>Konzert</div></div>';
  const body = 'Traditionell gedenken die Gemeinden am letzten Sonntag des Kirchenjahres ihrer Verstorbenen, in diesem Jahr auch mit Angeboten im Netz, die Trauernde zu Hause nutzen können.';
  it('"Place, (date). Text" is the story\'s date, not one in its prose', () => {
    const doc = page(`<html><body><h1>Trauern im Netz</h1><p><strong>Lindenfeld, (12.11.2021).</strong> ${body}</p>${events}</body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2021-11-12');
  });
  it('"CITY (Agency), date – Text" in English', () => {
    const doc = page(`<html><body><h1>Harbour reopens</h1><p>PORT ELLEN (Coast Wire), 3 March 2021 – The harbour reopened on Wednesday after a storm closed it for most of the week, officials said, and ferries are expected to run again from Friday.</p>${events}</body></html>`);
    expect(printedPublicationDay(doc, 'en')).toBe('2021-03-03');
  });
  it('but a date later in a sentence stays prose', () => {
    const doc = page(`<html><body><h1>Trauern im Netz</h1><p>Die Gemeinde lädt am 12.11.2021 ein. ${body}</p><div class="events-list"><div>20.11.2021</div></div></body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2021-11-20');
  });
});

describe('published and updated cues in more languages', () => {
  it('Russian: "Опубликовано" beats "Обновлено"', () => {
    const doc = page('<html><body><h1>Новый мост открыт</h1><p>Обновлено 5 марта 2021</p><p>Опубликовано 3 марта 2021</p></body></html>');
    expect(printedPublicationDay(doc, 'ru')).toBe('2021-03-03');
  });
  it('Greek: a "Δημοσιεύθηκε" line beats an "Ενημερώθηκε" one', () => {
    const doc = page('<html><body><h1>Νέα γέφυρα</h1><p>Ενημερώθηκε: 6 Μαΐου 2019</p><p>Δημοσιεύθηκε: 5 Μαΐου 2019</p></body></html>');
    expect(printedPublicationDay(doc, 'el')).toBe('2019-05-05');
  });
});

describe('a date in an element of its own opening a long paragraph', () => {
  const lede = 'Die Stadtbibliothek öffnet nach dem Umbau wieder, mit längeren Öffnungszeiten, einem neuen Lesesaal im Dachgeschoss und einer Ecke für Kinder, die bisher im Keller untergebracht war.';
  const masthead = '<div class="topbar"><time datetime="2024-02-09T08:00:00+01:00">Freitag, 9. Februar 2024</time></div>';
  it('is the paragraph\'s dateline, not a date in its prose', () => {
    const doc = page(`<html><body>${masthead}<h2>Bibliothek wieder offen</h2><p><span class="text-date">6. Februar 2024.</span> ${lede}</p></body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2024-02-06');
  });
  it('not without the element of its own', () => {
    const doc = page(`<html><body>${masthead}<h2>Bibliothek wieder offen</h2><p>6. Februar 2024. ${lede}</p></body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2024-02-09');
  });
  it('not a marked date inside the sentence', () => {
    const doc = page(`<html><body>${masthead}<h2>Bibliothek wieder offen</h2><p>Seit dem <span class="date">6. Februar 2024</span> ist klar: ${lede}</p></body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2024-02-09');
  });
});

describe('the site\'s header', () => {
  const menu = '<nav><a href="/">Start</a> <a href="/stadt">Stadt</a> <a href="/kultur">Kultur</a></nav>';
  const story = '<p>Die Stadtbibliothek öffnet nach dem Umbau wieder, mit längeren Öffnungszeiten und einem neuen Lesesaal im Dachgeschoss.</p>';
  it('prints today\'s date beside its menu, not the story\'s', () => {
    const doc = page(`<html><body><header class="top"><span>Mittwoch, 7. Februar 2024</span>${menu}</header><main><h1>Bibliothek wieder offen</h1>${story}</main></body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBeNull();
  });
  it('the same in a box classed "site-header" on a page whose headline is an <h2>', () => {
    const doc = page(`<html><body><div class="site-header">${menu}<time datetime="2024-02-07">7. Februar 2024</time></div><h2>Bibliothek wieder offen</h2><p>Von Anna Berg, 3. Februar 2024</p>${story}</body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2024-02-03');
  });
  it('but the article\'s own header, with its headline and a breadcrumb menu, keeps its date line', () => {
    const doc = page(`<html><body><header class="article-header"><nav class="breadcrumb"><a href="/">Start</a> › <a href="/stadt">Stadt</a></nav><h1>Bibliothek wieder offen</h1><span class="date">6. Februar 2024</span></header>${story}</body></html>`);
    expect(printedPublicationDay(doc, 'de')).toBe('2024-02-06');
  });
});

describe('a slashed day on a bare "en" page, followed by a European time', () => {
  it('GMT or central European time: the day first', () => {
    expect(days('Published on 04/03/2025 - 09:40 GMT+1', true)).toEqual(['2025-03-04']);
    expect(days('By Tom Reid 05/02/2024 03:15pm GMT', true)).toEqual(['2024-02-05']);
    expect(days('07/06/2023, 18:05 CEST', true)).toEqual(['2023-06-07']);
  });
  it('an American time or none: the month first, as before', () => {
    expect(days('Posted 04/03/2025 09:40 AM ET', true)).toEqual(['2025-04-03']);
    expect(days('04/03/2025', true)).toEqual(['2025-04-03']);
  });
  it('a day that cannot be a month is read as it is, whatever follows', () => expect(days('03/25/2025 10:00 GMT', true)).toEqual(['2025-03-25']));
});

describe('the story\'s own "masthead"', () => {
  const story = '<p>Yields on ten-year notes fell for a third day as investors waited for the central bank\'s decision on Thursday.</p>';
  it('an <h1> in a box classed "article__masthead" is the headline, and the date under it the story\'s', () => {
    const doc = page(`<html lang="en-US"><body><h1 class="logo"><a href="/">Market Desk</a></h1><div class="article__masthead"><h1 class="article__headline">Bond yields slide</h1>
      <time class="timestamp">Published: Sept. 8, 2020 at 9:22 a.m. ET</time></div>${story}</body></html>`);
    expect(printedPublicationDay(doc, 'en-US')).toBe('2020-09-08');
  });
  it('but the site\'s masthead box still holds its logo, and today\'s date beside it is no date line', () => {
    const doc = page(`<html lang="en-US"><body><div class="masthead"><h1>Market Desk</h1><span>Tuesday, September 8, 2020</span></div>${story}</body></html>`);
    expect(printedPublicationDay(doc, 'en-US')).toBeNull();
  });
});

describe('the printed day: story cards and rewritten date lines', () => {
  const body = '<p>The harbour ferry will run into the winter months, the council said on Tuesday after a long debate.</p>';
  it('a link around another story\'s title and date is that story\'s card, under any class name', () => {
    const card = '<div class="group more-on-this"><ul><li><a href="/news/ferry-1"><div class="unit__title"><span>Ferry fares: how the row unfolded</span></div><div class="date">22 May 2031</div></a></li></ul></div>';
    const doc = page(`<html><body><h1>Ferry runs into winter</h1><div class="story-info"><span class="date">24 May 2031</span></div>${body}${card}</body></html>`);
    expect(printedPublicationDay(doc, 'en')).toBe('2031-05-24');
    const only = page(`<html><body><h1>Ferry runs into winter</h1>${body}${card}</body></html>`);
    expect(printedPublicationDay(only, 'en')).toBe(null);
  });
  it('a date linked alone (a blog\'s permalink) is still the post\'s', () => {
    const doc = page(`<html><body><h1>Ferry runs into winter</h1><p class="meta"><a href="/2031/05/ferry/" rel="bookmark"><time>24 May 2031</time></a></p>${body}</body></html>`);
    expect(printedPublicationDay(doc, 'en')).toBe('2031-05-24');
  });
  it('a date line a script rewrote as "8 hours ago" is read from its data-datetime', () => {
    const doc = page(`<html><body><h1>Ferry runs into winter</h1><div class="date relative-time" data-datetime="24 May 2031">8 hours ago</div>${body}<div class="sidebar-list"><div class="date">21 March 2031</div></div></body></html>`);
    expect(printedPublicationDay(doc, 'en')).toBe('2031-05-24');
  });
  it('a printed date with a year is read as printed, not from its attribute', () => {
    const doc = page(`<html><body><h1>Ferry runs into winter</h1><div class="date" data-datetime="1 January 2031">24 May 2031</div>${body}</body></html>`);
    expect(printedPublicationDay(doc, 'en')).toBe('2031-05-24');
  });
});
