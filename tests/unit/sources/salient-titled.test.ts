import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A bare title where the article titles two people so: the one the story spoke of last (salient-titled.ts).
describe('the senator the story is about, of two so titled', () => {
  it('takes the senator named last under any name, not the last one written with the title', () => {
    expect(said(run([
      'Sen. Tom Lane of Ohio and Sen. Ann Roe of Iowa met farmers on Monday.',
      'Roe said the bill was too small. Lane said it was a start.',
      'Mayor Bob Hale said the town needed more.',
      'The senator said the bill would pass in June.',
    ])).slice(-1)).toEqual(['Tom Lane | the bill would pass in June']);
  });

  it('keeps the last titled senator when the story spoke of her last', () => {
    expect(said(run([
      'Sen. Tom Lane of Ohio and Sen. Ann Roe of Iowa met farmers on Monday.',
      'Lane said it was a start. Roe said the bill was too small.',
      'The senator said the bill would pass in June.',
    ])).slice(-1)).toEqual(['Ann Roe | the bill would pass in June']);
  });

  it('leaves one titled senator as he was', () => {
    expect(said(run([
      'Sen. Tom Lane of Ohio met farmers on Monday.',
      'Gov. Ann Roe said the bill was too small. Bob Hale, her aide, agreed.',
      'The senator said the bill would pass in June.',
    ])).slice(-1)).toEqual(['Tom Lane | the bill would pass in June']);
  });
});
