import { describe, expect, it } from 'vitest';
import { findQuotesInBlock } from '../../../src/core/sources/quote-spans';
import { run, said } from './run';

// A quotation inside a quotation typed with the same curly marks: the inner closing mark does not
// close the outer quotation, which ends at the closing mark after it.
describe('a curly quotation inside a curly quotation', () => {
  it('keeps the whole outer quotation, with its cue before it', () => {
    expect(said(run(['Karl Benz of the Ledger wrote, “If the port board wants trust, it has to show “the real numbers” before the vote.”']))).toEqual([
      'Karl Benz | If the port board wants trust, it has to show “the real numbers” before the vote.',
    ]);
  });

  it('and with its cue after it', () => {
    expect(said(run(['“The ferry is not about “profit” and never was,” said Ada Lind, the harbor master.']))).toEqual([
      'Ada Lind | The ferry is not about “profit” and never was',
    ]);
  });

  it('still starts afresh after an opening mark that was never closed', () => {
    const text = '“The pier is old. “We will fix it,” the mayor said.';
    const regions = findQuotesInBlock(text, 0, text.length, 0);
    expect(regions.map((r) => text.slice(r.innerStart, r.innerEnd))).toEqual(['We will fix it,']);
  });
});
