import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a quoted word after a naming cue', () => {
  it('is the name given when a preposition follows it, and a scare quote when a noun does', () => {
    const r = run([
      'The mayor called the incident an “attack” during a radio interview on Friday.',
      'The mayor called it a “temporary” closure of the pier.',
    ]);
    expect(said(r)).toEqual(['mayor | attack']);
  });
});
