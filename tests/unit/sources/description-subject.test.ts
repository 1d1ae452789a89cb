import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a described subject before a pronoun ("the same judge struck down … he noted")', () => {
  const opening = [
    'Court blocks new farm law.',
    'U.S. District Judge Adam Carver wrote that the law "goes too far."',
    'The judge went on to say that the law harms small growers.',
    '"We will appeal," Governor Tom Pike said in a statement. Pike said he would not back down.',
  ];

  it('gives the pronoun to the person the description stands for, not the one named last', () => {
    const r = run([
      ...opening,
      'Last year, the same judge struck down an earlier version of the law. In his ruling on Friday, he noted that the state had answered that decision "by passing an even stricter bill."',
    ]);
    expect(said(r)).toContain('Adam Carver | the state had answered that decision "by passing an even stricter bill."');
  });

  it('keeps the reading by names when the description stands for no one the article titled so', () => {
    const r = run([
      ...opening,
      'Last year, the new owner bought the farm next door. He said the ruling changes nothing.',
    ]);
    expect(said(r)).toContain('Tom Pike | the ruling changes nothing');
  });
});
