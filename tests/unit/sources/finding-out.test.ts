import { describe, expect, it } from 'vitest';
import { isFindingOut } from '../../../src/core/sources/finding-out';
import { run, said } from './run';

// Base-form "see" before an indirect question finds something out; it holds no view.
const ATTITUDES = { attitudes: true };

describe('"see how …" as finding out', () => {
  it('is no position', () => {
    const at = (t: string) => t.search(/\b[Ss]ee\b/);
    const open = ['Watch it to see how it works.', 'See whether the ferry runs on Sunday.', 'We will see what happens next.', 'Wait and see what the council does.'];
    for (const t of open) expect(isFindingOut(t, 'see', at(t), t.slice(at(t) + 3))).toBe(true);
  });

  it('keeps views, doubts and other forms', () => {
    const at = (t: string) => t.search(/\bs[ae]e/);
    expect(isFindingOut('They see the levy as a toll.', 'see', 5, ' the levy as a toll.')).toBe(false);
    expect(isFindingOut('Lund sees how the plan could fail.', 'sees', 5, ' how the plan could fail.')).toBe(false);
    // ("I don't see how that can help" doubts the plan: a view.)
    const doubt = "I don't see how the levy can help the harbour.";
    expect(isFindingOut(doubt, 'see', at(doubt), doubt.slice(at(doubt) + 3))).toBe(false);
  });

  it('gives an imperative sentence no speaker in the sources step', () => {
    const found = said(run(['Watch the short clip to see how the folding crib works!', 'Check the card below to see how to shape the cookies.'], [], ATTITUDES));
    expect(found).toEqual([]);
    expect(said(run(['Most voters see the ferry levy as a toll on the poor.'], [], ATTITUDES))).toContain('Most voters | the ferry levy as a toll on the poor');
  });
});
