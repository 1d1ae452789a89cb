import { describe, expect, it } from 'vitest';
import { run } from './run';

// "the Ohio governor" says which governor: not the one the article described before with another place.
describe('a description that names its place', () => {
  it('resolves "the Ohio governor" to the governor of Ohio, not the governor met before', () => {
    const r = run([
      'New Jersey Gov. Carl Brenner met lawmakers in Trenton on Monday. The governor said that crime has gone down.',
      'Ohio Gov. Tom Ashby spoke later. "We will not raise taxes," the Ohio governor said.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Carl Brenner', 'Tom Ashby']);
  });
});
