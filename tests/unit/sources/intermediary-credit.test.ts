import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"Harbour sources quoted by Nordpress said …": the outlet that quoted an unnamed group', () => {
  it('credits the outlet with what the unnamed group said', () => {
    const r = run(['Harbour sources quoted by Nordpress news agency said the ferry deal had collapsed.']);
    expect(said(r)).toEqual(['Nordpress news agency | the ferry deal had collapsed']);
  });

  it('reads "cited by the" too', () => {
    const r = run(['Diplomats cited by the Bay Herald say the talks will resume in June.']);
    expect(said(r)).toEqual(['Bay Herald | the talks will resume in June']);
  });

  it('leaves a named speaker quoted by an outlet as the speaker', () => {
    const r = run(['Ann Lowe, quoted by the Bay Herald, said the talks will resume in June.']);
    expect(said(r)).toEqual(['Ann Lowe | the talks will resume in June']);
  });
});
