import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Datelines as news sites print them at the head of a story: the agency's tag glued to the first
// word ("(Wire)Ferries will …"), a place written as a name with its country and a dash ("Tarn,
// Norland — …"). Neither is part of what the speaker said.
describe('a dateline at the head of a reported sentence', () => {
  it('leaves out an agency tag glued to the first word', () => {
    expect(said(run(['(Wire)Ferries across the bay will stop on Monday for a week of repairs, the harbour master said.']))).toEqual([
      'harbour master | Ferries across the bay will stop on Monday for a week of repairs',
    ]);
  });

  it('leaves out a place, its country and the agency tag before it', () => {
    expect(said(run(['Port Ellis, Norland (Wire)A storm closed the only road to the coast on Friday, officials said.']))).toEqual([
      'officials | A storm closed the only road to the coast on Friday',
    ]);
  });

  it('leaves out a place written as a name and its country before a dash', () => {
    expect(said(run(['Tarn, Norland — A small fire damaged the old mill overnight, the fire service said.']))).toEqual([
      'fire service | A small fire damaged the old mill overnight',
    ]);
  });

  it('keeps two names before a dash and a lower-case word, which are no dateline', () => {
    expect(said(run(['Lund, Hale — the two rivals met again on Friday, the organisers said.']))).toEqual([
      'organisers | Lund, Hale — the two rivals met again on Friday',
    ]);
  });

  it('leaves out the clock time that heads a live blog entry', () => {
    expect(said(run(['16:58 In the north, the Harbour Party was leading with 18% of the vote, according to early results.']))).toEqual([
      'early results | In the north, the Harbour Party was leading with 18% of the vote',
    ]);
  });

  it('keeps a clock time that is the subject of the sentence', () => {
    expect(said(run(['10:30 is the hour the ferry leaves, the harbour master said.']))).toEqual([
      'harbour master | 10:30 is the hour the ferry leaves',
    ]);
  });
});
