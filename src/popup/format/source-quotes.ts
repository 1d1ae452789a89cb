import type { Quote, Source } from '../../core/types';

// Each source with the quotes the article attributes to it (by source id, or by the speaker's
// name when the extractor could not tie a quote to a source), and the quotes left over. A source's
// statements (what it said) and positions (what it believes, wants or criticised: quotes marked
// `cueKind: 'attitude'`) are kept apart, so that the panel can show and count them separately.

export interface SourceEntry {
  source: Source;
  /** Statements, then positions, each in text order. */
  quotes: Quote[];
  statements: Quote[];
  positions: Quote[];
}

export const isPosition = (quote: Quote): boolean => quote.cueKind === 'attitude';

/** "2 statements · 1 position", leaving out a count of zero (but never both). */
export function countLabel(statements: number, positions: number): string {
  const parts: string[] = [];
  if (statements || !positions) parts.push(`${statements} statement${statements === 1 ? '' : 's'}`);
  if (positions) parts.push(`${positions} position${positions === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

/** What a position's tag says: its verb as the article prints it ("criticized", "wants", "plans to"). */
export function positionVerb(quote: Quote): string {
  return quote.cue?.trim() || 'position';
}

const KIND_ORDER: Record<Source['kind'], number> = { person: 0, organization: 1, document: 2, anonymous: 3, other: 4 };

export function quotesBySource(sources: readonly Source[], quotes: readonly Quote[]): { entries: SourceEntry[]; unattributed: Quote[] } {
  const entries: SourceEntry[] = sources.map((source) => ({ source, quotes: [], statements: [], positions: [] }));
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
    if (entry) (isPosition(quote) ? entry.positions : entry.statements).push(quote);
    else unattributed.push(quote);
  }
  for (const entry of entries) entry.quotes = [...entry.statements, ...entry.positions];
  entries.sort((a, b) => KIND_ORDER[a.source.kind] - KIND_ORDER[b.source.kind]
    || b.source.statements - a.source.statements || (b.source.positions ?? 0) - (a.source.positions ?? 0));
  return { entries, unattributed };
}

export const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  person: 'Person', organization: 'Organisation', document: 'Document', anonymous: 'Anonymous', other: 'Other',
};
