import type { FactSheet } from '../../core/types';

/** Related coverage of the article (built by the related-coverage work; renders nothing yet). */
export function RelatedCoverage(_props: { sheet: FactSheet; tabId: number | null }) {
  return null;
}
