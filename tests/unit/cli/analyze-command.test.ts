import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The `analyze` command as a user runs it: only fact sheets on stdout, errors on stderr, exit 2
// for a missing file, exit 0 for a page that is not an article.

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const ARTICLE = join(PAGES, 'harbor-bridge-budget.html');
const FRONT = join(PAGES, 'section-front.html');

function analyze(...args: string[]) {
  const result = spawnSync('node', ['--import', 'tsx', join(ROOT, 'src', 'cli', 'analyze.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run analyze', () => {
  it('prints one fact sheet as JSON with the scorer’s field names', () => {
    const { status, stdout } = analyze('--url', 'https://coastalcourier.example/news/2026/03/12/harbour-bridge-repairs-cost', ARTICLE);
    expect(status).toBe(0);
    const sheet = JSON.parse(stdout);
    expect(sheet.isArticle).toBe(true);
    expect(sheet.meta.title).toBe('Harbour bridge repairs to cost £48m, twice the first estimate');
    expect(sheet.meta.published.slice(0, 10)).toBe('2026-03-12');
    expect(sheet.meta.authors).toEqual(['Priya Raman']);
    expect(sheet.meta.publisher).toBe('The Coastal Courier');
    expect(typeof sheet.body).toBe('string');
    for (const field of ['figures', 'dates', 'sources', 'quotes']) expect(Array.isArray(sheet[field])).toBe(true);
  }, 30_000);

  it('says a section front is not an article, with exit status 0', () => {
    const { status, stdout } = analyze('--url', 'https://coastalcourier.example/news', FRONT);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).isArticle).toBe(false);
  }, 30_000);

  it('exits 2 with a one-line error for a missing file, and nothing on stdout', () => {
    const { status, stdout, stderr } = analyze('/no/such/page.html');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no such file');
  }, 30_000);

  it('analyses many files in one process with --jsonl, keeping order and going past a bad file', () => {
    const { status, stdout } = analyze('--jsonl', ARTICLE, '/no/such/page.html', FRONT);
    expect(status).toBe(2);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual([ARTICLE, '/no/such/page.html', FRONT]);
    expect(lines[0].isArticle).toBe(true);
    expect(lines[1].error).toContain('no such file');
    expect(lines[2].isArticle).toBe(false);
  }, 30_000);

  it('analyses plain text against a reference date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'footnote-cli-'));
    const file = join(dir, 'story.txt');
    writeFileSync(file, 'The mayor said on Tuesday that 1,200 homes lost power.\n\nCrews worked through the night.');
    const { status, stdout } = analyze('--text', '--reference-date', '2026-03-12', file);
    expect(status).toBe(0);
    const sheet = JSON.parse(stdout);
    expect(sheet.body).toBe('The mayor said on Tuesday that 1,200 homes lost power.\n\nCrews worked through the night.');
    expect(sheet.dates.map((date: { value: string }) => date.value)).toContain('2026-03-10');
    expect(sheet.figures.map((figure: { value: number }) => figure.value)).toContain(1200);
  }, 30_000);

  it('rejects a malformed reference date as a usage error', () => {
    const { status, stderr } = analyze('--text', '--reference-date', '12/03/2026', ARTICLE);
    expect(status).toBe(2);
    expect(stderr).toContain('--reference-date takes YYYY-MM-DD');
  }, 30_000);

  it('prints a readable fact panel with --format text', () => {
    const { status, stdout } = analyze('--format', 'text', ARTICLE);
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Harbour bridge repairs to cost £48m, twice the first estimate');
    expect(stdout).toContain('Figures (');
  }, 30_000);
});
