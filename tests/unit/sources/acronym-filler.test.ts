import { describe, expect, it } from 'vitest';
import { isAcronymFiller, isFunctionWordAcronym } from '../../../src/core/sources/acronym-filler';
import { run, said } from './run';

// A relative pronoun in capitals ("WHO") inside a sentence of ordinary case is a body's acronym, and
// the body is the speaker; the relative pronoun "who" is never one.

describe('a relative pronoun written in capitals', () => {
  it('is an acronym, not the word it spells', () => {
    expect(isFunctionWordAcronym('WHO')).toBe(true);
    expect(isFunctionWordAcronym('Who')).toBe(false);
    expect(isFunctionWordAcronym('who')).toBe(false);
    expect(isFunctionWordAcronym('NATO')).toBe(false);
    expect(isFunctionWordAcronym('FROM')).toBe(false);
    expect(isFunctionWordAcronym('TODAY')).toBe(false);
    const text = 'Polio is back in the valley, the WHO says.';
    expect(isAcronymFiller(text, text.indexOf('WHO'), text.indexOf('WHO') + 3)).toBe(true);
    const headline = 'POLIO IS BACK, SAYS WHO';
    expect(isAcronymFiller(headline, headline.indexOf('WHO'), headline.length)).toBe(false);
  });

  it('speaks after a comma, with or without its article, and opening a sentence', () => {
    expect(said(run(['Polio cases in the valley doubled last year, the WHO says.']))).toEqual(['WHO | Polio cases in the valley doubled last year']);
    expect(said(run(['Polio cases in the valley doubled last year, WHO said.']))).toEqual(['WHO | Polio cases in the valley doubled last year']);
    expect(said(run(['The WHO also said the valley had run out of vaccine.']))).toEqual(['WHO | the valley had run out of vaccine']);
  });

  it('leaves the relative pronoun alone', () => {
    expect(said(run(['Nurses who said the valley had run out of vaccine were sent home.'])).some((s) => /^WHO\b/i.test(s))).toBe(false);
    expect(said(run(['Ada Lund, who said the valley had run out of vaccine, left on Friday.'])).every((s) => s.startsWith('Ada Lund |'))).toBe(true);
  });
});
