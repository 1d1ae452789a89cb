import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "assure" tells with confidence, as "told" does: a quotation before "X assured Y" is X's.
describe('"assured" as a verb of telling', () => {
  it('gives the quotation before "the coach assured reporters" to the coach', () => {
    expect(said(run(['"We will be fine," the coach assured reporters.']))).toEqual(['coach | We will be fine']);
  });

  it('reads "assured lawmakers that …" as what the minister told them', () => {
    expect(said(run(['The minister assured lawmakers that the budget would be balanced.']))).toEqual(['minister | the budget would be balanced']);
  });

  it('reads no statement in "Victory was assured" or "was assured of a seat"', () => {
    expect(said(run(['Victory was assured after the last count in the northern districts.']))).toEqual([]);
    expect(said(run(['The mayor was assured of a seat on the new board.']))).toEqual([]);
  });

  it('reads no statement in "assured Lund a generous advance": two objects guarantee a thing', () => {
    expect(said(run(['The publisher had assured Lund a generous advance, which was tied to the manuscript.']))).toEqual([]);
  });

  it('reads no statement in "to assure that …": without the person told, "assure" ensures', () => {
    expect(said(run(['The clerks worked late to assure that the count was finished on time.']))).toEqual([]);
  });

  it('reads "reassured her mother that …"', () => {
    expect(said(run(['Tove has reassured her mother that she has no plans to leave.']))).toEqual(['Tove | she has no plans to leave']);
  });
});
