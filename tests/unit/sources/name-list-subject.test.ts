import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A list of people's names is the subject, all of them (name-list-subject.ts).
describe('a list of names as the speakers', () => {
  it('keeps the first names of a list of three before the verb', () => {
    expect(said(run(['Tom Hale, Ellen Ward and Peter Kim said the council had ignored them.'])))
      .toEqual(['Tom Hale, Ellen Ward and Peter Kim | the council had ignored them']);
  });

  it('reads the list with a serial comma and honorifics', () => {
    expect(said(run(['Tom Hale, Ellen Ward, and Peter Kim wrote that the council was wrong.'])).map((l) => l.split(' | ')[0]))
      .toEqual(['Tom Hale, Ellen Ward and Peter Kim']);
    expect(said(run(['Mr. Hale, Ms. Ward and Dr. Kim said the bank was small.'])).map((l) => l.split(' | ')[0]))
      .toEqual(['Hale, Ward and Kim']);
  });

  it('reads the list after an inverted cue, and a pair', () => {
    expect(said(run(['“It is wrong,” said Tom Hale, Ellen Ward and Peter Kim.', '“It is late,” said Ada Lund and Bo Berg.'])).map((l) => l.split(' | ')[0]))
      .toEqual(['Tom Hale, Ellen Ward and Peter Kim', 'Ada Lund and Bo Berg']);
  });

  it('gives a pair, each with an apposition, the statement together', () => {
    expect(said(run(['Mark Ruiz, a farmer from Dayton, and Anna Bell, a teacher in Akron, said the new tax would ruin small towns.'])))
      .toEqual(['Mark Ruiz and Anna Bell | the new tax would ruin small towns']);
    expect(said(run(['Tom Hale, 42, and Ellen Ward, 39, told reporters the roads were bad.'])).map((l) => l.split(' | ')[0]))
      .toEqual(['Tom Hale and Ellen Ward']);
  });

  it('leaves what is no list of people', () => {
    const speakers = said(run([
      '“It is late,” said Tom Hale, Ellen Ward\'s husband.',
      '“It is cold,” said Ann Roe, who met Ellen Ward and Peter Kim.',
      'Like Hale, Ellen Ward and Peter Kim said the roads were bad.',
      'Ann Roe, New York and Ohio said the plan was bad.',
    ])).map((l) => l.split(' | ')[0]);
    expect(speakers.slice(0, 2)).toEqual(['Tom Hale', 'Ann Roe']);
    expect(speakers.some((s) => /Hale, Ellen|Roe, New York/.test(s ?? ''))).toBe(false);
  });
});
