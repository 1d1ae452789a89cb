import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { readJsonLd } from '../../../src/core/reader/json-ld';
import { page } from './helpers';

const ld = (json: string) => page(`<html><head><script type="application/ld+json">${json}</script></head><body><p>x</p></body></html>`);

describe('hostile JSON-LD never throws', () => {
  it('invalid JSON is skipped with a warning', () => expect(readJsonLd(ld('{"@type": "NewsArticle", headline: }')).warnings).toHaveLength(1));
  it('deep nesting is bounded', () => {
    const deep = `${'{"a":'.repeat(5_000)}{"@type":"Thing"}${'}'.repeat(5_000)}`;
    expect(readJsonLd(ld(deep)).nodes.length).toBeLessThanOrEqual(1);
  });
  it('a script over 1 MB is skipped', () => {
    const huge = JSON.stringify(Array.from({ length: 50_000 }, (_, i) => ({ '@type': 'Person', name: `P${i}` })));
    expect(readJsonLd(ld(huge)).nodes.length).toBe(0);
  });
  it('a huge array is bounded', () => {
    const huge = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ '@type': 'Person', name: `P${i}` })));
    expect(readJsonLd(ld(huge)).nodes.length).toBe(2_000);
  });
  it('wrong types give nulls, not exceptions', () => {
    const meta = readArticle(ld('{"@type":["NewsArticle",7,null],"headline":{"x":[1,2]},"author":42,"datePublished":["soon"],"publisher":[null,{"name":7}]}'), null, true).meta;
    expect(meta.published).toBe(null);
  });
  it('a null @graph entry is ignored', () => expect(readJsonLd(ld('{"@graph":[null,1,"x",{"@type":"NewsArticle","headline":"Ok"}]}')).nodes).toHaveLength(1));
});

describe('hostile HTML never throws', () => {
  it('malformed markup', () => {
    const doc = page('<html><body><div><p>Unclosed <b>bold <i>italic</div></p><table><tr><td>cell<p>para</table><article><h1>Title</h1><p>' + 'Words in a sentence. '.repeat(40) + '</article>');
    expect(() => readArticle(doc, 'not a url', true)).not.toThrow();
  });

  it('a 5 MB page full of numbers is read in bounded time', () => {
    const paragraph = '<p>In 2024 the 14 councils spent $3.2 million on 1,250 projects, up 7.5% from 1,163 in 2023.</p>';
    const html = `<html><head><title>Numbers</title></head><body><article><h1>Numbers</h1>${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const started = Date.now();
    const result = readArticle(page(html), null, true);
    expect(result.main!.text.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('an empty document', () => expect(readArticle(page(''), null, true).detection.isArticle).toBe(false));
});
