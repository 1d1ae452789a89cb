import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { headBylineNames, isPersonName, labelledAuthors, splitByline } from '../../../src/core/reader/authors';
import { page } from './helpers';

// Authors as pages of sites nobody tuned to print them: desks and picture credits that look like
// names, addresses in the author fields, the outlet named as its own writer, text of the next
// element run into a name, bylines in no byline box, and bylines in small letters.

const body = '<p>Families in three hillside villages say blasting at the new quarry has cracked walls and dried up their wells since the spring.</p>'.repeat(5);
const story = (byline: string, head = '', lead = '') => readArticle(
  page(`<html><head><title>Quarry blasts crack walls</title>${head}</head><body><article><h1>Quarry blasts crack walls</h1>${byline}${lead}${body}</article></body></html>`), null, true,
).meta;

describe('desks, picture credits and phrases are no people', () => {
  for (const name of ['Wire Service Editorial', 'Redaccion', 'Redacción', 'AP Photo', 'Getty Images', 'WINNER OF THE YEAR', 'Letters to the Editor', 'AP Science Writer']) {
    it(`"${name}"`, () => expect(isPersonName(name)).toBe(false));
  }
  it('a name with capitals after its dots is still a name', () => expect(isPersonName('T. V. Raman')).toBe(true));
});

describe('addresses where a name should be', () => {
  it('a social profile in article:author gives no one-word name', () => {
    expect(splitByline('https://www.facebook.com/NoraQuistNews')).toEqual([]);
    expect(story('', '<meta name="author" content="Nora Quist"><meta property="article:author" content="https://www.facebook.com/NoraQuistNews">').authors).toEqual(['Nora Quist']);
  });
  it('a site\'s address is no person', () => {
    expect(isPersonName('ValleyLedger.cat')).toBe(false);
    expect(story('<div class="td-post-author-name">ValleyLedger.cat</div>').authors).toEqual([]);
  });
});

describe('the outlet named as the writer', () => {
  it('with a word before its name ("Jornal O Diario" on "O Diario")', () => {
    expect(story('', '<meta property="og:site_name" content="O Diario"><meta name="author" content="Jornal O Diario">').authors).toEqual([]);
  });
  it('as the publisher meta names it, address and all, so the printed byline is read', () => {
    const meta = story('<p class="author">Author: Nora Quist</p>', '<meta property="og:site_name" content="RR.COM"><meta name="publisher" content="Rhine Radio (www.rr.com)"><meta name="author" content="Rhine Radio (www.rr.com)">');
    expect(meta.authors).toEqual(['Nora Quist']);
  });
  it('a person whose name is part of a blog\'s name stays', () => {
    expect(story('', '<meta property="og:site_name" content="Nora Quist\'s Notebook"><meta name="author" content="Nora Quist">').authors).toEqual(['Nora Quist']);
  });
});

describe('text run into a name', () => {
  it('the next element\'s text glued to a surname is cut off', () => {
    expect(splitByline('Owen Lark and Nora QuistValley Ledger')).toEqual(['Owen Lark', 'Nora Quist']);
  });
  it('a surname with a capital inside stays whole', () => {
    expect(splitByline('Jeff VanderMeer')).toEqual(['Jeff VanderMeer']);
    expect(splitByline('Ana MacKenzie and Tom McDonald')).toEqual(['Ana MacKenzie', 'Tom McDonald']);
  });
  it('a line break ends the name: the role after it is no part of it', () => {
    expect(story('<div class="bylineItem">By NORA QUIST<br>AP Science Writer</div>').authors).toEqual(['NORA QUIST']);
  });
  it('"and" in an element of its own is a word apart', () => {
    expect(story('<div class="byline">By <a href="/a/1">Nora Quist</a><span class="_and">and</span><a href="/a/2">Owen Lark</a></div>').authors).toEqual(['Nora Quist', 'Owen Lark']);
  });
});

