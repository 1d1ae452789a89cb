import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('where or through what the words were said, before their "that"', () => {
  it('is no part of what was said, however long or hyphenated', () => {
    expect(said(run(['Pia Holm said in an interview with the Harbour Gazette last week that the ferry would stop.']))).toEqual(['Pia Holm | the ferry would stop']);
    expect(said(run(['Tor Vik wrote in a Harbour Gazette op-ed that the timetable had failed.']))).toEqual(['Tor Vik | the timetable had failed']);
    expect(said(run(['Tor Vik said in an e-mail that the timetable was old.']))).toEqual(['Tor Vik | the timetable was old']);
    expect(said(run(['Tor Vik said at a union-sponsored ferry conference that the strike was off.']))).toEqual(['Tor Vik | the strike was off']);
  });

  it('leaves a "that" of result, a relative "that" and an infinitive\'s object inside what was said', () => {
    expect(said(run(['Pia Holm has called on the island council to sell the ferry that loses money.'], [], { attitudes: true }))).toEqual(['Pia Holm | the island council to sell the ferry that loses money']);
    expect(said(run(['Tor Vik said on Friday he met the harbour master this week and that the two discussed the ferry.']))).toEqual(['Tor Vik | he met the harbour master this week and that the two discussed the ferry']);
    expect(said(run(['Pia Holm marveled at the size of the crowds in a small harbour town that the ferry had skipped for years.'], [], { attitudes: true }))).toEqual(['Pia Holm | at the size of the crowds in a small harbour town that the ferry had skipped for years']);
    expect(said(run(['Tor Vik said in the end the cuts to the ferry were so deep that nobody could sail.']))).toEqual(['Tor Vik | in the end the cuts to the ferry were so deep that nobody could sail']);
    expect(said(run(['Pia Holm said in a long and angry letter to the council that was read aloud that the ferry must run.']))[0]).toMatch(/^Pia Holm \| in a long and angry letter/);
  });
});
