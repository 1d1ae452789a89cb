// Fast development scorer for the reader alone: runs `readArticle` in-process (no dates, figures
// or sources) over the public development sets in ../shared/eval/data and scores them with the
// same metrics as ../shared/eval/dev.mjs (whose helpers it imports at run time).
//
//   npx tsx eval/reader-dev.ts [--only fundus,trafilatura,readability] [--verbose] [--grep TEXT] [--url]
//
// `--url` hands fundus pages their address, as the extension always has it (the publisher is
// matched against the host name). Publisher: fundus names each outlet by a code ("TheGuardian"),
// so a name counts when its letters equal the code's, or the outlet's own name holds the code's
// letters, or the code the name's ("NineNews" / "9News" does not); informational, not gold.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readArticle, type ReadArticle } from '../src/core/reader/index';
import { requireKit } from './kit';

const DATA = requireKit('eval/data');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const lib: any = await import(requireKit('eval/lib.mjs'));
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : ['fundus', 'trafilatura', 'readability'];
const verbose = args.includes('--verbose');
const grep = args.includes('--grep') ? args[args.indexOf('--grep') + 1]! : null;
const say = (line: string) => { if (verbose && (!grep || line.includes(grep))) console.log(`  ${line}`); };
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

function read(file: string, url: string | null): ReadArticle | null {
  try {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    return readArticle(document as unknown as Document, url, FORCE);
  } catch (error) {
    console.log(`  CRASH ${file}: ${(error as Error).stack}`);
    return null;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', mdash: '—', ndash: '–', hellip: '…' };
// As dev.mjs flattens Readability's expected article.
const htmlToText = (html: string) => html
  .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')
  .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    try { return String.fromCodePoint(code); } catch { return m; }
  });
