import type { CrossCheck, FactSheet } from '../../core/types';
import { clauseAround, figureSubject, figureTags, groupFigures, listedFigures } from '../format/group-figures';
import { ItemButton } from '../reveal';
import { Section } from './section';

// Figures grouped by what they count or measure, each with its qualifiers, what it is about (its
// counted noun and a short cut of its clause, the figure marked), and the cross-checks that
// relate them ("50% of 11,000–12,000 troops is 5,500–6,000").

const VERDICTS: Record<CrossCheck['verdict'], string> = {
  consistent: 'Consistent', 'different-counts': 'Different things counted', mismatch: 'Does not add up',
};

export function FiguresSection({ sheet }: { sheet: FactSheet }) {
  const groups = groupFigures(sheet.figures, sheet.crossChecks);
  return (
    <Section id="figures" title="Figures" count={listedFigures(sheet.figures).length} empty="No figures found in this article.">
      {groups.map((group) => (
        <div class="group" key={group.key} role="group" aria-label={group.label}>
          <h3>{group.label}</h3>
          <ul>
            {group.rows.map((row) => {
              const tags = figureTags(row.figure);
              const subject = figureSubject(row.figure);
              const clause = clauseAround(row.figure);
              return (
                <li key={row.ids[0]}>
                  <ItemButton kind="figure" id={row.ids[0]!} mentions={row.ids}>
                    <span class="main">{row.figure.text}</span>
                    {subject && <span class="subject">{subject}</span>}
                    {clause && (
                      <span class="clause">{clause.before}<mark>{clause.figure}</mark>{clause.after}</span>
                    )}
                    {(tags.length > 0 || row.ids.length > 1) && (
                      <span class="tags">
                        {tags.map((tag) => <span class="tag" key={tag}>{tag}</span>)}
                        {row.ids.length > 1 && <span class="tag">{row.ids.length} mentions</span>}
                      </span>
                    )}
                  </ItemButton>
                </li>
              );
            })}
            {group.checks.map((check) => (
              <li key={check.id} class={`check check-${check.verdict}`}>
                <ItemButton kind="figure" id={check.figureIds[0]!} title={`${check.note}\n${check.computation}`}>
                  <span class="verdict">
                    {VERDICTS[check.verdict]}
                    {check.implied && <span class="tag implied">implies {impliedLabel(check.implied)}</span>}
                  </span>
                  <span class="note">{check.note}</span>
                  <span class="computation">{check.computation}</span>
                </ItemButton>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

function impliedLabel({ low, high }: { low: number; high: number }): string {
  return low === high ? NUMBER.format(low) : `${NUMBER.format(low)}–${NUMBER.format(high)}`;
}
