import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { boldBylines } from '../../../src/core/reader/authors';
import { page } from './helpers';

// Byline forms met on unseen sites: a byline set as the story's bold paragraph, a CMS's admin
// account as the metadata's author, and a wire service's own site signing with its own name.

const authors = (html: string) => readArticle(page(html), 'https://www.valleyledger.example/news/2024/05/01/quarry-blasts/').meta.authors;
const body = '<p>Families in three hillside villages say blasting at the new quarry has cracked walls and dried up their wells since the spring.</p>'.repeat(5);
const WP_SITE = '<meta property="og:site_name" content="Valley Ledger"><meta name="author" content="Valley Ledger">';

describe('a byline printed as a bold paragraph under the headline', () => {
  it('"Name/Name" in <strong>, after a deck, names both writers', () => {
    const html = `<html><head>${WP_SITE}</head><body><h1>Quarry blasts shake villages</h1><div class="entry-content"><p><em>…residents accuse the company of ignoring them</em></p><p><strong>Palesa Morake/Tumelo Rantsho</strong></p>${body}</div></body></html>`;
    expect(authors(html)).toEqual(['Palesa Morake', 'Tumelo Rantsho']);
  });
  it('a single name in capitals', () => {
    const html = `<html><head>${WP_SITE}</head><body><h1>Quarry blasts shake villages</h1><p><b>NOMSA DLAMINI&nbsp;</b></p>${body}</body></html>`;
    expect(authors(html)).toEqual(['NOMSA DLAMINI']);
  });
  it('a bold dateline or a bold lead-in is no byline', () => {
    expect(boldBylines(page(`<html><body><h1>Quarry blasts</h1><p><strong>MASERU</strong></p><p><strong>Breaking news</strong></p><p><strong>Read more:</strong> <a href="/x">Other story</a></p>${body}</body></html>`))).toEqual([]);
  });
  it('bold text before the headline (a menu, a promo) is not the story\'s byline', () => {
    expect(boldBylines(page(`<html><body><p><strong>Lerato Mokoena</strong></p><h1>Quarry blasts</h1>${body}</body></html>`))).toEqual([]);
  });
});

describe('an administrator account is nobody', () => {
  it('the JSON-LD author at ".../author/admin/" and the same name in the byline give way to the printed writer', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Quarry blasts","author":{"@id":"https://www.valleyledger.example/author/admin/","name":"Thandi K"}}</script></head><body><h1>Quarry blasts shake villages</h1><span class="author vcard">Thandi K</span><p><strong>SIPHO NDLOVU</strong></p>${body}</body></html>`;
    expect(authors(html)).toEqual(['SIPHO NDLOVU']);
  });
  it('a writer\'s own account is a person', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Quarry blasts","author":{"@id":"https://www.valleyledger.example/author/sipho-ndlovu/","name":"Sipho Ndlovu"}}</script></head><body><h1>Quarry blasts shake villages</h1>${body}</body></html>`;
    expect(authors(html)).toEqual(['Sipho Ndlovu']);
  });
});

describe('a wire service on its own site', () => {
  const head = '<meta property="og:site_name" content="Associated Press"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Quarry blasts","author":["Associated Press"],"publisher":{"@type":"Organization","name":"Associated Press"}}</script>';
  it('signs as the author when its byline prints its name', () => {
    expect(authors(`<html><head>${head}</head><body><h1>Quarry blasts shake villages</h1><div class="Page-byline"><span class="Component-bylines">Associated Press</span></div>${body}</body></html>`)).toEqual(['Associated Press']);
  });
  it('but the outlet named only in the metadata is still no author', () => {
    expect(authors(`<html><head>${head}</head><body><h1>Quarry blasts shake villages</h1>${body}</body></html>`)).toEqual([]);
  });
});

describe('a bracketed part of a name', () => {
  it('a nickname or middle name in brackets is part of the name', () => {
    expect(authors(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Quarry blasts crack walls","author":[{"@type":"Person","name":"Robert (Bob) Lane"}]}</script></head><body><h1>Quarry blasts crack walls</h1>${body}</body></html>`)).toEqual(['Robert (Bob) Lane']);
  });
});

describe('more byline forms', () => {
  const byline = (line: string) => authors(`<html><body><h1>Quarry blasts crack walls</h1><div class="byline">${line}</div>${body}</body></html>`);
  it('a label before the names ("Opinion by", "Words:", "Author:")', () => {
    expect(byline('Opinion by Nora Quist')).toEqual(['Nora Quist']);
    expect(byline('Words: Nora Quist')).toEqual(['Nora Quist']);
    expect(byline('Author: Nora Quist')).toEqual(['Nora Quist']);
  });
  it('a bare @handle after the name goes', () => expect(byline('By Nora Quist @noraquist')).toEqual(['Nora Quist']));
  it('an outlet after the name ("The Valley Post") is no second author', () => expect(byline('By Nora Quist, The Valley Post')).toEqual(['Nora Quist']));
  it('links to the writers\' pages name them, in a box of no byline class', () => {
    expect(authors(`<html><body><h1>Quarry blasts crack walls</h1><div><a href="/author/nora-quist">Nora Quist</a> and <a href="/author/owen-lark">Owen Lark</a></div>${body}</body></html>`)).toEqual(['Nora Quist', 'Owen Lark']);
  });
  it('a link to a topic page on a person in the story is no byline', () => {
    expect(authors(`<html><body><h1>Quarry blasts crack walls</h1>${body}<p>Tags: <a href="/person/owen-lark">Owen Lark</a></p></body></html>`)).toEqual([]);
  });
});

describe('Dublin Core creators, surname first', () => {
  it('"Surname, Given" is turned round; a list of full names is not', () => {
    expect(authors(`<html><head><meta name="DC.Creator" content="Quist, Nora"><meta name="DC.Creator" content="Berg, Anton van den"></head><body><h1>Quarry blasts crack walls</h1>${body}</body></html>`)).toEqual(['Nora Quist', 'Anton van den Berg']);
    expect(authors(`<html><head><meta name="DC.Creator" content="Nora Quist, Owen Lark"></head><body><h1>Quarry blasts crack walls</h1>${body}</body></html>`)).toEqual(['Nora Quist', 'Owen Lark']);
  });
});

describe('German gendered author labels before the name', () => {
  const withByline = (label: string) => `<html><head><meta name="author" content="HRS"></head><body><h1>Steinbruch erschüttert Dörfer</h1>`
    + `<span itemprop="author">${label} Katrin Wendel</span>${body}</body></html>`;
  for (const label of ['Autor/in:', 'Autor*in:', 'Autor:in:', 'Autorin:', 'Autor:']) {
    it(`"${label} Katrin Wendel" is Katrin Wendel`, () => expect(authors(withByline(label))).toEqual(['Katrin Wendel']));
  }
});
