import { describe, expect, it } from 'vitest';
import { isPersonName, splitByline } from '../../../src/core/reader/metadata';
import { readArticle } from '../../../src/core/reader/index';
import { page } from './helpers';

// What must NOT come out as an author.
describe('not people', () => {
  for (const name of ['Staff', 'Reuters', 'AP', 'Associated Press', 'AFP', 'News Desk', 'Guardian staff reporter', 'Web Desk', 'https://example.com/u/1', 'Editorial Board', 'VPN', 'Follow Author', 'Guest Author']) {
    it(`"${name}" is not a person`, () => expect(isPersonName(name)).toBe(false));
  }

  it('an organisation author in JSON-LD is left out', () => {
    const doc = page('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":[{"@type":"Organization","name":"Reuters"},{"@type":"Person","name":"Amal Haddad"}]}</script></head><body></body></html>');
    expect(readArticle(doc, null).meta.authors).toEqual(['Amal Haddad']);
  });

  it('the publisher named as author is not a person', () => {
    const doc = page('<html><head><meta property="og:site_name" content="Coast Chronicle"><meta name="author" content="Coast Chronicle"></head><body></body></html>');
    expect(readArticle(doc, null).meta.authors).toEqual([]);
  });

  it('"By" and roles are stripped', () => expect(splitByline('By Jo Mills, Sam Ray & Lee Chan')).toEqual(['Jo Mills', 'Sam Ray', 'Lee Chan']));
  it('one word on each side of "&" is one name (a firm\'s, a magazine\'s), not two people', () => {
    expect(splitByline('Hall & Birch')).toEqual(['Hall & Birch']);
    expect(isPersonName('Hall & Birch')).toBe(false);
  });
  it('an organisation "X for Y" keeps its whole name', () => expect(splitByline('Society for Coastal Studies')).toEqual(['Society for Coastal Studies']));
  it('a writer "for" an outlet is the writer', () => expect(splitByline('Jo Mills for The Valley Post')).toEqual(['Jo Mills']));
});

describe('prose that must NOT be taken for boilerplate', async () => {
  const { isBoilerplateText } = await import('../../../src/core/reader/boilerplate');
  for (const text of [
    'The newsletter, which has 30,000 subscribers, said the council had misled residents.',
    'Read the full report, the minister said, and you will see the numbers do not add up.',
    'Subscriptions to the streaming service fell 4 per cent in the quarter, the company said.',
    'Advertising revenue rose to $2.1 billion, up from $1.8 billion a year earlier.',
    'Related charges were laid against two other men on Friday.',
  ]) {
    it(`keeps "${text.slice(0, 40)}…"`, () => expect(isBoilerplateText(text)).toBe(false));
  }
});

describe('boilerplate lines that must go', async () => {
  const { isBoilerplateText } = await import('../../../src/core/reader/boilerplate');
  for (const text of ['Advertisement', 'Read more: Channel markers to be replaced', 'RELATED STORIES', '4 min read', 'Filed under: Politics', 'Write a comment', 'Join our newsletter for the latest news in your inbox']) {
    it(`drops "${text}"`, () => expect(isBoilerplateText(text)).toBe(true));
  }
});
