import type { Quote, Source } from '../../core/types';

// Each source with the quotes the article attributes to it (by source id, or by the speaker's
// name when the extractor could not tie a quote to a source), and the quotes left over.

export interface SourceEntry {
  source: Source;
  quotes: Quote[];
}

const KIND_ORDER: Record<Source['kind'], number> = { person: 0, organization: 1, document: 2, anonymous: 3, other: 4 };

export function quotesBySource(sources: readonly Source[], quotes: readonly Quote[]): { entries: SourceEntry[]; unattributed: Quote[] } {
  const entries = sources.map((source) => ({ source, quotes: [] as Quote[] }));
  const byId = new Map(entries.map((entry) => [entry.source.id, entry]));
  const byName = new Map<string, SourceEntry>();
  for (const entry of entries) {
    for (const name of [entry.source.name, ...entry.source.aliases]) {
      const key = name.toLowerCase();
      if (!byName.has(key)) byName.set(key, entry);
    }
  }
  const unattributed: Quote[] = [];
  for (const quote of quotes) {
    const entry = (quote.sourceId ? byId.get(quote.sourceId) : undefined)
      ?? (quote.speaker ? byName.get(quote.speaker.toLowerCase()) : undefined);
    if (entry) entry.quotes.push(quote);
    else unattributed.push(quote);
  }
  entries.sort((a, b) => KIND_ORDER[a.source.kind] - KIND_ORDER[b.source.kind]
    || b.source.statements - a.source.statements);
  return { entries, unattributed };
}

export const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  person: 'Person', organization: 'Organisation', document: 'Document', anonymous: 'Anonymous', other: 'Other',
};
