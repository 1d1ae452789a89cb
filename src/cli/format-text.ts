import type { FactSheet } from '../core/types';
import { countLabel } from '../popup/format/source-quotes';

// The fact panel as plain text, for `analyze --format text` and `npm start` without a display.

export function formatFactPanel(sheet: FactSheet): string {
  const lines: string[] = [];
  const { meta } = sheet;
  if (!sheet.isArticle) {
    lines.push(`Not a news article (${sheet.detection.signals.join(', ') || 'no signals'})`);
    if (!sheet.text) return lines.join('\n');
  }
  lines.push(meta.title ?? '(no headline)');
  const byline = [meta.publishers.join(' / ') || meta.publisher, meta.authors.join(', '), meta.published].filter(Boolean);
  if (byline.length) lines.push(byline.join(' · '));
  section(lines, 'Figures', sheet.figures.map((figure) => {
    const counts = figure.counts ? ` — ${figure.counts}` : '';
    return `${figure.text}${counts}`;
  }));
  section(lines, 'Cross-checks', sheet.crossChecks.map((check) => `${check.note} (${check.computation})`));
  section(lines, 'Timeline', sheet.timeline.map((entry) => `${entry.value}${entry.isPublication ? ' (published)' : ''}  ${entry.what || entry.text}`));
  if (!sheet.timeline.length) section(lines, 'Dates', sheet.dates.map((date) => `${date.value}  ${date.text}`));
  section(lines, 'Sources', sheet.sources.map((source) => {
    const role = source.role ? `, ${source.role}` : '';
    return `${source.name} (${source.kind}${role}) — ${countLabel(source.statements, source.positions ?? 0)}`;
  }));
  return lines.join('\n');
}

function section(lines: string[], title: string, items: string[]): void {
  if (!items.length) return;
  lines.push('', `${title} (${items.length})`);
  for (const item of items) lines.push(`  • ${item}`);
}
