import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Two descriptions of one head counted differently are two groups (coreference.ts, otherGroup),
// an approximate count too: "around 200 journalists" are not the "13 more journalists" before.
describe('groups counted differently', () => {
  it('keeps a group with an approximate count apart from one counted exactly', () => {
    const r = run([
      'Two reporters were fired last week, and 13 more journalists said they were quitting in solidarity.',
      'Around 200 journalists working for the publisher said the paper was under pressure.',
    ]);
    expect(said(r)).toEqual([
      '13 more journalists | they were quitting in solidarity',
      'Around 200 journalists working for the publisher | the paper was under pressure',
    ]);
  });
});
