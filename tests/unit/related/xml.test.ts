import { describe, expect, it } from 'vitest';
import { childText, findAll, parseXml } from '../../../src/background/related/xml/parse-xml';
import { htmlToText, parseRss } from '../../../src/background/related/xml/rss';

describe('parseXml', () => {
  it('reads elements, attributes, CDATA and entities', () => {
    const doc = parseXml('<?xml version="1.0"?><rss><channel><item><title><![CDATA[Rates & <b>bonds</b>]]></title>'
      + '<link>https://a.example/x?a=1&amp;b=2</link><source url=\'https://b.example\'>B &#38; C</source></item></channel></rss>');
    const [item] = findAll(doc, 'item');
    expect(childText(item!, 'title')).toBe('Rates & <b>bonds</b>');
    expect(childText(item!, 'link')).toBe('https://a.example/x?a=1&b=2');
    const source = item!.children.find((c) => c.name === 'source')!;
    expect(source.attributes).toEqual({ url: 'https://b.example' });
    expect(source.text).toBe('B & C');
  });

  it('keeps prefixes, lower-cased, and skips comments, doctype and processing instructions', () => {
    const doc = parseXml('<!DOCTYPE rss><!-- a <item> in a comment --><rss><item><News:Source>Gazette</News:Source></item></rss>');
    expect(findAll(doc, 'item')).toHaveLength(1);
    expect(childText(findAll(doc, 'item')[0]!, 'news:source')).toBe('Gazette');
  });

  it('tolerates unclosed tags, stray end tags, lone < and a truncated document', () => {
    const doc = parseXml('<rss><item><title>a < b</title></bogus><link>x</item><item><title>second');
    const items = findAll(doc, 'item');
    expect(items.map((i) => childText(i, 'title'))).toEqual(['a < b', 'second']);
    expect(childText(items[0]!, 'link')).toBe('x');
  });

  it('leaves unknown entities and bad numeric references as written', () => {
    expect(parseXml('<t>&bogus; &#xD800; &#169; &nbsp;</t>').children[0]!.text).toBe('&bogus; &#xD800; © \u00a0');
  });

  it('handles quoted > inside attribute values', () => {
    const doc = parseXml('<a title="x > y" href=\'z\'>t</a>');
    expect(doc.children[0]!.attributes).toEqual({ title: 'x > y', href: 'z' });
    expect(doc.children[0]!.text).toBe('t');
  });

  it('stays linear on hostile input', () => {
    const hostile = '<'.repeat(200_000) + '<a'.repeat(100_000) + '&#'.repeat(100_000);
    const started = performance.now();
    parseXml(hostile);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('parseRss', () => {
  it('tells a feed from an HTML error page', () => {
    expect(parseRss('<rss><channel></channel></rss>')).toEqual({ isFeed: true, items: [] });
    expect(parseRss('<!DOCTYPE html><html><body>We\'re sorry</body></html>').isFeed).toBe(false);
    expect(parseRss('The specified phrase is too short.').isFeed).toBe(false);
  });

  it('turns an escaped HTML description into text', () => {
    expect(htmlToText('<a href="x">Central bank holds rates</a>&nbsp;<font color="#6f6f6f">Reuters</font>')).toBe('Central bank holds rates Reuters');
  });
});
