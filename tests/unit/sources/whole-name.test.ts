import { describe, expect, it } from 'vitest';
import { run } from './run';

// A name cut at the "of"/"for" inside a body's name takes the whole name.
describe('the whole of a body\'s name', () => {
  it('takes the body\'s name for its tail', () => {
    const r = run(['The survey, paid for by the Vardby Agency for Coastal Development’s support to the port, found that most piers are failing.'], [], { attitudes: true });
    const names = r.sources.map((s) => s.name);
    expect(names).toContain('Vardby Agency for Coastal Development');
    expect(names).not.toContain('Coastal Development');
  });

  it('leaves a person after a title, and a name after a lower-case noun', () => {
    const r = run(['The Minister for Harbours Ann Lind said the talks were over. A spokesman for Tom Berg said he was ill.']);
    const names = r.sources.map((s) => s.name);
    expect(names).toContain('Ann Lind');
    expect(names.some((n) => /Minister for/.test(n))).toBe(false);
  });

  it('does not take words that are no body\'s name', () => {
    const r = run(['Friends of Ann Lind said she would run again.']);
    expect(r.sources.map((s) => s.name)).not.toContain('Coastal Development');
  });
});
