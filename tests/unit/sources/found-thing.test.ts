import { describe, expect, it } from 'vitest';
import { isFoundThing } from '../../../src/core/sources/found-thing';
import { run, said } from './run';

// "find" with a plain noun phrase for its object is coming upon a thing; the judgment readings stay.
const ATTITUDES = { attitudes: true };

describe('finding a thing', () => {
  it('reads a plain thing found as an act', () => {
    expect(isFoundThing('found', ' the missing dinghy inside the boathouse')).toBe(true);
    expect(isFoundThing('found', ' a small flat near the old mill')).toBe(true);
    expect(isFoundThing('found', ' a furnished apartment.')).toBe(true);
    expect(isFoundThing('found', ' thousands of coins buried under the pier, some of which were Roman')).toBe(true);
  });

  it('keeps a finding with a clause, a complement, a negation or a way', () => {
    expect(isFoundThing('found', ' that the ferry fares were rigged')).toBe(false);
    expect(isFoundThing('found', ' the fares were rigged')).toBe(false);
    expect(isFoundThing('found', ' the harbour welcoming')).toBe(false);
    expect(isFoundThing('found', ' the timetable confusing')).toBe(false);
    expect(isFoundThing('found', ' it to be a fair price')).toBe(false);
    expect(isFoundThing('found', ' no evidence of tampering')).toBe(false);
    expect(isFoundThing('found', ' a way to cut the fares')).toBe(false);
    expect(isFoundThing('found', ' their voice on harbour safety')).toBe(false);
    expect(isFoundThing('said', ' the missing dinghy')).toBe(false);
  });

  it('gives the divers no position on what they came upon', () => {
    const found = said(run(['After a long search on Sunday, Ada Lund found the missing dinghy inside the flooded boathouse.'], [], ATTITUDES));
    expect(found.some((s) => s.includes('missing dinghy'))).toBe(false);
  });

  it('still reads a finding with a clause', () => {
    const found = said(run(['Auditor Ada Lund found the ferry company had overcharged its passengers for years.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Ada Lund |') && s.includes('overcharged'))).toBe(true);
  });
});
