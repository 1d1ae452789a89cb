import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a bare office and the person the story follows (other-office.ts)', () => {
  it('keeps "the governor" unnamed when the person before is titled senator', () => {
    const r = run([
      'Senator Ida Marsh said the levy was unfair.',
      'The governor said it would stand anyway.',
    ]);
    expect(said(r)).toEqual(['Ida Marsh | the levy was unfair', 'governor | it would stand anyway']);
  });

  it('keeps the second clause of a joined sentence to its own subject', () => {
    const r = run(['Senator Ida Marsh attacked the levy on Monday, and the governor rejected the complaint outright.'], [], { attitudes: true });
    expect(r.quotes.find((q) => /complaint/.test(q.text))?.speaker).toBe('governor');
  });

  it('keeps "the president" from a person titled governor by an apposition', () => {
    const r = run([
      'Paul Enright, the governor of the state, toured the dam on Friday.',
      'The president said the repairs would be paid for.',
    ]);
    expect(said(r)).toEqual(['president | the repairs would be paid for']);
  });

  it('still gives the office to a person who holds it', () => {
    const r = run([
      'Gov. Ida Marsh toured the dam on Friday.',
      'The governor said the repairs would be paid for.',
    ]);
    expect(said(r)).toEqual(['Ida Marsh | the repairs would be paid for']);
  });

  it('still gives "the candidate" to a senator the story follows', () => {
    const r = run([
      'Senator Ida Marsh toured a boatyard in Harwick on Monday.',
      'The candidate said the yard would stay open under her plan.',
    ]);
    expect(said(r)).toEqual(['Ida Marsh | the yard would stay open under her plan']);
  });

  it('still gives the office to a person named with no title', () => {
    const r = run([
      'Ida Marsh toured a boatyard in Harwick on Monday.',
      'The senator said the yard would stay open.',
    ]);
    expect(said(r)).toEqual(['Ida Marsh | the yard would stay open']);
  });
});

describe('a bare office and a name with nothing of a person about it', () => {
  it('keeps "the president" unnamed rather than give it a capitalised phrase', () => {
    const r = run([
      'Where ordinary troops are ruled out, Coastal Rapid Operations fill the gap.',
      'While the president has repeatedly said he opposes sending troops abroad, his aides carve out exceptions.',
    ]);
    expect(r.quotes.find((q) => /opposes sending/.test(q.text))?.speaker).toBe('president');
  });
});
