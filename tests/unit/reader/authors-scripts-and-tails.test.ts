import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { isPersonName, splitByline } from '../../../src/core/reader/authors';
import { isCaselessName } from '../../../src/core/reader/caseless-names';
import { page } from './helpers';

// Bylines whose agency, outlet or role runs on after the last name with no comma, names in
// scripts without capital letters, and a site menu item whose id says "bylines".

const people = (byline: string) => splitByline(byline).filter(isPersonName);

describe('an agency, outlet or role run on after a name', () => {
  it('"By X and Y Associated Press" names X and Y', () => expect(people('By Rosa Vidal and Tom Hale Associated Press')).toEqual(['Rosa Vidal', 'Tom Hale']));
  it('"The Associated Press" goes with its article', () => expect(people('By Rosa Vidal The Associated Press')).toEqual(['Rosa Vidal']));
  it('a role after the name goes', () => expect(people('Rosa Vidal Senior Staff Writer')).toEqual(['Rosa Vidal']));
  it('a wire in brackets goes', () => expect(people('Rosa Vidal (AFP)')).toEqual(['Rosa Vidal']));
  it('an outlet\'s acronym after a name in mixed case goes', () => expect(people('By Rosa Vidal KTVB')).toEqual(['Rosa Vidal']));
  it('a name in capitals keeps its last word', () => expect(people('By ROSA ANA VIDAL')).toEqual(['ROSA ANA VIDAL']));
  it('a numeral after a name stays', () => expect(people('Thomas Hale III')).toEqual(['Thomas Hale III']));
  it('a bracketed middle name stays', () => expect(people('Robert (Bob) Lane')).toEqual(['Robert (Bob) Lane']));
  it('a role at the end of a phrase is no name\'s tail', () => expect(people('Letters To The Editor')).toEqual([]));
  it('a desk "… Staff Writers" or "Our … Staff" is no person', () => {
    expect(people('By Rosa Vidal and Tom Hale / Harbour Shimpo Staff Writers')).toEqual(['Rosa Vidal', 'Tom Hale']);
    expect(people('By Our Coastal Staff')).toEqual([]);
  });
});

describe('names in scripts without capitals', () => {
  it('East Asian labels, roles and list commas are read', () => {
    expect(splitByline('作者：林小梅')).toEqual(['林小梅']);
    expect(splitByline('记者 王一鸣、陈雪')).toEqual(['王一鸣', '陈雪']);
    expect(splitByline('박서연 기자')).toEqual(['박서연']);
  });
  it('a name counts on a page whose headline is in its script', () => {
    expect(isCaselessName('林小梅', '城市公园周末开放')).toBe(true);
    expect(isCaselessName('박서연', '서울 공원 주말 개방')).toBe(true);
    expect(isCaselessName('佐藤 花子', '公園が週末に開放')).toBe(true);
    expect(isCaselessName('سارة حداد', 'افتتاح الحديقة في عطلة نهاية الأسبوع')).toBe(true);
  });
  it('not on a page in another script, and no desk or agency', () => {
    expect(isCaselessName('林小梅', 'City park opens at weekends')).toBe(false);
    expect(isCaselessName('海港日报', '城市公园周末开放')).toBe(false);
    expect(isCaselessName('城市频道记者林小梅', '城市公园周末开放')).toBe(false);
    expect(isCaselessName('حداد', 'افتتاح الحديقة')).toBe(false);
  });
  const body = '<p>城市公园从本周末起向市民开放，园内新建了步道、湖区和儿童游乐场，预计每天接待游客上万人次。</p>'.repeat(5);
  it('the author meta of a Chinese page is its author', () => {
    const html = `<html><head><title>城市公园周末开放</title><meta name="author" content="林小梅"></head><body><h1>城市公园周末开放</h1>${body}</body></html>`;
    expect(readArticle(page(html), 'https://news.example.cn/2024/05/01/park.html').meta.authors).toEqual(['林小梅']);
  });
  it('a Han-script account name on an English page gives way to the printed byline', () => {
    const english = '<p>The city park opens to the public this weekend, with new paths, a lake and a playground for children.</p>'.repeat(5);
    const html = `<html><head><title>City park opens at weekends</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"City park opens at weekends","author":{"@type":"Person","name":"林"}}</script></head><body><h1>City park opens at weekends</h1><p class="byline">By Rosa Vidal</p>${english}</body></html>`;
    expect(readArticle(page(html), 'https://news.example.com/2024/05/01/park/').meta.authors).toEqual(['Rosa Vidal']);
  });
});

describe('a site menu is no byline', () => {
  it('a menu item with "bylines" in its id is skipped', () => {
    const menu = ['トップ', '国内', '国際', '経済', 'バイラインズ', '個人', 'ランキング'].map((label, index) => `<li id="${index === 5 ? 'navBylines' : `nav${index}`}"><a href="/s${index}">${label}</a></li>`).join('');
    const body = '<p>市内の公園が今週末から一般に開放され、新しい遊歩道や湖、子ども向けの遊び場が整備された。</p>'.repeat(5);
    const html = `<html><head><title>公園が週末に開放</title></head><body><ul>${menu}</ul><h1>公園が週末に開放</h1>${body}</body></html>`;
    expect(readArticle(page(html), 'https://news.example.jp/a/1').meta.authors).toEqual([]);
  });
});

describe('a byline box holding a whole page', () => {
  it('is read in bounded time, however its brackets run', () => {
    const started = Date.now();
    for (const text of ['(with '.repeat(200_000), '(http:'.repeat(200_000), `By Rosa Vidal ${'x '.repeat(2_000_000)}`]) splitByline(text);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
