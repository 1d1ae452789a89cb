import { describe, expect, it } from 'vitest';
import { isNounStateByPrevious } from '../../../src/core/sources/noun-state';
import { run, said } from './run';

const at = (text: string) => [text, 'state', text.indexOf('state ')] as const;

// "secretary of state Ann Roe", "the battleground state": the word before "state" makes it the noun,
// which the quotation readers would otherwise take as a cue whatever follows it.
describe('"state" told a noun by the word before it', () => {
  it('reads "of", a determiner, a place or a modifier before it as the noun', () => {
    expect(isNounStateByPrevious(...at('Former secretary of state Ann Roe: “We knew.”'))).toBe(true);
    expect(isNounStateByPrevious(...at('voters in the battleground state to register'))).toBe(true);
    expect(isNounStateByPrevious(...at('former Kent state Sen. Ann Roe'))).toBe(true);
    expect(isNounStateByPrevious(...at('who is running for the state Senate'))).toBe(true);
    expect(isNounStateByPrevious(...at('his home state of Kent'))).toBe(true);
  });

  it('keeps the verb after a pronoun, an auxiliary, "to", an adverb or a plural subject', () => {
    expect(isNounStateByPrevious(...at('The rebels said they state their goal plainly'))).toBe(false);
    expect(isNounStateByPrevious(...at('The leaked minutes state that the quay will close'))).toBe(false);
    expect(isNounStateByPrevious(...at('The rules clearly state “no new tolls.”'))).toBe(false);
    expect(isNounStateByPrevious(...at('She declined to state her reasons'))).toBe(false);
    expect(isNounStateByPrevious(...at('The board will state its position'))).toBe(false);
  });

  it('leaves no speaker cut at "of" before a quotation', () => {
    const r = said(run(['Former secretary of state Ann Roe: “We learned that from the department and its own review.”']));
    expect(r.some((l) => l.startsWith('Former secretary of |'))).toBe(false);
  });
});
