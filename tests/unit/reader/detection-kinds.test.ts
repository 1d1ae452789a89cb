import { describe, expect, it } from 'vitest';
import { longestBodyRun } from '../../../src/core/reader/body-run';
import { detectArticle, readJsonLd } from '../../../src/core/reader/index';
import { repeatedItemsAround } from '../../../src/core/reader/repeated-items';
import { page } from './helpers';

// Kinds of page that are not articles, as unseen sites print them, decided by structure alone:
// every fixture below says og:type=article (as WordPress says on every page) and most have no
// address, so neither the meta tags nor the URL's shape can decide for them.

const OG_ARTICLE = '<meta property="og:type" content="article">';
const detect = (html: string, url: string | null = null) => {
  const doc = page(html);
  return detectArticle(doc, url, readJsonLd(doc).nodes);
};
const doc = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
const sentence = (i: number) => `Residents of Larkmouth packed the town hall on Thursday night to hear the plan for the new tram line, part ${i}.`;
const story = (n: number) => Array.from({ length: n }, (_, i) => `<p>${sentence(i)} The mayor, Odile Brannock, said work would begin in spring.</p>`).join('');

describe('the body run reads prose only', () => {
  it('a JSON blob or a player\'s packed labels printed into the page are not prose', () => {
    const blob = `[{"image":"https://cdn.example/live1.jpg","thumb":"https://cdn.example/t1.jpg","title":"Larkmouth Live","duration":"00:00"}]`.repeat(12);
    const html = doc(OG_ARTICLE, `<h1>Larkmouth Live</h1><div class="player"><div>${blob}</div><div>LIVE00:0000:00FacebookTwitterEmailEmbedSpeedNormalAutoplay</div></div>`);
    expect(longestBodyRun(page(html)).chars).toBe(0);
    expect(detect(html).isArticle).toBe(false);
  });
  it('Chinese prose has no spaces and is still prose', () => {
    const zh = Array.from({ length: 5 }, () => '<p>拉克茅斯市议会星期四晚上在市政厅公布了新电车线路的计划，市长表示工程将于明年春天开始，居民们对此反应不一。交通局局长说，第一期工程将连接火车站和港口。</p>').join('');
    expect(longestBodyRun(page(doc('', `<div class="content">${zh}</div>`))).paragraphs).toBe(5);
  });
});

describe('listing pages set as one flat list of teasers', () => {
  const flatTeasers = (n: number) => Array.from({ length: n }, (_, i) => `<h3><a href="/local/tram-story-${i}">Tram line plan draws a crowd, story ${i}</a></h3><p>${sentence(i)}</p>`).join('');
  it('a section front: linked headlines alternating with summaries under one parent', () => {
    expect(detect(doc(OG_ARTICLE, `<h1>Local news</h1><div class="river">${flatTeasers(12)}</div>`)).isArticle).toBe(false);
  });
  it('a tag page with a short introduction and a flat list', () => {
    const html = doc(OG_ARTICLE, `<h1>Tag: trams</h1><div class="archive"><p>Everything we have written about the Larkmouth tram line since it was first proposed.</p>${flatTeasers(8)}</div>`);
    expect(detect(html).isArticle).toBe(false);
  });
  it('an author page: a biography, then the author\'s stories', () => {
    const html = doc(OG_ARTICLE, `<h1>Mara Quillfeather</h1><div class="author-stream"><p>Mara Quillfeather covers transport and city hall for the Larkmouth Courier. She joined the paper in 2019.</p>${flatTeasers(10)}</div>`);
    expect(detect(html).isArticle).toBe(false);
  });
  it('an article whose subheadings carry an "edit" link is still a body', () => {
    const sections = Array.from({ length: 5 }, (_, i) => `<h2><span>Part ${i}</span> <span class="edit">[<a href="/edit/${i}">edit</a>]</span></h2>${story(2)}`).join('');
    expect(longestBodyRun(page(doc('', `<div class="content">${sections}</div>`))).paragraphs).toBe(10);
  });
});