const FORCE = args.includes("--force");
const WITH_URL = args.includes('--url');
const letters = (s: string) => String(s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const samePublisher = (got: string | null | undefined, want: string) => {
  const a = letters(got ?? ''), b = letters(want);
  return !!a && (a === b || (a.length >= 4 && b.includes(a)) || (b.length >= 4 && a.includes(b)));
};
const ws = (s: string) => String(s).replace(/\s+/g, ' ').trim();

if (only.includes('trafilatura')) {
  const dir = join(DATA, 'trafilatura-eval-en');
  const items = Object.entries(readJson(join(dir, 'evaldata.json'))) as [string, { file: string; with: string[]; without: string[] }][];
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const started = Date.now();
  for (const [url, item] of items) {
    const body = ws(read(join(dir, 'html', item.file), null)?.main?.body ?? '');
    for (const seg of item.with) {
      if (body.includes(ws(seg))) tp++;
      else { fn++; say(`${item.file}: missing "${seg.slice(0, 70)}"`); }
    }
    for (const seg of item.without) {
      if (body.includes(ws(seg))) { fp++; say(`${item.file}: kept "${seg.slice(0, 70)}"`); }
      else tn++;
    }
    void url;
  }
  console.log(`trafilatura: TP ${tp} FP ${fp} FN ${fn} TN ${tn} P ${lib.fmt(tp / (tp + fp))} R ${lib.fmt(tp / (tp + fn))} F1 ${lib.fmt(2 * tp / (2 * tp + fp + fn))} (${Date.now() - started} ms)`);
}

if (only.includes('fundus')) {
  const dir = join(DATA, 'fundus-parser-testdata-en');
  const items = readJson(join(dir, 'gold.json')).items as Record<string, any>[];
  const ok = { title: 0, authors: 0, authorsEqual: 0, published: 0, publisher: 0 };
  let nAuthors = 0;
  const pages: number[][] = [];
  const started = Date.now();
  for (const item of items) {
    const result = read(join(dir, 'html', item.id), WITH_URL ? item.url : null);
    const meta = result?.meta;
    if (samePublisher(meta?.publisher, item.publisher)) ok.publisher++;
    else say(`${item.id} publisher: got ${JSON.stringify(meta?.publisher)}, want ~${JSON.stringify(item.publisher)}`);
    if (lib.normTitle(meta?.title) === lib.normTitle(item.title)) ok.title++;
    else say(`${item.id} title: got ${JSON.stringify(meta?.title)}, want ${JSON.stringify(item.title)}`);
    if (item.authors) {
      nAuthors++;
      const got = new Set((meta?.authors ?? []).map(lib.norm));
      const want = new Set((item.authors as string[]).map(lib.norm));
      const present = [...want].every((a) => got.has(a));
      if (present) ok.authors++;
      if (present && got.size === want.size) ok.authorsEqual++;
      else say(`${item.id} authors: got ${JSON.stringify(meta?.authors)}, want ${JSON.stringify(item.authors)}`);
    }
    if (lib.dayOf(meta?.published) === lib.dayOf(item.publishing_date)) ok.published++;
    else say(`${item.id} published: got ${meta?.published}, want ${item.publishing_date}`);
    const gold = [...(item.body?.summary ?? []), ...(item.body?.sections ?? []).flatMap((s: any) => [...(s.headline ?? []), ...(s.paragraphs ?? [])])].join('\n\n');
    const match = lib.shingleMatch(gold, result?.main?.body ?? '');
    pages.push(match);
    if (match[0] < 0.9) say(`${item.id} body: tp ${lib.fmt(match[0])} fp ${lib.fmt(match[1])} fn ${lib.fmt(match[2])}`);
  }
  const body = lib.bodyScores(pages);
  const n = items.length;
  console.log(`fundus (${n}): title ${lib.fmt(ok.title / n)} authors-present ${lib.fmt(ok.authors / nAuthors)} authors-equal ${lib.fmt(ok.authorsEqual / nAuthors)} published ${lib.fmt(ok.published / n)} publisher~ ${lib.fmt(ok.publisher / n)} body F1 ${lib.fmt(body.f1)} (P ${lib.fmt(body.precision)} R ${lib.fmt(body.recall)}) (${Date.now() - started} ms)`);
}

if (only.includes('readability')) {
  const dir = join(DATA, 'readability-test-pages', 'test', 'test-pages');
  const names = readdirSync(dir).sort();
  const ok = { title: 0, byline: 0, published: 0, readerable: 0, siteName: 0 };
  const n = { title: 0, byline: 0, published: 0, siteName: 0 };
  const confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const pages: number[][] = [];
  const bylineWords = (s: string) => lib.norm(s).replace(/^(by|par|von) /, '').split(' ').filter((w: string) => w && w !== 'and').join(' ');
  const started = Date.now();
  for (const name of names) {
    const want = readJson(join(dir, name, 'expected-metadata.json'));
    const result = read(join(dir, name, 'source.html'), null);
    const meta = result?.meta;
    if (want.title) {
      n.title++;
      if (lib.normTitle(meta?.title) === lib.normTitle(want.title)) ok.title++;
      else say(`${name} title: got ${JSON.stringify(meta?.title)}, R ${JSON.stringify(want.title)}`);
    }
    if (want.byline) {
      n.byline++;
      if (bylineWords((meta?.authors ?? []).join(' ')) === bylineWords(want.byline)) ok.byline++;
      else say(`${name} byline: got ${JSON.stringify(meta?.authors)}, R ${JSON.stringify(want.byline)}`);
    }
    if (want.siteName) {
      n.siteName++;
      if (samePublisher(meta?.publisher, want.siteName)) ok.siteName++;
      else say(`${name} publisher: got ${JSON.stringify(meta?.publisher)}, R siteName ${JSON.stringify(want.siteName)}`);
    }
    if (want.publishedTime) {
      n.published++;
      if (lib.dayOf(meta?.published) === lib.dayOf(want.publishedTime)) ok.published++;
      else say(`${name} published: got ${meta?.published}, R ${want.publishedTime}`);
    }
    const isArticle = result?.detection.isArticle === true;
    confusion[isArticle ? (want.readerable ? 'tp' : 'fp') : (want.readerable ? 'fn' : 'tn')]++;
    if (isArticle === want.readerable) ok.readerable++;
    else say(`${name} isArticle ${isArticle} (${result?.detection.signals.join(' ')}), R readerable ${want.readerable}`);
    const expectedText = htmlToText(readFileSync(join(dir, name, 'expected.html'), 'utf8'));
    const match = lib.shingleMatch(expectedText, result?.main?.body ?? '');
    pages.push(match);
    if (match[0] < 0.8) say(`${name} body: tp ${lib.fmt(match[0])} fp ${lib.fmt(match[1])} fn ${lib.fmt(match[2])}`);
  }
  const body = lib.bodyScores(pages);
  console.log(`readability (${names.length}): title ${lib.fmt(ok.title / n.title)} byline ${lib.fmt(ok.byline / n.byline)} publisher~siteName ${lib.fmt(ok.siteName / n.siteName)} published ${lib.fmt(ok.published / n.published)} readerable ${lib.fmt(ok.readerable / names.length)} ${JSON.stringify(confusion)} body F1 ${lib.fmt(body.f1)} (P ${lib.fmt(body.precision)} R ${lib.fmt(body.recall)}) (${Date.now() - started} ms)`);
}
