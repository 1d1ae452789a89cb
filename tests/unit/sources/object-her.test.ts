import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// After a verb of telling, "her" before a clause is the one told, not the owner of the noun after it
// (object-her.ts).
describe('"told her" before a clause', () => {
  it('reads the clause after "her" as what was told', () => {
    const r = run(['After the storm, her father told her the ferry was not safe.']);
    expect(said(r)).toEqual(['father | the ferry was not safe']);
  });

  it('reads a clause whose subject is one bare word', () => {
    const r = run(['The harbour master told her enough was enough.']);
    expect(said(r)).toEqual(['harbour master | enough was enough']);
  });

  it('keeps "her" with the noun it owns when no clause follows', () => {
    const r = run(['Nora Vell told her supporters the ferry would run again.']);
    expect(said(r)).toEqual(['Nora Vell | the ferry would run again']);
  });
});

describe('"asked her" before a question', () => {
  it('reads no telling from a question word after "her"', () => {
    const r = run(['The clerk who met her at the door asked her what she did at the harbour office.']);
    expect(said(r)).toEqual([]);
  });
});
