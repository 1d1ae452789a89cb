import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "The recall comes a month after the agency issued an alert, saying …": a participle after a
// subordinate clause hangs on that clause's subject when the sentence opens with a thing that says
// nothing.
describe('a participle after a subordinate clause', () => {
  it('is the subordinate clause subject’s when the main subject is a thing', () => {
    const r = run(['The closure comes a month after the Harbour Board issued a safety notice, saying the pier had cracked in two places.'], [], { attitudes: true });
    expect(said(r)).toContain('Harbour Board | the pier had cracked in two places');
    expect(r.sources.map((s) => s.name)).toEqual(['Harbour Board']);
  });

  it('stays with a main subject that can speak', () => {
    expect(said(run(['Mayor Ada Lund resigned after the council voted on the levy, saying she had lost its trust.']))).toEqual([
      'Ada Lund | she had lost its trust',
    ]);
  });
});
