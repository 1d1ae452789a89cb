import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A cue of thinking, or of speaking that is no verb of saying proper, takes a content only where a
// clause or a noun phrase starts: a whole determiner or pronoun ("the", "a", "it"), a capital, a
// digit; not a word that only begins with one ("area", "afterward", "aloud").
describe('where a content starts after a cue of thinking or speaking', () => {
  it('reads a clause that opens with a determiner', () => {
    expect(said(run(['Nora Pell thought the new fares were fair.']))).toEqual(['Nora Pell | the new fares were fair']);
  });

  it('reads the time of the telling apart from a clause after it', () => {
    expect(said(run(['Officials said Friday afternoon the levy would stand.']))).toEqual(['Officials | the levy would stand']);
  });

  it('takes no content from a word that only begins like a determiner', () => {
    expect(said(run(['The driver knows area roads better than anyone.']))).toEqual([]);
    expect(said(run(['Ms. Tran boasted afterward.']))).toEqual([]);
    expect(said(run(['Gale Ibsen worried aloud over dinner.']))).toEqual([]);
  });

  it('reads the topic after "about" ("boasted about", "worried about")', () => {
    expect(said(run(['Ms. Tran boasted about her record on schools.']))).toEqual(['Tran | about her record on schools']);
    expect(said(run(['Gale Ibsen worried about the cost of the new bridge.']))).toEqual(['Gale Ibsen | about the cost of the new bridge']);
  });

  it('reads the clause of an object gap that goes on with "be" ("the ideas he believes are …")', () => {
    const lines = said(run(['Those are the ideas that Mr. Lund believes are worth the cost.']));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Lund \| .*are worth the cost$/);
  });

  it('reads what is believed in, without the preposition ("believe in the promise of …")', () => {
    const ATTITUDES = { attitudes: true };
    expect(said(run(['Most young voters still believe in the promise of a steady job.'], [], ATTITUDES))).toEqual([
      'Most young voters | the promise of a steady job',
    ]);
    expect(said(run(['The mayor believes in smaller government and lower taxes.'], [], ATTITUDES))).toEqual(['mayor | smaller government and lower taxes']);
  });

  it('leaves "in" with a time to the time of the telling ("believed in 2010 that …")', () => {
    expect(said(run(['The mayor believed in 2010 that the ferry would pay for itself.'], [], { attitudes: true }))).toEqual([
      'mayor | the ferry would pay for itself',
    ]);
  });
});