describe('one item of many: galleries, threads, episode lists', () => {
  it('a gallery whose slides each carry a picture and a caption, one caption long', () => {
    const slides = Array.from({ length: 14 }, (_, i) => `<li class="slide"><img src="/g/${i}.jpg"><div class="caption">${i === 3 ? story(6) : `<p>${sentence(i)}</p>`}</div></li>`).join('');
    const html = doc(OG_ARTICLE, `<h1>Larkmouth through the years</h1><ul class="slides">${slides}</ul>`);
    expect(detect(html).signals.some((s) => s.startsWith('repeated-items'))).toBe(true);
    expect(detect(html).isArticle).toBe(false);
  });
  it('a forum thread: posts of one shape, each with its author and time', () => {
    const posts = Array.from({ length: 9 }, (_, i) => `<div class="post"><div class="meta"><b>user${i}</b> <time datetime="2024-03-0${(i % 9) + 1}">March ${i + 1}</time></div><div class="text">${i === 0 ? story(5) : `<p>${sentence(i)}</p>`}</div></div>`).join('');
    expect(detect(doc(OG_ARTICLE, `<h1>Tram line: will it ever open?</h1><div class="thread">${posts}</div>`)).isArticle).toBe(false);
  });
  it('a podcast page: episodes of one shape, each with a heading and a date', () => {
    const episodes = Array.from({ length: 8 }, (_, i) => `<section class="episode"><h3>Episode ${40 - i}: the tram line</h3><time datetime="2024-02-0${i + 1}">Feb ${i + 1}</time>${i === 0 ? story(4) : `<p>${sentence(i)}</p>`}</section>`).join('');
    expect(detect(doc(OG_ARTICLE, `<h1>The Larkmouth Hour</h1><div class="episodes">${episodes}</div>`)).isArticle).toBe(false);
  });
  it('a long-read in long sections is not a list of items', () => {
    const sections = Array.from({ length: 7 }, (_, i) => `<div class="section"><h2>Chapter ${i}</h2><img src="/c/${i}.jpg">${story(8)}</div>`).join('');
    const html = doc(OG_ARTICLE, `<h1>The long road to the Larkmouth tram</h1><div class="body">${sections}</div>`);
    expect(repeatedItemsAround(longestBodyRun(page(html)).parent)).toBeNull();
    expect(detect(html).isArticle).toBe(true);
  });
  it('a page that declares itself an article is not demoted by its repeated blocks (a how-to\'s steps)', () => {
    const steps = Array.from({ length: 8 }, (_, i) => `<div class="step"><h3>Step ${i + 1}</h3><img src="/s/${i}.jpg"><p>${sentence(i)} Sand the frame first and leave it to dry overnight.</p></div>`).join('');
    const html = doc(`${OG_ARTICLE}<script type="application/ld+json">{"@type":"Article","headline":"How to paint a tram shelter"}</script>`, `<h1>How to paint a tram shelter</h1><div class="steps">${steps}</div>`);
    expect(detect(html).signals.some((s) => s.startsWith('repeated-items'))).toBe(false);
  });
});

describe('recipes without schema.org markup', () => {
  it('an ingredient list marks a recipe, whatever the class prefix', () => {
    const ingredients = ['2 cups flour', '1 tsp salt', '3 eggs', '1 cup milk'].map((x) => `<li class="o-recipe__ingredient">${x}</li>`).join('');
    const html = doc(OG_ARTICLE, `<h1>Larkmouth tram-stop pancakes</h1><div class="intro">${story(2)}</div><ul>${ingredients}</ul><ol><li>Whisk everything together and rest the batter.</li></ol>`);
    expect(detect(html).signals).toContain('recipe-card');
    expect(detect(html).isArticle).toBe(false);
  });
});

