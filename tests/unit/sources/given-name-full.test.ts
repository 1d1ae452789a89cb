import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a person called by the given name alone', () => {
  it('is the person the article named in full with that given name before', () => {
    const r = run([
      'Maria Lindqvist is mending a net on the pier.',
      '“We start before dawn,” Maria explains.',
      '“Fares are far too high,” says Maria Olsen, a ferry pilot.',
    ]);
    expect(said(r)).toEqual(['Maria Lindqvist | We start before dawn', 'Maria Olsen | Fares are far too high']);
  });

  it('stays as written when two people of that given name were named before', () => {
    const r = run([
      'Maria Lindqvist and Maria Olsen mend nets on the pier.',
      '“We start before dawn,” Maria explains.',
    ]);
    expect(said(r)).toEqual(['Maria | We start before dawn']);
  });

  it('gives the full name to a person met by the surname first', () => {
    const r = run([
      'Maria Lindqvist is mending a net on the pier.',
      '“The nets are old,” Lindqvist said.',
      '“We start before dawn,” Maria explains.',
    ]);
    expect(said(r)).toEqual(['Maria Lindqvist | The nets are old', 'Maria Lindqvist | We start before dawn']);
  });
});
