import { describe, expect, it } from 'vitest';
import { run } from './run';

// "readers at a fair to discuss writing": the -ing form is the infinitive's object, no cue.
describe('a cue that is the object of a to-infinitive', () => {
  it('gives the phrase before it no position', () => {
    const r = run(['Crime novelists gathered with readers at a Lit Fest to discuss writing and publishing in the Harbour City, at the weekend.'], [], { attitudes: true });
    expect(r.sources.map((s) => s.name).join(' | ')).not.toContain('to discuss');
  });

  it('leaves an infinitive that ends a relative clause, and a plural after "to"', () => {
    const r = run(['An official who was not authorized to speak said the pier was unsafe.', 'Advisers to governors said the levy was fair.']);
    expect(r.quotes.map((q) => q.text)).toEqual(['the pier was unsafe', 'the levy was fair']);
  });
});
