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
