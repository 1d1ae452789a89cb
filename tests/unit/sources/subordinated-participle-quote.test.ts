import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A participle after a subordinator ("while adding", "by warning") shares the main clause's subject;
// the words right before it are that clause's predicate, not a speaker.
describe('a quotation after "while adding", "by warning"', () => {
  it('goes to the main clause\'s subject, not the predicate before the subordinator', () => {
    const r = said(run(['In an interview with the Harbour Gazette, Ada Roe insisted it was too early to back the ferry plan while adding on the tolls, “I have no doubt the council means well on the issue.”']));
    expect(r).toContain('Ada Roe | I have no doubt the council means well on the issue.');
    expect(r.some((l) => l.startsWith('back the ferry plan'))).toBe(false);
  });

  it('reads "by warning" the same way', () => {
    expect(said(run(['Per Lund rallied the dock workers by warning, “The quay will close unless we act now.”']))).toContain(
      'Per Lund | The quay will close unless we act now.',
    );
  });

  it('finds no speaker when the main clause has none to give', () => {
    const r = said(run(['It was a long night at the harbour while adding up the votes, “We are still counting the ballots.”']));
    expect(r.some((l) => l.endsWith('| We are still counting the ballots.') && !l.startsWith('null'))).toBe(false);
  });
});
