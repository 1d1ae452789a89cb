import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('an upper-case label on a single paragraph of the body', () => {
  it('reads a colon dateline as no speaker', () => {
    const r = run([
      ['headline', 'Harbour ferry to run again on Friday'],
      'PORT ELLIS: The harbour ferry will run again on Friday after a week of repairs.',
      'The ferry was stopped after its engine failed, the harbour master said.',
    ]);
    expect(said(r)).toEqual(['harbour master | The ferry was stopped after its engine failed']);
  });

  it('reads a lone note label as no speaker', () => {
    expect(said(run(['Mix the flour and the butter first.', 'TIP: Chill the dough for an hour before you roll it.']))).toEqual([]);
  });

  it('still reads the turns of a transcript', () => {
    const r = run([
      'MORROW: Will the ferry run on Friday?',
      'VANCE: It will, once the engine is tested.',
    ]);
    expect(said(r)).toEqual(['Morrow | Will the ferry run on Friday?', 'Vance | It will, once the engine is tested.']);
  });
});
