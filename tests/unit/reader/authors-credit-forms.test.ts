import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { isPersonName, splitByline } from '../../../src/core/reader/authors';
import { withoutPlaceWords } from '../../../src/core/reader/credit-places';
import { page } from './helpers';

// Credits as pages in other languages and small sites print them: an outlet's town and country in
// its author meta, a verb before "by"/"von", a picture credit after the writer in German or French,
// and firms, foundations and moderators standing where a name does.

const body = '<p>The ferry between the two islands will run twice a day again from Monday, after the harbour wall was repaired over the winter.</p>'.repeat(5);
const story = (byline: string, head = '') => readArticle(
  page(`<html><head><title>Ferry runs again</title>${head}</head><body><article><h1>Ferry runs again</h1>${byline}${body}</article></body></html>`), null, true,
).meta;

describe('an outlet with its town and country, or a section with its wire, is no list of writers', () => {
  it('"Harbour Radio, Kiel, Germany" in the author meta gives no one', () => {
    expect(story('', '<meta property="og:site_name" content="Harbour Radio"><meta name="author" content="Harbour Radio, Kiel, Germany">').authors).toEqual([]);
  });
  it('a writer filing from a town and country keeps her name', () => {
    expect(splitByline('Lena Hartmann, Kiel, Germany')).toEqual(['Lena Hartmann']);
  });
  it('"Business, Nordwire" names no one either', () => {
    expect(splitByline('Business, Nordwire')).toEqual([]);
  });
  it('the printed byline is read when the meta names only a place', () => {
    expect(story('<p class="byline">By Lena Hartmann</p>', '<meta name="author" content="Kiel, Germany">').authors).toEqual(['Lena Hartmann']);
  });
  it('writers credited together keep their full names', () => {
    expect(splitByline('Lena Hartmann, Tomas Berg, Ines Vogt')).toEqual(['Lena Hartmann', 'Tomas Berg', 'Ines Vogt']);
    expect(splitByline('Lena Hartmann, Reuters')).toEqual(['Lena Hartmann', 'Reuters']);
  });
  it('one single word beside a full name stays (a one-name writer may sign with another)', () => {
    expect(withoutPlaceWords('Mo, Lena Hartmann', ['Mo', 'Lena Hartmann'])).toEqual(['Mo', 'Lena Hartmann']);
  });
  it('names in a caseless script are left as they are', () => {
    expect(withoutPlaceWords('王小明，李华', ['王小明', '李华'])).toEqual(['王小明', '李华']);
  });
});

describe('a verb before "by" or "von" leads the byline', () => {
  for (const [byline, name] of [['Created by Lena Hartmann', 'Lena Hartmann'], ['Erstellt von Tomas Berg', 'Tomas Berg'], ['Verfasst von Ines Vogt', 'Ines Vogt'], ['Écrit par Claire Morel', 'Claire Morel']]) {
    it(`"${byline}"`, () => expect(story(`<p class="byline">${byline}</p>`).authors).toEqual([name]));
  }
  it('"Developed by" in an author box is read as a lead too', () => {
    expect(splitByline('Developed By Lena Hartmann')).toEqual(['Lena Hartmann']);
  });
});

describe('a picture credit after the writer is not part of the name', () => {
  it('"Tomas Berg Illustration von Ines Vogt" is Tomas Berg', () => {
    expect(story('<p class="author">Tomas Berg Illustration von Ines Vogt</p>').authors).toEqual(['Tomas Berg']);
  });
  it('"Claire Morel, photos de Paul Roux" is Claire Morel', () => {
    expect(splitByline('Claire Morel, photos de Paul Roux')).toEqual(['Claire Morel']);
  });
  it('"von" alone is still the byline\'s lead, not a credit', () => {
    expect(splitByline('von Ines Vogt')).toEqual(['Ines Vogt']);
  });
});

describe('firms, foundations, agencies, moderators and the desk ("Red.", "Autoren") are no people', () => {
  for (const name of ['Harbour Verlag GmbH', 'Kieler Hafen-Stiftung', 'Open Maps Foundation', 'Ferry Lines Ltd', 'Forum Moderator', 'Agenturen', 'Red.', 'Externe Autoren', 'Tous nos auteurs']) {
    it(`"${name}"`, () => expect(isPersonName(name)).toBe(false));
  }
  it('a firm in the author meta leaves the printed byline to be read', () => {
    expect(story('<p class="byline">By Ines Vogt</p>', '<meta name="author" content="Harbour Verlag GmbH">').authors).toEqual(['Ines Vogt']);
  });
  it('a surname that merely contains a firm\'s letters is still a name', () => {
    expect(isPersonName('Lena Incardona')).toBe(true);
    expect(isPersonName('Tomas Foundling')).toBe(true);
  });
});

describe('the author box\'s link to the writer\'s other pieces is no name', () => {
  for (const label of ['More Posts', 'All Articles', 'Alle Beiträge', 'Weitere Artikel', 'Mehr']) {
    it(`"${label}"`, () => expect(isPersonName(label)).toBe(false));
  }
  it('the writer\'s name in the same box is read, its "More Posts" link is not', () => {
    const box = '<div class="author-box"><a href="/author/ines-vogt/">Ines Vogt</a> <a href="/author/ines-vogt/">More Posts</a></div>';
    expect(story(box).authors).toEqual(['Ines Vogt']);
  });
  it('a name is still a name', () => expect(isPersonName('Marta Postel')).toBe(true));
});
