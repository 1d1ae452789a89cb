import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { page } from './helpers';

// A page whose metadata and <title> name no outlet: the masthead's logo or the footer's copyright
// line names it, when the name is the site's own (it names the address), never the host name first.
const body = '<p>The council voted on Tuesday to extend the harbour ferry timetable into the winter months.</p>'.repeat(5);
const URL = 'https://www.harbourtimes.example/news/ferry/';
const publishers = (header: string, footer = '') =>
  readArticle(page(`<html><head><title>Ferry timetable extended</title></head><body><header>${header}</header><article><h1>Ferry timetable extended</h1>${body}</article><footer>${footer}</footer></body></html>`), URL).meta.publishers;

describe('publisher from the masthead', () => {
  it('the home link\'s logo, without the word "logo"', () => expect(publishers('<a href="/"><img src="/l.png" alt="Harbour Times logo"></a>')).toEqual(['Harbour Times']));
  it('a logo link\'s label, without "home"', () => expect(publishers('<a class="site-logo" href="https://www.harbourtimes.example/" aria-label="Harbour Times home"><svg></svg></a>')).toEqual(['Harbour Times']));
  it('an SVG logo\'s title', () => expect(publishers('<a href="/" class="logo"><svg><title>Harbour Times</title></svg></a>')).toEqual(['Harbour Times']));
  it('the copyright holder in the footer', () => expect(publishers('', '<p>© 2019–2024 The Harbour Times. All rights reserved.</p>')).toEqual(['The Harbour Times']));
});

describe('not the outlet', () => {
  it('a parent company\'s copyright, a partner\'s logo, an image\'s file name or a phrase around the name: the host name stays', () => {
    expect(publishers('', '<p>© 2024 Gannett Co., Inc. All rights reserved.</p>')).toEqual(['harbourtimes.example']);
    expect(publishers('<a href="/"><img alt="Home"></a><div class="partner-logo"><img alt="Acme Bank"></div>')).toEqual(['harbourtimes.example']);
    expect(publishers('<a href="/"><img alt="harbourtimeslogo"></a>')).toEqual(['harbourtimes.example']);
    expect(publishers('<a href="/"><img alt="Zur Harbour Times Startseite"></a>')).toEqual(['harbourtimes.example']);
  });
  it('the title\'s suffix still comes first', () => {
    const doc = page(`<html><head><title>Ferry timetable extended | Harbour Times Online</title></head><body><a href="/"><img alt="Harbour Times"></a><h1>Ferry timetable extended</h1>${body}</body></html>`);
    expect(readArticle(doc, URL).meta.publisher).toBe('Harbour Times Online');
  });
});
