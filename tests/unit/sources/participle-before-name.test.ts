import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a name after a noun and a participle is its object (participle-before-name.ts)', () => {
  it('gives the statement to the name set beside the description, not to the participle\'s object', () => {
    const r = run(['One pastor supporting Mr. Holm, Ada Brecht, said she had made many calls to other pastors.']);
    expect(said(r)).toEqual(['Ada Brecht | she had made many calls to other pastors']);
  });

  it('reads "a lawyer representing Ann Roe" as the lawyer', () => {
    const r = run(['A lawyer representing Ann Roe said the charges would be dropped.']);
    expect(said(r)).toEqual(['lawyer representing Ann Roe | the charges would be dropped']);
  });

  it('keeps the -ing words of titles ("outgoing President")', () => {
    const r = run(['Outgoing mayor Ann Roe said the budget was balanced.', 'The acting director Tom Lund said the audit was done.']);
    expect(said(r).map((l) => l.split(' | ')[0])).toEqual(['Ann Roe', 'Tom Lund']);
  });
});
