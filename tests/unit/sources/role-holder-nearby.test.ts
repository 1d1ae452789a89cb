import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A role noun with a definite or possessive article closing the sentence ("…, its chair said.")
// stands for the person the article gives that role close by, before or after it.
describe('a role description resolved to the person who holds the role nearby', () => {
  it('resolves forward to the person titled so in the next paragraph', () => {
    const r = run([
      'The library board will close the reading room for the winter, its chair said on Friday.',
      'Board chair Mira Sol said the boiler could not be mended before March.',
    ]);
    expect(said(r)).toEqual([
      'Mira Sol | The library board will close the reading room for the winter',
      'Mira Sol | the boiler could not be mended before March',
    ]);
    expect(r.sources.map((s) => s.name)).toEqual(['Mira Sol']);
  });

  it('resolves forward to a person whose relative clause says the role ("who chairs")', () => {
    const r = run([
      'The rowing club will sell its old boathouse, the chair said.',
      'Ivo Marek, who chairs the club, has rowed there since he was twelve.',
    ]);
    expect(said(r)).toEqual(['Ivo Marek | The rowing club will sell its old boathouse']);
  });

  it('resolves backward to the person an apposition gave the role', () => {
    const r = run([
      'Mira Sol, the clinic\u2019s director, opened the new wing on Tuesday.',
      'Nurses will move into it next month, the director said.',
    ]);
    expect(said(r)).toEqual(['Mira Sol | Nurses will move into it next month']);
  });

  it('leaves the description alone when no one nearby holds that role', () => {
    const r = run([
      'The rowing club will sell its old boathouse, its chair said.',
      'Ivo Marek, a coach at the club, was sad to see it go.',
    ]);
    expect(said(r)).toEqual(['chair | The rowing club will sell its old boathouse']);
  });

  it('takes no holder of another rank or of another place', () => {
    const deputy = run([
      'The rowing club will sell its old boathouse, the chair said.',
      'Vice chair Ivo Marek said the sale was rushed.',
    ]);
    expect(said(deputy)[0]).toBe('chair | The rowing club will sell its old boathouse');
    const place = run([
      'The bridge toll will rise in May, the Northland governor said.',
      'Governor Ivo Marek of Southmere said his state would keep its tolls.',
    ]);
    expect(said(place)[0]).toBe('Northland governor | The bridge toll will rise in May');
  });
});
