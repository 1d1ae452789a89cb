import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "State media said …", "Local media in Vardia have reported …": "media" is the outlets of a place
// taken together, a body that speaks, with or without a determiner.

describe('"media" as the head of a speaker\'s phrase', () => {
  it('speaks without a determiner', () => {
    expect(said(run(['Vardish state media said the ferry had been seized near the harbour.']))).toEqual(['Vardish state media | the ferry had been seized near the harbour']);
    expect(said(run(['Local media in Vardia have said that the ferry was seized on Monday.']))).toEqual(['Local media in Vardia | the ferry was seized on Monday']);
  });

  it('is no speaker where it is only where something was said', () => {
    expect(said(run(['Ada Lund said on social media that the ferry was seized.']))).toEqual(['Ada Lund | the ferry was seized']);
  });
});
