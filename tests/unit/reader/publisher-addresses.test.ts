import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { page } from './helpers';

// The outlet's printed name over the forms a site's machinery gives it: an address in
// `og:site_name`, a whole URL, or the CMS's lower-case key in the JSON-LD publisher.

const body = '<p>The council voted on Tuesday to extend the harbour ferry timetable into the winter months.</p>'.repeat(5);
const publishers = (head: string, url: string | null) => readArticle(page(`<html><head>${head}</head><body><h1>Ferry timetable extended</h1>${body}</body></html>`), url).meta.publishers;

describe('publisher given as an address', () => {
  it('with no URL, an address in og:site_name tells the host, and the title\'s suffix names it', () => {
    expect(publishers('<title>Ferry timetable extended - Harbour Times</title><meta property="og:site_name" content="harbourtimes.com">', null))
      .toEqual(['Harbour Times', 'harbourtimes.com']);
  });
  it('a whole URL comes last, after the address the title prints for a short host', () => {
    expect(publishers('<title>Ferry timetable extended | HBT.com</title><meta property="og:site_name" content="http://www.hbt.com">', 'https://www.hbt.com/2024/05/01/ferry/'))
      .toEqual(['HBT.com', 'http://www.hbt.com']);
  });
  it('an address alone is still the publisher', () => {
    expect(publishers('<meta property="og:site_name" content="harbourtimes.com">', null)).toEqual(['harbourtimes.com']);
  });
});

describe('publisher given as the CMS\'s key', () => {
  it('"harbour" in small letters gives way to the name the site prints', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable extended","publisher":{"@type":"Organization","name":"harbour"}}</script>';
    expect(publishers(`${jsonLd}<meta property="og:site_name" content="The Harbour">`, 'https://www.harbour.example/news/1')[0]).toBe('The Harbour');
  });
  it('a name in small letters stands when it is the only one', () => {
    expect(publishers('<meta property="og:site_name" content="harbourwire">', null)).toEqual(['harbourwire']);
  });
});

describe('publisher with a platform credit', () => {
  it('"X powered by Y" is X', () => expect(publishers('<meta property="og:site_name" content="Quayside Wiki powered by Wikiplat">', null)).toEqual(['Quayside Wiki']));
});

describe('a title ending in a byline', () => {
  it('"Headline - By someone" names no publisher', () => expect(publishers('<title>Ferry timetable extended - By quaywriter</title>', null)).toEqual([]));
});

describe('the company\'s short name and the outlet\'s full one', () => {
  it('"HBC" in og:site_name and "… | HBC News" ending the title and og:title: the name the page prints comes first', () => {
    const head = '<title>Ferry timetable extended | HBC News</title><meta property="og:title" content="Ferries to run later | HBC News"><meta property="og:site_name" content="HBC">';
    expect(publishers(head, 'https://www.hbc.example/news/ferry-1.234')).toEqual(['HBC News', 'HBC']);
  });
  it('the fuller name in the logo counts too', () => {
    const doc = page(`<html><head><title>Ferry timetable extended | Harbour Zeitung Nord</title><meta property="og:site_name" content="Harbour Zeitung"></head>
      <body><div class="logo"><a href="/"><img src="/l.svg" alt="Logo Harbour Zeitung Nord"></a></div><h1>Ferry timetable extended</h1>${body}</body></html>`);
    expect(readArticle(doc, null).meta.publisher).toBe('Harbour Zeitung Nord');
  });
  it('a name only <title> adds words to is a section or a tagline ("HBC Politics")', () => {
    expect(publishers('<title>Ferry timetable extended | HBC Politics</title><meta property="og:site_name" content="HBC">', null)[0]).toBe('HBC');
  });
  it('a section named in words of the language after the name ("HBC Kinh doanh") is no fuller name', () => {
    expect(publishers('<title>Ferry timetable extended - HBC Kinh doanh</title><meta property="og:title" content="Ferries - HBC Kinh doanh"><meta property="og:site_name" content="HBC">', null)[0]).toBe('HBC');
  });
  it('a suffix that only shares a first word with the site\'s name changes nothing', () => {
    expect(publishers('<title>Ferry timetable extended | Harbourside Life</title><meta property="og:site_name" content="Harbour Times">', null)[0]).toBe('Harbour Times');
  });
});

describe('the site\'s name in the title, in more shapes', () => {
  it('"www." before an address given as the site\'s name is dropped', () => {
    expect(publishers('<meta property="og:site_name" content="www.harbourtimes.com">', 'https://www.harbourtimes.com/view/ferry')).toEqual(['harbourtimes.com']);
  });
  it('a whole URL keeps its form', () => {
    expect(publishers('<meta property="og:site_name" content="http://www.hbt.com">', null)).toEqual(['http://www.hbt.com']);
  });
  it('"Headline : Site", the colon spaced on both sides, ends on the site\'s name', () => {
    expect(publishers('<title>Ferry timetable extended : The Harbour Post</title>', 'https://ext.harbourpost.example/ferry-timetable/1/')).toEqual(['The Harbour Post']);
  });
  it('a blog\'s "Name: Headline" names the blog when the rest is the headline', () => {
    const head = '<title>QUAYNOTES The Harbour Diary: Ferry timetable extended</title><meta property="og:title" content="Ferry timetable extended">';
    expect(publishers(head, 'https://quaynotes.blogplat.example/2031/05/ferry.html')).toEqual(['QUAYNOTES The Harbour Diary']);
  });
  it('a headline with a colon of its own names no site: the host stands', () => {
    const head = '<title>Harbour ferry: timetable extended</title><meta property="og:title" content="Harbour ferry: timetable extended">';
    expect(publishers(head, 'https://harbourferry.example/news/1')).toEqual(['harbourferry.example']);
  });
  it('a prefix that names another site than the host is no candidate: the host stands', () => {
    const head = '<title>Larkmouth Notes: Ferry timetable extended</title><meta property="og:title" content="Ferry timetable extended">';
    expect(publishers(head, 'https://quaynotes.example/2031/05/ferry.html')).toEqual(['quaynotes.example']);
  });
});

describe('the publisher meta tag', () => {
  it('"Harbour Broadcasting (www.hb.com)" names the host hb by its initials and comes before the address in og:site_name', () => {
    const head = '<meta property="og:site_name" content="HB.COM"><meta name="publisher" content="Harbour Broadcasting (www.hb.com)">';
    expect(publishers(head, 'https://www.hb.com/en/ferry/a-1')).toEqual(['Harbour Broadcasting', 'HB.COM']);
  });
  it('a site that calls itself by a name keeps it: the company in the tag is not asked, even when it names the host', () => {
    const head = '<meta property="og:site_name" content="Quay Weekly"><meta name="publisher" content="Harbour Media">';
    expect(publishers(head, 'https://www.harbour.com/quay-weekly/ferry')).toEqual(['Quay Weekly']);
  });
  it('a company that does not name the host is no candidate', () => {
    const head = '<meta property="og:site_name" content="Harbour Times"><meta name="publisher" content="Quayside Media Group">';
    expect(publishers(head, 'https://www.harbourtimes.example/ferry')).toEqual(['Harbour Times']);
  });
  it('initials count only when every word is capitalised: "Harbour and Bay" does not name hab', () => {
    const head = '<meta name="publisher" content="Harbour and Bay">';
    expect(publishers(head, 'https://www.hab.example/ferry')).not.toContain('Harbour and Bay');
  });
});
