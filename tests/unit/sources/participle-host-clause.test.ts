import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A participle set off by a comma takes the subject of the clause it hangs on. An attribution read
// earlier in the sentence lends its speaker only when that speaker is not the subject of a
// subordinate clause ("while X …", "that X …"); a reporting clause right before the participle
// (", the Gazette reported, citing …") lends its speaker before the sentence's opening phrase.
const ATTITUDES = { attitudes: true };

describe('the clause a comma participle hangs on', () => {
  it('skips a speaker who opens a subordinate clause for the main clause\'s subject', () => {
    const found = said(run(['At the forum, while most of the other candidates called for a new levy, Councillor Ivo Brandt stuck to the old budget, citing the surplus in the harbour fund.'], [], ATTITUDES));
    expect(found).toContain('Ivo Brandt | the surplus in the harbour fund');
    expect(found).not.toContain('most of the other candidates | the surplus in the harbour fund');
  });

  it('gives a participle after a reporting clause to that clause\'s speaker', () => {
    const found = said(run(['The ferry company long ago gave up on the northern route, the Harbour Gazette reported, citing two former captains.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Harbour Gazette | two former captains'))).toBe(true);
    expect(found.some((s) => s.endsWith('| two former captains') && !s.startsWith('Harbour Gazette'))).toBe(false);
  });

  it('keeps an earlier speaker who is the main clause\'s own subject', () => {
    const found = said(run(['"We will not give up the pier," Mayor Lena Holt said at a Brookfield, Maine town hall on Friday, hinting at a new plan for the docks.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Lena Holt |') && s.endsWith('a new plan for the docks'))).toBe(true);
  });
});
