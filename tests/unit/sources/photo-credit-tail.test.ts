import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A caption's credit follows its sentence with no stop of its own: it is no part of what was said.
describe('a photo credit after a content', () => {
  it('is cut off after a slash credit', () => {
    expect(said(run(['The mayor pledged a new ferry for the islands Harbour Photo/Ben Lund']))).toEqual(['mayor | a new ferry for the islands']);
  });

  it('is cut off in brackets', () => {
    expect(said(run(['Ada Roe said the pier would reopen in May (Picture: Tom Berg/Harbour Press)']))).toEqual(['Ada Roe | the pier would reopen in May']);
  });

  it('leaves a content with no credit whole', () => {
    expect(said(run(['Ada Roe said the photo of the pier was taken in May.']))).toEqual(['Ada Roe | the photo of the pier was taken in May']);
  });
});
