import { describe, expect, it } from 'vitest';
import { isOwnOutlet } from '../../../src/core/sources/own-outlet';
import { run } from './run';

// The page's own outlet is no source of its own article.
describe('the page\'s own outlet', () => {
  it('reads "this"/"our" and an outlet\'s noun', () => {
    expect(isOwnOutlet('information received by this newspaper')).toBe(true);
    expect(isOwnOutlet('documents seen by our newsroom')).toBe(true);
    expect(isOwnOutlet('this publication’s review')).toBe(true);
  });

  it('leaves other outlets and papers', () => {
    expect(isOwnOutlet('the Vardby Courier')).toBe(false);
    expect(isOwnOutlet('a paper by two economists')).toBe(false);
    expect(isOwnOutlet('this paperwork')).toBe(false);
    // (The writer citing their own work is cited as a source.)
    expect(isOwnOutlet('this reporter')).toBe(false);
  });

  it('lists no source for it, and keeps one who told it', () => {
    const r = run(['According to information received by this newspaper, the ferry left port without a pilot.', 'A harbour official told this newspaper that the pier was safe.']);
    expect(r.sources.map((s) => s.name)).toEqual(['harbour official']);
  });
});
