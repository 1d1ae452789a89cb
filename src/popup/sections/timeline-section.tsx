import type { FactSheet } from '../../core/types';
import { dateValueLabel, intervalLabel } from '../format/date-value';
import { ItemButton } from '../reveal';
import { Section } from './section';

// The dates the article mentions, in order, with what happened then; the publication marked.

export function TimelineSection({ sheet }: { sheet: FactSheet }) {
  const entries = sheet.timeline;
  return (
    <Section id="timeline" title="Timeline" count={entries.length} empty="No dates found in this article.">
      <ol class="timeline">
        {entries.map((entry, index) => {
          const when = entry.interval ? intervalLabel(entry.interval) : dateValueLabel(entry.value);
          const body = (
            <>
              <span class="when">
                {when}
                {entry.isPublication && <span class="tag publication">Published</span>}
              </span>
              <span class="what">{entry.what}</span>
            </>
          );
          return (
            <li key={entry.dateId ?? `entry-${index}`} class={entry.isPublication ? 'is-publication' : undefined}>
              {entry.dateId
                ? <ItemButton kind="date" id={entry.dateId}>{body}</ItemButton>
                : <div class="item static">{body}</div>}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
