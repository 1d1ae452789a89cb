import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { run, said } from './run';

// "The curfew comes after harbour officials said …": the words before "after" are a clause of their
// own, no modifiers of "officials"; the bare plural after the subordinator is who said it.
describe('a bare plural after a subordinator', () => {
  it('speaks after "after"', () => {
    expect(said(run(['The curfew, due to end in May, comes after harbour officials this week said ferry crossings had doubled since March.'])))
      .toEqual(['harbour officials | ferry crossings had doubled since March']);
  });

  it('is no noun phrase with the clause before it', () => {
    const text = 'The curfew comes after harbour officials';
    expect(readSpeaker(text, 0, text.length)).toBeNull();
    const plain = 'the new harbour officials';
    expect(readSpeaker(plain, 0, plain.length)?.head).toBe('officials');
  });

  it('needs a verb of saying: "while harbour workers met" reports nothing', () => {
    expect(said(run(['The ferry stopped while harbour workers met to discuss the strike.']))).toEqual([]);
  });

  // (Or of a position the readers know: "when island voters decide that …" holds a view as plainly.)
  it('holds a position after "when"', () => {
    const r = run(['The levy will pass when island voters decide that the pier needs it.'], [], { attitudes: true });
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual(['island voters | the pier needs it']);
    expect(run(['The ferry stopped while harbour workers repaired the pier.'], [], { attitudes: true }).quotes).toEqual([]);
  });

  // ("Fares rose as ferry owners feared …": "as" ends the clause before it, as "after" does.)
  it('is no noun phrase with a clause before "as" or "while"', () => {
    const r = run(['Fares rose as ferry owners worried that fuel would cost more.'], [], { attitudes: true });
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual(['ferry owners | fuel would cost more']);
    for (const text of ['Fares rose as ferry owners', 'The pier closed while harbour workers']) expect(readSpeaker(text, 0, text.length)).toBeNull();
    // ("as many as 40 harbour workers" is an amount, not a clause.)
    const amount = 'as many as 40 harbour workers';
    expect(readSpeaker(amount, 0, amount.length)?.head).toBe('workers');
  });
});