describe('an introduction amid teasers, a listicle, comments', () => {
  const cards = (n: number) => Array.from({ length: n }, (_, i) => `<div class="card"><img src="/i/${i}.jpg"><h3><a href="/news/tram-${i}">Tram works: what changes on route ${i} this month</a></h3><p>${sentence(i)}</p></div>`).join('');
  const intro = `<div class="intro">${story(3)}</div>`;
  it('a topic page: a short introduction and a grid of teaser cards', () => {
    const html = doc(OG_ARTICLE, `<h1>Trams</h1>${intro}<div class="grid">${cards(12)}</div>`);
    expect(detect(html).signals).toContain('teaser-headlines:8+');
    expect(detect(html).isArticle).toBe(false);
  });
  it('a story with a full body keeps its rail of related teasers', () => {
    expect(detect(doc(OG_ARTICLE, `<h1>Tram line approved</h1><div class="story">${story(6)}</div><aside>${cards(12)}</aside>`)).isArticle).toBe(true);
  });
  it('a listicle whose items are linked headings, each with a long paragraph, is a body', () => {
    const items = Array.from({ length: 8 }, (_, i) => `<h3><a href="/shop/item-${i}">Item ${i}: a folding tram-stop bench</a></h3><p>${sentence(i)} ${sentence(i + 1)} ${sentence(i + 2)}</p>`).join('');
    expect(longestBodyRun(page(doc('', `<div class="list-body">${items}</div>`))).paragraphs).toBe(8);
  });
  it('a reader\'s long comment is not the story\'s body', () => {
    const comments = Array.from({ length: 6 }, (_, i) => `<li class="comment"><b>reader${i}</b><p>${sentence(i)}</p>${i === 2 ? story(5) : ''}</li>`).join('');
    const html = doc('', `<body class="single comments-open"><h1>Tram line approved</h1><div class="story">${story(3)}</div><section id="comments"><ol class="comment-list">${comments}</ol></section></body>`);
    expect(longestBodyRun(page(html)).paragraphs).toBe(3);
  });
});

describe('a clip\'s own page: a caption beside a media player', () => {
  const caption = '<p>The harbour ferry made its last crossing on Sunday after ninety years of service between Larkmouth and the island of Skerry.</p>'
    + '<p>Crews and passengers gathered on the quay to see it off, and the mayor rang its bell one final time as it left the harbour mouth.</p>'
    + '<p>It will be replaced in the autumn by an electric boat that the town council ordered from a yard in the north last year.</p>'
    + '<p>Video by the Larkmouth newsroom.</p>';
  const clipPage = (player: string, head = '<meta property="og:type" content="website">') => doc(head,
    `<h1>The last crossing of the harbour ferry</h1><div class="media-asset">${player}<div class="summary">${caption}</div></div>`);
  const URL_LIKE = 'https://news.example/local/clips-41872301/the-last-crossing-of-the-harbour-ferry';
  it('a caption under a player box is no article, whatever the address says', () => {
    const result = detect(clipPage('<div class="site-media-player-component"><div class="placeholder"></div></div>'), URL_LIKE);
    expect(result.signals).toContain('media-player');
    expect(result.isArticle).toBe(false);
  });
  it('the same caption with no player is a short story', () => {
    expect(detect(clipPage('<img src="/ferry.jpg" alt="">'), URL_LIKE).isArticle).toBe(true);
  });
  it('a short story with a clip at its head and an article\'s metadata stays an article', () => {
    const head = '<meta property="og:type" content="article"><meta property="article:published_time" content="2031-06-01T10:00:00Z">';
    expect(detect(clipPage('<video src="/ferry.mp4" controls></video>', head), URL_LIKE).isArticle).toBe(true);
  });
  it('a story read aloud runs longer than a caption and stays an article', () => {
    const html = doc('', `<h1>The ferryman's daughter</h1><audio src="/story.mp3" controls></audio><div class="story">${story(8)}</div>`);
    expect(detect(html).isArticle).toBe(true);
  });
});
