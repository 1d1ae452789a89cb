// Relations between the article's figures that the text makes explicit, each with the
// arithmetic that backs it:
//   implied-amount     a share of a stated base ("up to 50% of 11,000–12,000 troops")
//   parts-vs-whole     parts that do not add up to the stated whole
//   percent-vs-count   a percentage printed beside the counts it is computed from

import type { AnalysisContext } from '../context';
import type { CrossCheck } from '../types';
import { impliedAmountChecks, type CheckInput } from './checks/implied-amount';
import { partsVsWholeChecks } from './checks/parts-vs-whole';
import { percentVsCountChecks } from './checks/percent-vs-count';

export function crossCheckFigures(ctx: AnalysisContext): CrossCheck[] {
  return checkFigures({ text: ctx.text, sentences: ctx.sentences, figures: ctx.figures });
}

export function checkFigures(input: CheckInput): CrossCheck[] {
  const percentChecks = percentVsCountChecks(input);
  // A share already checked against its own counts needs no second, looser reading.
  const implied = impliedAmountChecks(input).filter((check) =>
    !percentChecks.some((p) => p.figureIds.filter((id) => check.figureIds.includes(id)).length >= 2));
  const checks = [...implied, ...partsVsWholeChecks(input), ...percentChecks];
  return checks.map((check, index) => ({ id: `x${index + 1}`, ...check }));
}
