import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A request with an object and an infinitive ("asked the woman to raise her voice", "told residents
// not to drink the water"): the one asked is the infinitive's subject, so part of what was asked.
// The person told before a "that" clause or a statement is not ("told reporters that …").
describe('the object of a request before its infinitive', () => {
  it('keeps the one asked or told in the content', () => {
    expect(said(run([
      'Mayor Alma Rudd asked the harbour pilots to slow down near the pier.',
      'The coast guard told residents not to swim near the wreck.',
    ]))).toEqual([
      'Alma Rudd | the harbour pilots to slow down near the pier',
      'coast guard | residents not to swim near the wreck',
    ]);
  });

  it('leaves out the one told before what was said', () => {
    expect(said(run(['Mayor Alma Rudd told reporters that the pier would reopen in May.']))).toEqual([
      'Alma Rudd | the pier would reopen in May',
    ]);
  });
});
