import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { articleBylines, bylineText } from '../../../src/core/reader/byline-scope';
import { isPersonName } from '../../../src/core/reader/metadata';
import { page } from './helpers';

// The article's own byline and headline among the page's others: teasers, related boxes,
// widgets and mastheads carry names and headlines too.

const meta = (html: string, url: string | null = 'https://www.valleypost.example/news/2025/03/04/bridge-repairs-delayed/') => readArticle(page(html), url).meta;
const body = '<p>Repairs to the old river bridge will run three months past the date the county gave in January, engineers said.</p>'.repeat(5);
const teaser = (title: string, name: string) => `<li><h3><a href="/news/${title.length}">${title}</a></h3><span class="byline">By ${name}</span></li>`;

describe('the article\'s own byline', () => {
  it('teaser bylines in a list of other stories are not authors', () => {
    const m = meta(`<html><body><h1>Bridge repairs delayed until summer</h1><div class="byline">By Nora Quist</div>${body}
      <ul>${teaser('Council approves new budget for parks', 'Owen Lark')}${teaser('School board weighs later start times', 'Priya Das')}</ul></body></html>`);
    expect(m.authors).toEqual(['Nora Quist']);
  });
  it('a byline under a teaser in a list of other stories is out of scope', () => {
    const doc = page(`<html><body><h1>Bridge repairs delayed until summer</h1>${body}
      <ul>${teaser('Council approves new budget for parks', 'Owen Lark')}${teaser('School board weighs later start times', 'Priya Das')}</ul></body></html>`);
    expect(articleBylines(doc, '.byline', 10)).toEqual([]);
  });
  it('a byline\'s list items are names apart', () => {
    expect(bylineText(page('<ul class="authors"><li>Nora Quist</li><li>Owen Lark</li></ul>').querySelector('ul')!)).toBe('Nora Quist, Owen Lark');
  });
  it('bylines in a related box or a widget are not authors', () => {
    const m = meta(`<html><body><div class="related-stories"><span class="author">Owen Lark</span></div><div class="sidebar-widget"><span class="byline">Priya Das</span></div>
      <h1>Bridge repairs delayed until summer</h1><p class="byline">By Nora Quist</p>${body}</body></html>`);
    expect(m.authors).toEqual(['Nora Quist']);
  });
  it('other <article> teasers on the page do not lend their bylines', () => {
    const m = meta(`<html><body><article><h1>Bridge repairs delayed until summer</h1><span class="author-name">Nora Quist</span>${body}</article>
      <article><h2>Ferry fares rise</h2><span class="author-name">Owen Lark</span></article><article><h2>Parks budget</h2><span class="author-name">Priya Das</span></article></body></html>`);
    expect(m.authors).toEqual(['Nora Quist']);
  });
  it('a byline list with the writers\' photos is the article\'s own', () => {
    const m = meta(`<html><body><h1>Bridge repairs delayed until summer</h1><ul class="authors"><li><img src="/nq.jpg" alt=""><a class="author" href="/people/nora-quist">Nora Quist</a></li><li><img src="/ol.jpg" alt=""><a class="author" href="/people/owen-lark">Owen Lark</a></li></ul>${body}</body></html>`);
    expect(m.authors).toEqual(['Nora Quist', 'Owen Lark']);
  });
  it('a byline box in an <aside> inside the article counts', () => {
    const m = meta(`<html><body><article><h1>Bridge repairs delayed until summer</h1><aside><span class="article-author">Nora Quist</span></aside>${body}</article></body></html>`);
    expect(m.authors).toEqual(['Nora Quist']);
  });
  it('an author box\'s share buttons are not people', () => {
    const m = meta(`<html><head><meta name="author" content="Valley Post"><meta property="og:site_name" content="Valley Post"></head><body><h1>Bridge repairs delayed until summer</h1>${body}
      <div class="author-info"><div class="author-socmed">Twitter</div><div class="author-socmed">Facebook</div></div></body></html>`);
    expect(m.authors).toEqual([]);
  });
  it('"Name, Games Editor": the job title is not a second author', () => {
    const m = meta(`<html><body><h1>Bridge repairs delayed until summer</h1><div class="byline">Nora Quist, Transport Editor</div>${body}</body></html>`);
    expect(m.authors).toEqual(['Nora Quist']);
  });
  it('several author metas, one per writer', () => {
    const m = meta(`<html><head><meta name="author" content="Nora Quist"><meta name="author" content="Owen Lark"></head><body><h1>Bridge repairs delayed until summer</h1>${body}</body></html>`);
    expect(m.authors).toEqual(['Nora Quist', 'Owen Lark']);
  });
  it('a JSON-LD author given as an @id reference', () => {
    const m = meta(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Bridge repairs delayed until summer","author":[{"@id":"https://www.valleypost.example/#/person/nq"}]},{"@type":"Person","@id":"https://www.valleypost.example/#/person/nq","name":"Nora Quist"}]}</script></head><body><h1>Bridge repairs delayed until summer</h1>${body}</body></html>`);
    expect(m.authors).toEqual(['Nora Quist']);
  });
  it('"Reporting by X; Writing by Y" at the foot names both', () => {
    const m = meta(`<html><body><h1>Bridge repairs delayed until summer</h1>${body}<p>Reporting by Nora Quist; Writing by Owen Lark; Editing by Priya Das</p></body></html>`);
    expect(m.authors).toEqual(['Nora Quist', 'Owen Lark']);
  });
  for (const role of ['Games Editor', 'Staff Writer', 'Senior Columnist', 'Service Etranger', 'Twitter', 'Facebook', 'Rédaction']) {
    it(`"${role}" is not a person`, () => expect(isPersonName(role)).toBe(false));
  }
});

describe('the printed headline', () => {
  it('of several <h1>s, the one that matches the page\'s titles', () => {
    const m = meta(`<html><head><meta property="og:title" content="Bridge repairs delayed until summer"></head><body><h1></h1><h1>Bridge repairs delayed until summer, county engineers say</h1>${body}<aside><h1>Ferry fares to rise in April</h1></aside></body></html>`);
    expect(m.title).toBe('Bridge repairs delayed until summer, county engineers say');
  });
  it('a section\'s name in the <h1> is not the headline', () => {
    const m = meta(`<html><head><title>Bridge repairs delayed until summer</title></head><body><h1>Transport News Center</h1>${body}</body></html>`, null);
    expect(m.title).toBe('Bridge repairs delayed until summer');
  });
  it('a blog\'s name in the <h1> is not the headline', () => {
    const m = meta(`<html><head><title>Valley Notes: Bridge repairs delayed until summer</title><meta property="og:title" content="Bridge repairs delayed until summer"></head><body><h1>Valley Notes</h1>${body}</body></html>`, null);
    expect(m.title).toBe('Bridge repairs delayed until summer');
  });
  it('an <h1> that is a link home is the masthead', () => {
    const m = meta(`<html><head><title>Bridge repairs delayed — Valley Post</title></head><body><h1><a href="/">The Valley Post Daily</a></h1><h1>Bridge repairs delayed until summer</h1>${body}</body></html>`, null);
    expect(m.title).toBe('Bridge repairs delayed until summer');
  });
  it('a short printed headline that <title> repeats is kept', () => {
    const m = meta(`<html><head><title>River Bridge - Valley Wiki</title><script type="application/ld+json">{"@type":"Article","headline":"a crossing of the Ash river built in 1911"}</script></head><body><h1>River Bridge</h1>${body}</body></html>`, null);
    expect(m.title).toBe('River Bridge');
  });
  it('the printed form wins over a field that differs only in quotes', () => {
    const m = meta(`<html><head><meta property="og:title" content="Engineers 'surprised' by bridge damage"></head><body><h1>Engineers ‘surprised’ by bridge damage</h1>${body}</body></html>`);
    expect(m.title).toBe('Engineers ‘surprised’ by bridge damage');
  });
  it('og:title and twitter:title that give the site\'s own name do not outvote the printed headline', () => {
    const m = meta(`<html><head><meta name="application-name" content="Valley Post - Local News &amp; Weather"><meta property="og:title" content="Valley Post - Local News &amp; Weather"><meta name="twitter:title" content="Valley Post - Local News &amp; Weather"><title>Bridge repairs delayed until summer</title></head><body><h1>Bridge repairs delayed until summer</h1>${body}</body></html>`, null);
    expect(m.title).toBe('Bridge repairs delayed until summer');
  });
  it('with only the masthead in an <h1>, the <h2> that <title> repeats is the headline', () => {
    const m = meta(`<html><head><title>Bridge repairs delayed - Part 2 - Nora Quist | County Roads and Bridges Archive [Valley Post]</title></head><body><h1><a href="/">Valley Post</a></h1><h2>Bridge repairs delayed</h2>${body}</body></html>`, null);
    expect(m.title).toBe('Bridge repairs delayed');
  });
  it('a space-separated meta property names each of its fields', () => {
    const m = meta(`<html><head><meta property="og:title twitter:title" content="Bridge repairs delayed until summer"></head><body>${body}</body></html>`);
    expect(m.title).toBe('Bridge repairs delayed until summer');
  });
});

describe('the publisher', () => {
  it('a desk named as JSON-LD publisher gives way to the outlet', () => {
    const m = meta(`<html><head><meta property="og:site_name" content="Valley Post"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge repairs delayed until summer","publisher":{"@type":"Organization","name":"VP News Service"}}</script></head><body><h1>Bridge repairs delayed until summer</h1>${body}</body></html>`, 'https://www.vpnews.example/2025/03/04/bridge/');
    expect(m.publisher).toBe('Valley Post');
  });
  it('an address as og:site_name gives way to the outlet\'s name', () => {
    const m = meta(`<html><head><meta property="og:site_name" content="valleypost.example.com"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge repairs delayed until summer","publisher":{"@type":"NewsMediaOrganization","name":"The Valley Post"}}</script></head><body><h1>Bridge repairs delayed until summer</h1>${body}</body></html>`);
    expect(m.publisher).toBe('The Valley Post');
  });
  it('the title\'s suffix, not the host name, when nothing else names the outlet', () => {
    const m = meta(`<html><head><title>Bridge repairs delayed until summer | Valley Post</title></head><body><h1>Bridge repairs delayed until summer</h1>${body}</body></html>`);
    expect(m.publisher).toBe('Valley Post');
  });
});

describe('byline forms', async () => {
  const { splitByline } = await import('../../../src/core/reader/metadata');
  it('a date printed after the name is not part of it', () => expect(splitByline('By NORA QUIST March 11, 2015 3:46 PM')).toEqual(['NORA QUIST']));
  it('"Last updated" alone names no one', () => expect(splitByline('Last Updated: January 7, 2025')).toEqual([]));
  it('"(avec X et Y)" names more writers', () => expect(splitByline('Nora Quist (avec Owen Lark et Priya Das)')).toEqual(['Nora Quist', 'Owen Lark', 'Priya Das']));
  it('"Von X und Y"', () => expect(splitByline('Von Nora Quist und Owen Lark')).toEqual(['Nora Quist', 'Owen Lark']));
  it('"di X e Y", "Av X och Y", "Af X og Y"', () => {
    expect(splitByline('di Nora Quist e Owen Lark')).toEqual(['Nora Quist', 'Owen Lark']);
    expect(splitByline('Av Nora Quist och Owen Lark')).toEqual(['Nora Quist', 'Owen Lark']);
    expect(splitByline('Af Nora Quist og Owen Lark')).toEqual(['Nora Quist', 'Owen Lark']);
  });
  it('a byline box classed in its own language ("autore")', () => {
    expect(meta(`<html lang="it"><body><h1>Bridge repairs delayed until summer</h1><p class="autore">di Nora Quist</p>${body}</body></html>`).authors).toEqual(['Nora Quist']);
  });
  it('a surname "Di …" after the given name stays', () => expect(splitByline('By Nora Di Stefano')).toEqual(['Nora Di Stefano']));
  it('a web address beside the name goes', () => expect(splitByline('Nora Quist (https://noraquist.example/)')).toEqual(['Nora Quist']));
  it('"<span>By </span><span>Name</span>" keeps its space', () => {
    expect(bylineText(page('<cite class="byline"><span>By </span><span class="fn">Nora Quist</span></cite>').querySelector('cite')!)).toBe('By Nora Quist');
  });
  for (const outlet of ['Valley Times', 'Coast Herald', 'Harbour News', 'Ridge Media']) {
    it(`"${outlet}" is an outlet, not a person`, () => expect(isPersonName(outlet)).toBe(false));
  }
  it('a personal site: the owner is author and publisher both', () => {
    const m = meta(`<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Bridge repairs delayed until summer","author":{"@type":"Person","name":"Nora Quist"},"publisher":{"@type":"Organization","name":"Nora Quist"}}</script></head><body><h1>Bridge repairs delayed until summer</h1>${body}</body></html>`, 'https://noraquist.example/bridge-repairs-delayed-until-summer/');
    expect(m.authors).toEqual(['Nora Quist']);
  });
  it('an outlet marked as a Person in JSON-LD is still no author', () => {
    const m = meta(`<html><head><meta property="og:site_name" content="Valley Times"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge repairs delayed until summer","author":{"@type":"Person","name":"Valley Times"}}</script></head><body><h1>Bridge repairs delayed until summer</h1>${body}</body></html>`);
    expect(m.authors).toEqual([]);
  });
  it('a weekly edition\'s second story byline is not the first story\'s', () => {
    const m = meta(`<html><body><h1>Weekly edition for March 4</h1><div><div class="FeatureByline">By <b>Nora Quist</b> March 3, 2025</div>${body}<div class="FeatureByline">By <b>Owen Lark</b> March 3, 2025</div>${body}</div></body></html>`);
    expect(m.authors).toEqual(['Nora Quist']);
  });
});

describe('the publisher when nothing declares it', () => {
  const plain = (title: string) => readArticle(page(`<html><head><title>${title}</title></head><body><h1>Bridge repairs delayed until summer</h1>${body}</body></html>`), 'https://www.vpost.example/2025/03/04/bridge-repairs/').meta;
  it('the title\'s outlet name before the host name', () => expect(plain('Bridge repairs delayed until summer - Valley Post Times').publisher).toBe('Valley Post Times'));
  it('an acronym', () => expect(plain('Bridge repairs delayed until summer | VPT').publisher).toBe('VPT'));
  it('a section word is not an outlet: the host name', () => expect(plain('Bridge repairs delayed until summer | Politics').publisher).toBe('vpost.example'));
  it('a person\'s name is not an outlet: the host name', () => expect(plain('Bridge repairs delayed until summer | Nora Quist').publisher).toBe('vpost.example'));
});
