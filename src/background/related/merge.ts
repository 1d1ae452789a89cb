import type { FactSheet } from '../../core/types';
import type { RelatedItem } from '../../shared/messages';
import { compareWithArticle } from './compare';
import { urlKey, withoutTracking } from './normalise-url';
import type { RawItem } from './providers/provider';
import type { RelatedQuery } from './query/build-query';
import { titleSimilarity, titleWords } from './title-similarity';

// The services' answers as one list: the same page once (URL normalised), the same story once
// (near-identical headlines), the article's own outlet left out, ranked by how well the report
// matches the query and how close in time it is to the article.

export const MAX_ITEMS = 20;
/** Headlines this alike are the same story told once (syndicated copies, wire rewrites). */
const SAME_STORY = 0.75;
const HOUR = 3_600_000;

interface Group {
  best: RawItem;
  services: Set<string>;
  words: Set<string>;
  bestRank: number;
}

export function mergeResults(answers: RawItem[][], query: RelatedQuery, sheet: FactSheet): RelatedItem[] {
  const groups: Group[] = [];
  const byUrl = new Map<string, Group>();
  for (const item of answers.flat()) {
    if (isOwnOutlet(item, query)) continue;
    const key = urlKey(item.url);
    const words = titleWords(item.title);
    const group = byUrl.get(key) ?? groups.find((g) => titleSimilarity(g.words, words) >= SAME_STORY);
    if (group) {
      group.services.add(item.service);
      group.bestRank = Math.min(group.bestRank, item.rank);
      if (better(item, group.best)) {
        group.best = { ...item, snippet: item.snippet ?? group.best.snippet, published: item.published ?? group.best.published };
      } else {
        group.best.snippet ??= item.snippet;
        group.best.published ??= item.published;
      }
      byUrl.set(key, group);
      continue;
    }
    const created: Group = { best: item, services: new Set([item.service]), words, bestRank: item.rank };
    groups.push(created);
    byUrl.set(key, created);
  }
  const headlineWords = titleWords(sheet.meta.title ?? '');
  return groups
    .map((group) => ({ group, score: score(group, query, headlineWords) }))
    .sort((a, b) => b.score - a.score || a.group.best.url.localeCompare(b.group.best.url))
    .slice(0, MAX_ITEMS)
    .map(({ group }) => toItem(group, sheet));
}

/** A publisher's own URL beats a service redirect; then the fuller entry. */
function better(candidate: RawItem, current: RawItem): boolean {
  if (candidate.publisherUrl !== current.publisherUrl) return candidate.publisherUrl;
  return (candidate.snippet ? 1 : 0) + (candidate.published ? 1 : 0) > (current.snippet ? 1 : 0) + (current.published ? 1 : 0);
}

export function isOwnOutlet(item: RawItem, query: RelatedQuery): boolean {
  const host = item.host;
  if (host && query.ownHosts.some((own) => host === own || host.endsWith(`.${own}`) || own.endsWith(`.${host}`))) return true;
  const outlet = outletKey(item.outlet);
  return outlet.length > 0 && query.ownOutlets.some((own) => outletKey(own) === outlet);
}

function outletKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function score(group: Group, query: RelatedQuery, headlineWords: Set<string>): number {
  const item = group.best;
  const text = `${item.title} ${item.snippet ?? ''}`.toLowerCase();
  let matched = 0;
  let possible = 0;
  for (const entity of query.entities) {
    possible += 2;
    if (text.includes(entity.toLowerCase())) matched += 2;
  }
  for (const keyword of query.keywords) {
    possible += 1;
    if (text.includes(keyword)) matched += 1;
  }
  const relevance = (possible ? matched / possible : 0) * 0.7 + titleSimilarity(group.words, headlineWords) * 0.3;
  const closeness = timeCloseness(item.published, query.published);
  const agreement = (group.services.size - 1) * 0.1;
  const serviceRank = 0.1 / (1 + group.bestRank);
  return relevance * 0.6 + closeness * 0.3 + agreement + serviceRank;
}

/** 1 at the article's time, halving every three days; an unknown date counts as middling. */
function timeCloseness(published: string | null, ours: string | null): number {
  if (!published || !ours) return 0.3;
  const hours = Math.abs(Date.parse(published) - Date.parse(ours)) / HOUR;
  return Number.isFinite(hours) ? 0.5 ** (hours / 72) : 0.3;
}

function toItem(group: Group, sheet: FactSheet): RelatedItem {
  const item = group.best;
  const url = item.publisherUrl ? withoutTracking(item.url) : item.url;
  return {
    url,
    title: item.title,
    outlet: item.outlet || item.host || '',
    published: item.published,
    snippet: item.snippet,
    services: [...group.services].sort(),
    comparisons: compareWithArticle(`${item.title}\n\n${item.snippet ?? ''}`, item.published, sheet, item.outlet || item.host || ''),
  };
}
