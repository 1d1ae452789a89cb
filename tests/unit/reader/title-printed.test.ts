import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { page } from './helpers';

// The headline as printed: the article's <h1> over the social and search variants of it, which
// outlets reword; the fields vote only when the page prints no headline.

const title = (head: string, body: string) => readArticle(page(`<html><head>${head}</head><body>${body}<p>${'The harbour board said ferry fares would rise from April to pay for two new boats. '.repeat(6)}</p></body></html>`), 'https://www.harbourpost.example/news/ferry-fares/').meta.title;
const jsonLd = (headline: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script>`;

describe('reader title: the printed headline', () => {
  it('the <h1> wins even when og:title, twitter:title and the JSON-LD headline agree on a shorter variant', () => {
    const variant = 'Ferry fares to rise in April';
    const head = `<meta property="og:title" content="${variant}"><meta name="twitter:title" content="${variant}">${jsonLd(variant)}`;
    expect(title(head, '<article><header><h1>Ferry fares to rise in April to pay for two new boats</h1></header></article>'))
      .toBe('Ferry fares to rise in April to pay for two new boats');
  });

  it('the <h1> keeps its own wording of a name the fields spell out', () => {
    const head = `<meta property="og:title" content="Johannesburg ferry fares to rise in April">${jsonLd('Johannesburg ferry fares to rise in April')}`;
    expect(title(head, '<h1>Joburg ferry fares to rise in April</h1>')).toBe('Joburg ferry fares to rise in April');
  });

  it('with no printed headline, the value most fields give wins', () => {
    const head = `<meta property="og:title" content="Fares up from April"><meta name="twitter:title" content="Ferry fares to rise in April">${jsonLd('Ferry fares to rise in April')}`;
    expect(title(head, '<h2>Latest</h2>')).toBe('Ferry fares to rise in April');
  });

  it('a masthead <h1> is no printed headline: the fields decide', () => {
    const head = `<meta property="og:title" content="Ferry fares to rise in April">${jsonLd('Ferry fares to rise in April')}`;
    expect(title(head, '<h1><a href="/">Harbour Post</a></h1>')).toBe('Ferry fares to rise in April');
  });

  it('a lone long <h1> that shares no word with the headline fields is a tagline, not the headline', () => {
    const head = `<meta property="og:title" content="Ferry fares to rise in April">${jsonLd('Ferry fares to rise in April')}`;
    expect(title(head, '<h1>Your independent voice on the waterfront since 1921</h1>')).toBe('Ferry fares to rise in April');
  });

  it('a lone long <h1> is the headline when nothing else names the story', () => {
    expect(title('<title>Harbour Post</title>', '<h1>Ferry fares to rise in April to pay for two new boats</h1>')).toBe('Ferry fares to rise in April to pay for two new boats');
  });

  it('an <h1> in a sidebar outside the article is another story, not the headline', () => {
    const head = `<meta property="og:title" content="Ferry fares to rise in April">${jsonLd('Ferry fares to rise in April')}`;
    expect(title(head, '<article><h2>Ferry fares to rise in April</h2></article><aside><h1>Ferry fares: what readers said in March</h1></aside>')).toBe('Ferry fares to rise in April');
  });

  describe('an <h1> that prints labels beside the headline gives the headline alone', () => {
    const head = `<meta property="og:title" content="Ferry fares to rise in April">${jsonLd('Ferry fares to rise in April')}`;
    it('a section link before it', () => {
      expect(title(head, '<h1><div class="kicker"><a href="/news/harbour/">Harbour News | </a></div><span>Ferry fares to rise in April</span></h1>')).toBe('Ferry fares to rise in April');
    });
    it('a rubric above it', () => {
      expect(title(head, '<h1><span>Getting about</span><br><span>Ferry fares to rise in April</span></h1>')).toBe('Ferry fares to rise in April');
    });
    it('a subtitle after it', () => {
      expect(title(head, '<h1><span>Ferry fares to rise in April</span> <small>Two new boats to be paid for by passengers</small></h1>')).toBe('Ferry fares to rise in April');
    });
    it('a dateline in an element of its own before the headline\'s bare text', () => {
      expect(title(head, '<h1><span>Harbourside / </span> Ferry fares to rise in April</h1>')).toBe('Ferry fares to rise in April');
    });
    it('the site\'s name for screen readers after it', () => {
      expect(title(head, '<h1>Ferry fares to rise in April<span class="element-invisible"> | Harbour Post</span></h1>')).toBe('Ferry fares to rise in April');
    });
    it('but a printed headline longer than every field, with no part of its own, is kept whole', () => {
      expect(title(head, '<h1>Ferry fares to rise in <em>April</em> as the harbour board buys two boats</h1>')).toBe('Ferry fares to rise in April as the harbour board buys two boats');
    });
  });

  it('a line break in the <h1> parts words, and an icon\'s text is not read', () => {
    expect(title('<title>Harbour Post</title>', '<h1>Ferry fares rise<br>Boats to follow in May<svg><title>Link icon</title></svg></h1>')).toBe('Ferry fares rise Boats to follow in May');
  });
});

describe('reader title: a short headline loses the site\'s name', () => {
  it('"Timetable – Harbour Post" with no printed headline is "Timetable"', () => {
    expect(title('<title>Timetable – Harbour Post</title><meta property="og:site_name" content="Harbour Post">', '<div>Boats leave at nine.</div>')).toBe('Timetable');
  });
});

describe('reader title: headings that link to stories', () => {
  const head = '<title>Harbour board approves two new ferries for the winter - Harbour Post</title><meta property="og:title" content="\'Finally\': board approves two new ferries">';
  const banner = '<div class="breaking"><h1><a href="/news/ferries/?cid=breaking">Board approves ferries for winter after debate</a></h1></div>';
  const story = '<article><header><h1>Harbour board approves two new ferries for the winter</h1></header></article>';
  const feed = '<div class="feed"><h1><a href="/news/ferries/">\'Finally\': board approves two new ferries</a></h1></div>';
  it('a breaking-news banner\'s and a news feed\'s linked <h1> give way to the story\'s own, though all three match a title field', () => {
    expect(title(head, `${banner}${story}${feed}`)).toBe('Harbour board approves two new ferries for the winter');
  });
  it('a headline linked to its own page is still the headline when it is the only one', () => {
    expect(title(head, '<article><h1><a href="/news/ferries/">Harbour board approves two new ferries for the winter</a></h1></article>'))
      .toBe('Harbour board approves two new ferries for the winter');
  });
});
