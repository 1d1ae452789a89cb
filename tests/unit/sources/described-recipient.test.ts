import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// The person told, when a description names them ("his closest aides", "an audience at the Harbour
// Institute"), is no part of what was told; nor is a clause of when the telling happened ("as he
// wrote the speech"). The statement is the one before the speaker.
describe('a described recipient after "told"', () => {
  it('leaves the statement before the speaker', () => {
    expect(said(run(['The bridge will be rebuilt, Mayor Alma Rudd told her closest aides.']))).toEqual(['Alma Rudd | The bridge will be rebuilt']);
  });

  it('skips a recipient with a place and a clause of when', () => {
    expect(said(run(['The bridge will be rebuilt, Mayor Alma Rudd told an audience at the Harbour Institute.']))).toEqual(['Alma Rudd | The bridge will be rebuilt']);
    expect(said(run(['The bridge will be rebuilt, Mayor Alma Rudd told her aides as she signed the budget.']))).toEqual(['Alma Rudd | The bridge will be rebuilt']);
  });

  it('does not skip a clause of when after an infinitive "to tell", which has no speaker before it', () => {
    expect(said(run(['The new rule, requiring harbour crews to tell the coast guard when a boat sinks, passed.']))).toEqual([]);
  });

  it('still reads what comes after the recipient and "that"', () => {
    expect(said(run(['Mayor Alma Rudd told her aides that the bridge would be rebuilt.']))).toEqual(['Alma Rudd | the bridge would be rebuilt']);
  });
});
