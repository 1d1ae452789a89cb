import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const names = (paragraphs: string[]) => run(paragraphs, [], ATTITUDES).sources.map((s) => s.name);

describe('a subject read on into its own clause', () => {
  it('ends before the past form that opens the clause', () => {
    const found = names(['A spokesperson for the ferry board declined to say whether the crews had been paid.']);
    expect(found.some((n) => /declined/.test(n))).toBe(false);
  });

  it('keeps a relative clause that ends as a phrase', () => {
    expect(names(['Pilots who flew the route said the new runway was too short.'])).toContain('Pilots who flew the route');
  });

  it('reads an adjective after an article as part of the phrase', () => {
    const found = names(['Ola Lind, spokesperson for the armed wing of the harbour guild, said in a speech that the pier would close.']);
    expect(found).toContain('Ola Lind');
  });
});
