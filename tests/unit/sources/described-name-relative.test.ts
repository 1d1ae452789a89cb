import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"NAME, a DESCRIPTION which said …": the name speaks', () => {
  it('gives a body\'s relative clause to its name', () => {
    const r = run(['The plan was backed by the Harbour Fund, a local charity which said in a release that its board met at dawn.']);
    expect(said(r)).toContain('Harbour Fund | its board met at dawn');
    expect(r.sources.find((s) => s.name === 'Harbour Fund')?.role).toBe('local charity');
  });

  it('gives a person\'s relative clause with "who" to the name', () => {
    const r = run(['Reporters spoke to Ann Lee, a neighbour who said she heard two shots.']);
    expect(said(r)).toEqual(['Ann Lee | she heard two shots']);
  });
});
