import { describe, expect, it } from 'vitest';
import { run } from './run';

// "the Harbour Film Awards celebrate an art form": a named law or prize holds no position.
describe('a named law, rule or prize', () => {
  it('holds no position', () => {
    const r = run(['For these voices, the Harbour Film Awards celebrate an art form that few people notice.', 'The Vardby Rule sought to ban ferries from the inner harbour.'], [], { attitudes: true });
    expect(r.sources).toEqual([]);
  });

  it('leaves a person whose surname is such a word, and what a law says', () => {
    const r = run(['Steven Law said the fund had raised $24 million.', 'Nathan Deal vowed to block the plan.'], [], { attitudes: true });
    expect(r.sources.map((s) => s.name)).toEqual(['Steven Law', 'Nathan Deal']);
  });
});
