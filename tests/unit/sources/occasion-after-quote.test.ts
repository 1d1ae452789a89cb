import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('an occasion after a speaker whose quoted statement came first', () => {
  it('keeps the statement before the speaker when the quotation closes on its own comma', () => {
    const r = run(['Tom Vargas’ plan would “end all the ferries we know,” Ada Lund declared in an interview Thursday, in the latest round of the fight over the fee.']);
    expect(said(r)).toEqual(['Ada Lund | Tom Vargas’ plan would “end all the ferries we know,”']);
  });

  it('still reads a clause after the verb as what was declared', () => {
    const r = run(['At the dock, Ada Lund declared in an interview that the ferries would stop.']);
    expect(said(r)).toEqual(['Ada Lund | the ferries would stop']);
  });
});
