import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "they" after two persons named together, each with an apposition (apposed-pair.ts, read by plural-antecedent.ts).
describe('"they" after a named pair with appositions', () => {
  it('gives "they" to the pair of the sentence before', () => {
    expect(said(run(['Mark Ruiz, a farmer from Dayton, and Anna Bell, a teacher in Akron, met at the fair on Sunday. They said the new tax would ruin small towns.'])))
      .toEqual(['Mark Ruiz and Anna Bell | the new tax would ruin small towns']);
  });

  it('reads ages as appositions, and the pair across a paragraph', () => {
    expect(said(run(['Tom Hale, 42, and Ellen Ward, 39, opened the shop in May.', 'They said the rent had doubled since.'])))
      .toEqual(['Tom Hale and Ellen Ward | the rent had doubled since']);
  });

  it('takes the pair past a name inside the first apposition', () => {
    expect(said(run(['Ann Roe, the wife of Tom Hale, and Peter Kim met the mayor on Monday. They said the road must close.'])).map((l) => l.split(' | ')[0]))
      .toEqual(['Ann Roe and Peter Kim']);
  });

  it('no pair where the apposition joins two people', () => {
    expect(said(run(['Ann Roe, a farmer and her son, and Peter Kim met the mayor on Monday. They said the road must close.'])).some((l) => l.startsWith('Ann Roe and Peter Kim')))
      .toBe(false);
  });
});
