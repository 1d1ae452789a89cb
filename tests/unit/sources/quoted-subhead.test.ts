import { describe, expect, it } from 'vitest';
import { said, run } from './run';

// A short single-quoted paragraph in an article quoting in double marks is a subheading.
describe('single-quoted subheadings between paragraphs', () => {
  it('gives a subheading no speaker in an article that quotes in double marks', () => {
    const r = run([
      '"We will keep the ferry running through the winter," said Mara Jensen, the harbour master.',
      "'Nobody Wanted the Tolls.'",
      'The council met on Tuesday to weigh the new fares.',
    ]);
    expect(said(r)).toEqual(['Mara Jensen | We will keep the ferry running through the winter']);
  });

  it('also with two apostrophes for the double marks', () => {
    const r = run([
      "''The crews have earned a rest,'' said Mara Jensen, the harbour master.",
      "'A Long Winter on the Water.'",
      'The vote on the fares is set for March.',
    ]);
    expect(said(r)).toEqual(['Mara Jensen | The crews have earned a rest']);
  });

  it('keeps a speaker\u2019s next paragraph where the article quotes in single marks', () => {
    const r = run([
      "'We will keep the ferry running through the winter,' said Mara Jensen, the harbour master.",
      "'Nobody wanted the tolls.'",
    ]);
    expect(said(r)).toEqual([
      'Mara Jensen | We will keep the ferry running through the winter',
      'Mara Jensen | Nobody wanted the tolls.',
    ]);
  });

  it('keeps a double-quoted paragraph after a quotation', () => {
    const r = run([
      '"We will keep the ferry running through the winter," said Mara Jensen, the harbour master.',
      '"Nobody wanted the tolls."',
    ]);
    expect(said(r)).toEqual([
      'Mara Jensen | We will keep the ferry running through the winter',
      'Mara Jensen | Nobody wanted the tolls.',
    ]);
  });
});
