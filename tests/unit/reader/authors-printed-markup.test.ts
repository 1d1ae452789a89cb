import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { splitByline } from '../../../src/core/reader/authors';
import { page } from './helpers';

// Bylines as the markup prints them on unseen sites: the lead word in an element of its own, a
// degree after the comma, a hidden copy of the name, a photographer's credit classed "author",
// a CMS that puts the headline where the outlet's name goes, and the outlet's name before its address.

const read = (html: string) => readArticle(page(html), 'https://www.valleyledger.example/news/2024/05/01/quarry-blasts/').meta;
const body = '<p>Families in three hillside villages say blasting at the new quarry has cracked walls and dried up their wells since the spring.</p>'.repeat(5);
const story = (byline: string, head = '') => read(`<html><head>${head}</head><body><h1>Quarry blasts crack walls</h1>${byline}${body}</body></html>`);

describe('the lead word in an element of its own', () => {
  it('"<span>By</span><span>Name</span>" runs together with no space: the "By" still goes', () => {
    expect(splitByline('ByNora Quist')).toEqual(['Nora Quist']);
    expect(splitByline('ByJ.R. Lark')).toEqual(['J.R. Lark']);
    expect(story('<div class="story-byline"><span>By</span><span><a href="/team/nora-quist">Nora Quist</a></span></div>').authors).toEqual(['Nora Quist']);
  });
  it('a name that starts with "By" keeps it', () => expect(splitByline('Byron Hale')).toEqual(['Byron Hale']));
  it('"<div>Von</div>" in the byline box is no name', () => {
    expect(splitByline('Von')).toEqual([]);
    expect(splitByline('Von, Nora Quist')).toEqual(['Nora Quist']);
    expect(story('<div class="post-author"><div class="author-by">Von</div> <a href="/author/nora-quist/">Nora Quist</a></div>').authors).toEqual(['Nora Quist']);
  });
});

describe('a degree or a suffix after the comma', () => {
  it('belongs to the name before it, and is no second writer', () => {
    expect(splitByline('Nora Quist, PhD')).toEqual(['Nora Quist']);
    expect(splitByline('Nora Quist, M.D., and Owen Lark, RDN')).toEqual(['Nora Quist', 'Owen Lark']);
    expect(story('', '<meta property="article:author" content="Owen Lark, MPH">').authors).toEqual(['Owen Lark']);
  });
  it('a one-word writer alone is kept', () => expect(splitByline('JoMo')).toEqual(['JoMo']));
});

describe('a copy of the name hidden from sight', () => {
  it('is not read into the byline ("Nora QuistNora Quist")', () => {
    expect(story('<div class="user-details"><a href="/users/4/nora">Nora Quist</a><span class="d-none">Nora Quist</span></div><span class="author"><a href="/users/4/nora">Nora Quist</a><span hidden>Nora Quist</span></span>').authors).toEqual(['Nora Quist']);
  });
});

describe('a picture\'s credit', () => {
  it('a photographer classed as the image\'s author is no writer', () => {
    expect(story('<div class="img-wrap"><img src="/q.jpg" alt=""><span class="img-author">Owen Lark</span></div>').authors).toEqual([]);
  });
  it('nor is a name in a figure\'s caption', () => {
    expect(story('<figure><img src="/q.jpg" alt=""><figcaption><span class="author">Owen Lark</span></figcaption></figure>').authors).toEqual([]);
  });
  it('but the writer\'s portrait with the name as its caption is the byline', () => {
    expect(story('<figure class="byline"><img src="/nora.jpg" alt=""><figcaption><span class="author">Nora Quist</span></figcaption></figure>').authors).toEqual(['Nora Quist']);
  });
  it('the writer beside a credited picture is still read', () => {
    expect(story('<figure><img src="/q.jpg" alt=""><figcaption class="photo-credit">Owen Lark</figcaption></figure><div class="byline">By Nora Quist</div>').authors).toEqual(['Nora Quist']);
  });
});

describe('the outlet\'s name', () => {
  it('names no outlet', () => {
    const head = '<title>Quarry blasts crack walls in three villages</title><meta name="application-name" content="Quarry blasts crack walls in three villages">';
    expect(read(`<html><head>${head}</head><body><h1>Quarry blasts crack walls in three villages</h1>${body}</body></html>`).publisher).not.toBe('Quarry blasts crack walls in three villages');
  });
  it('a short site name printed as the page\'s heading (a logo) stays the outlet', () => {
    expect(read(`<html><head><meta property="og:site_name" content="Valley Ledger"></head><body><h1>Valley Ledger</h1><h2>Quarry blasts crack walls</h2>${body}</body></html>`).publisher).toBe('Valley Ledger');
  });
  it('a title that ends on the site\'s address gives the name printed before it', () => {
    const meta = readArticle(page(`<html><head><title>Quarry blasts crack walls – Valley Ledger Daily — valleyledger.com</title></head><body><h1>Quarry blasts crack walls</h1>${body}</body></html>`), 'https://www.valleyledger.com/news/quarry-blasts/').meta;
    expect(meta.publisher).toBe('Valley Ledger Daily');
  });
  it('but a section before the address is no outlet', () => {
    const meta = readArticle(page(`<html><head><title>Quarry blasts crack walls – Local News — valleyledger.com</title></head><body><h1>Quarry blasts crack walls</h1>${body}</body></html>`), 'https://www.valleyledger.com/news/quarry-blasts/').meta;
    expect(meta.publisher).toBe('valleyledger.com');
  });
});