describe('a byline printed in no byline box, at the head of the story', () => {
  it('"By" in a paragraph of its own, after a desk in the byline box', () => {
    expect(story('<span class="author">Online News Editor</span>', '', '<p>By Nora Quist</p>').authors).toEqual(['Nora Quist']);
  });
  it('"By" with the date after a bar, set as a heading', () => {
    expect(story('', '', '<h4>By Nora Quist | 12/10/2020</h4>').authors).toEqual(['Nora Quist']);
  });
  it('names with the date after them', () => expect(headBylineNames('Nora Quist | April 13, 2020')).toEqual(['Nora Quist']));
  it('a sentence led by "By" is none', () => {
    expect(headBylineNames('By Tuesday, the storm had passed.')).toEqual([]);
    expect(headBylineNames('By Order Of The Court')).toEqual([]);
    expect(story('', '', '<p>By Friday the wells were dry.</p>').authors).toEqual([]);
  });
  it('the headline is none, though it has the shape of names and a date', () => {
    const meta = readArticle(page(`<html><head><title>Patch Notes Update 4.47.4 - Bugfix Build</title></head><body><article><h1>Patch Notes Update 4.47.4 - Bugfix Build</h1>${body}</article></body></html>`), null, true).meta;
    expect(meta.authors).toEqual([]);
  });
  it('a photographer\'s credit in the picture is none', () => {
    expect(story('', '', '<figure><img src="a.jpg"><span>Play</span><span class="credit">AP Photo/Owen Lark</span></figure>').authors).toEqual([]);
  });
});

describe('a byline in small letters, set in capitals by the page\'s style', () => {
  it('is read with its names capitalised', () => {
    expect(story('<ul class="authors"><li><div class="author">By </div></li><li><div class="author-new"><a href="/author/nora_quist">nora quist</a></div></li></ul>').authors).toEqual(['Nora Quist']);
  });
  it('with the lead word glued on, a particle joined by a hyphen and a wire after a comma', () => {
    expect(story('<div class="author"><span class="by-text">By</span>sami al-hadi and nora quist, associated press</div>').authors).toEqual(['Sami Al-Hadi', 'Nora Quist']);
  });
  it('a sentence in small letters is none', () => {
    expect(story('<div class="author">by clicking accept, you agree to our terms</div>').authors).toEqual([]);
  });
});

describe('a field labelled as the writer\'s, in a list of the story\'s facts', () => {
  it('"<strong>Author</strong>" and the name after it in its row', () => {
    expect(story('<ul class="facts"><li><strong>Date</strong> 26.05.2019</li><li><strong>Author</strong> Nora Quist (sh, eg)</li></ul>').authors).toEqual(['Nora Quist']);
  });
  it('"<dt>Written by</dt>" and the cell after it', () => {
    expect(labelledAuthors(page('<dl><dt>Written by</dt><dd>Owen Lark</dd></dl>'))).toEqual(['Owen Lark']);
  });
  it('a bold word that is no label is none', () => expect(labelledAuthors(page('<p><strong>Authorities</strong> closed the road.</p>'))).toEqual([]));
});

describe('what follows a name in brackets', () => {
  it('the editors\' initials go', () => expect(splitByline('Nora Quist (sh, eg)')).toEqual(['Nora Quist']));
  it('the place the writer filed from goes', () => expect(splitByline('Nora Quist (Lisbon)')).toEqual(['Nora Quist']));
  it('a nickname inside the name stays', () => expect(splitByline('Robert (Bob) Lane')).toEqual(['Robert (Bob) Lane']));
});

describe('a paper\'s citation metas', () => {
  it('name its writers, where its author metas list the works it cites', () => {
    expect(story('', '<meta name="citation_author" content="Quist, Nora"><meta name="author" content="OL. Lark, "><meta name="author" content="PB. Hale, ">').authors).toEqual(['Nora Quist']);
  });
});
