import type { ArticleMeta } from '../../core/types';
import { absoluteDate, relativeAge } from '../format/relative-age';

// Who published the article, who wrote it, and when: dates with their age ("3 days ago").

export function PanelHeader({ meta, now }: { meta: ArticleMeta; now: number }) {
  const outlets = meta.publishers.length ? meta.publishers : meta.publisher ? [meta.publisher] : [];
  const updated = meta.modified && meta.modified !== meta.published && isLater(meta.modified, meta.published) ? meta.modified : null;
  return (
    <header class="article-header">
      {outlets.length > 0 && <p class="outlet">{outlets.join(' · ')}</p>}
      <h1 class="headline">{meta.title ?? 'Untitled article'}</h1>
      {meta.authors.length > 0 && <p class="authors">By {meta.authors.join(', ')}</p>}
      {(meta.published || updated) && (
        <p class="dates">
          {meta.published && <Dated label="Published" iso={meta.published} now={now} class="published" />}
          {updated && <Dated label="Updated" iso={updated} now={now} class="updated" />}
        </p>
      )}
    </header>
  );
}

function Dated(props: { label: string; iso: string; now: number; class: string }) {
  const age = relativeAge(props.iso, props.now);
  return (
    <span class={props.class}>
      {props.label} <time dateTime={props.iso}>{absoluteDate(props.iso)}</time>
      {age && <span class="age"> ({age})</span>}
    </span>
  );
}

function isLater(a: string, b: string | null): boolean {
  if (!b) return true;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  // Pages often set the modified time a few seconds after publishing: that is no update.
  return Number.isNaN(ta) || Number.isNaN(tb) || ta - tb > 5 * 60_000;
}
