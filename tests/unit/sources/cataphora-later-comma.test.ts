import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "Although she has not stressed it, partly in defence against …, Harris has written …": the
// fronted clause runs past its first comma, and its "she" stands for the name that opens the main clause.
describe('a pronoun in a fronted clause that runs past its first comma', () => {
  it('goes forward to the person named after the later comma', () => {
    const r = run([
      'The Lakeside Players, a dance troupe, performed at the school gala that spring.',
      'Although she has not strongly emphasized her years in Halden, partly in defence against questions about her citizenship that echo an old rumour, Mara Voss has written about the town as a safe place.',
    ]);
    expect(said(r).some((l) => l.startsWith('Mara Voss | her years in Halden'))).toBe(true);
    expect(said(r).some((l) => l.startsWith('Lakeside Players'))).toBe(false);
  });

  it('leaves a name inside the fronted clause alone', () => {
    const r = run([
      'Ada Lind chaired the board for a decade.',
      'When she met Tom Reed, who was then the mayor, she said the harbour plan was dead.',
    ]);
    expect(said(r)).toContain('Ada Lind | the harbour plan was dead');
  });
});
