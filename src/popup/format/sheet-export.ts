import type { FactSheet } from '../../core/types';
import { dateValueLabel, intervalLabel } from './date-value';
import { figureTags, groupFigures } from './group-figures';
import { absoluteDate } from './relative-age';
import { countLabel, quotesBySource, SOURCE_KIND_LABELS } from './source-quotes';

// The fact sheet to cite and share: Markdown for a note or a message, JSON for a tool. Both
// lead with the article's URL and headline. The article's own text (body, blocks) stays out:
// the facts are cited, the article is linked.

export function articleUrl(sheet: FactSheet): string | null {
  return sheet.meta.canonicalUrl ?? sheet.url;
}

export function sheetAsJson(sheet: FactSheet): string {
  const { meta } = sheet;
  return JSON.stringify({
    url: articleUrl(sheet),
    headline: meta.title,
    outlets: meta.publishers.length ? meta.publishers : meta.publisher ? [meta.publisher] : [],
    authors: meta.authors,
    published: meta.published,
    modified: meta.modified,
    figures: sheet.figures,
    crossChecks: sheet.crossChecks,
    timeline: sheet.timeline,
    dates: sheet.dates,
    sources: sheet.sources,
    quotes: sheet.quotes,
  }, null, 2);
}

export function sheetAsMarkdown(sheet: FactSheet): string {
  const { meta } = sheet;
  const url = articleUrl(sheet);
  const title = meta.title ?? 'Untitled article';
  const lines: string[] = [`# ${inline(title)}`, ''];
  lines.push(url ? `<${url}>` : '(no address)');
  const outlets = meta.publishers.length ? meta.publishers : meta.publisher ? [meta.publisher] : [];
  const byline = [
    outlets.length ? inline(outlets.join(' · ')) : null,
    meta.authors.length ? `by ${inline(meta.authors.join(', '))}` : null,
    meta.published ? `published ${absoluteDate(meta.published)}` : null,
    meta.modified && meta.modified !== meta.published ? `updated ${absoluteDate(meta.modified)}` : null,
  ].filter(Boolean);
  if (byline.length) lines.push('', byline.join(', '));

  const groups = groupFigures(sheet.figures, sheet.crossChecks);
  if (groups.length) {
    lines.push('', '## Figures');
    for (const group of groups) {
      lines.push('', `### ${inline(group.label)}`);
      for (const row of group.rows) {
        const tags = figureTags(row.figure);
        const mentions = row.ids.length > 1 ? ` (${row.ids.length} mentions)` : '';
        lines.push(`- ${inline(row.figure.text)}${tags.length ? ` (${tags.join(', ')})` : ''}${mentions}`);
      }
      for (const check of group.checks) lines.push(`- Check: ${inline(check.note)} (${inline(check.computation)})`);
    }
  }
  if (sheet.timeline.length) {
    lines.push('', '## Timeline', '');
    for (const entry of sheet.timeline) {
      const when = entry.interval ? intervalLabel(entry.interval) : dateValueLabel(entry.value);
      lines.push(`- **${when}**${entry.isPublication ? ' (published)' : ''}: ${inline(entry.what)}`);
    }
  }
  const { entries } = quotesBySource(sheet.sources, sheet.quotes);
  if (entries.length) {
    lines.push('', '## Sources', '');
    for (const { source, quotes } of entries) {
      const role = [source.role, source.affiliation && !source.role?.includes(source.affiliation) ? source.affiliation : null]
        .filter(Boolean).join(', ');
      lines.push(`- **${inline(source.name)}** (${SOURCE_KIND_LABELS[source.kind].toLowerCase()}${role ? `; ${inline(role)}` : ''}), `
        + countLabel(source.statements, source.positions ?? 0));
      for (const quote of quotes) lines.push(`  - ${quote.direct ? `“${inline(quote.text)}”` : inline(quote.text)}`);
    }
  }
  lines.push('', '_Fact sheet by Footnote._', '');
  return lines.join('\n');
}

/** Page text on one line, with the characters that would start Markdown syntax escaped. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
