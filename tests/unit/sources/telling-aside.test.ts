import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"…, X told Y, …": a telling between commas is an aside', () => {
  it('reads the sentence around the aside when a verb resumes it', () => {
    const r = run(['Covering the whole bay with nets, Tom Reed told me, would cost two million pounds a year.']);
    expect(said(r)).toEqual(['Tom Reed | Covering the whole bay with nets would cost two million pounds a year']);
  });

  it('reads the clause before the aside when an adjunct follows it', () => {
    const r = run(['The harbour chose not to open the pier, Ann Lowe told the Vardby Courier, for safety reasons.']);
    expect(said(r)).toEqual(['Ann Lowe | The harbour chose not to open the pier for safety reasons']);
  });

  it('still reads what follows the person told when no comma closes the aside', () => {
    const r = run(['Tom Reed told me the bay would cost two million pounds a year to cover.']);
    expect(said(r)).toEqual(['Tom Reed | the bay would cost two million pounds a year to cover']);
  });
});
