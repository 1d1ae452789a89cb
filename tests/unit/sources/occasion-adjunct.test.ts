import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Where a statement was made, between its subject and the verb, is no part of the speaker
// (occasion-adjunct.ts); a phrase that tells which person it is stays.
describe('an occasion between the subject and the verb', () => {
  it('leaves "in a statement" out of the speaker', () => {
    expect(said(run(['The Harbour Authority in a statement said the ferry would resume on Monday.'])))
      .toEqual(['Harbour Authority | the ferry would resume on Monday']);
  });

  it('leaves "in an interview" out, with modifiers and a day', () => {
    expect(said(run(['Ola Vik in a lengthy radio interview on Sunday said the plan had failed.'])))
      .toEqual(['Ola Vik | the plan had failed']);
  });

  it('leaves a platform after "on" out ("on Twitter", "on social media")', () => {
    expect(said(run(['The Vardish ministry on Twitter said the border was closed.']))).toEqual(['Vardish ministry | the border was closed']);
    expect(said(run(['The museum on social media said the doors would open at noon.']))).toEqual(['museum | the doors would open at noon']);
  });

  it('reads a possessive occasion ("in his speech")', () => {
    expect(said(run(['Mayor Ana Lund in her speech said the budget was balanced.']))).toEqual(['Ana Lund | the budget was balanced']);
  });
});

describe('phrases that tell which person', () => {
  it('keeps "the man in a red coat"', () => {
    expect(said(run(['The man in a red coat said the train was late.']))[0]).toMatch(/^man in a red coat \|/);
  });

  it('keeps a thing that is on the platform ("Videos on social media showed")', () => {
    expect(run(['Videos on social media showed crowds outside the stadium.'], [], { attitudes: true }).quotes[0]?.speaker).toBe('Videos on social media');
  });

  it('keeps "the woman in the video" (no article of an occasion)', () => {
    expect(said(run(['The woman in the video said the bridge had collapsed.']))[0]).toMatch(/^woman in the video \|/);
  });
});

describe('an event after "at" between a name and the verb', () => {
  it('leaves "at a symposium in 2011" out of the speaker', () => {
    expect(said(run(['Halvorsen at a symposium in 2011 said the old bridge could be saved.'])))
      .toEqual(['Halvorsen | the old bridge could be saved']);
  });

  it('leaves "at the news conference on Friday" out after a full name', () => {
    expect(said(run(['Mira Dahl at the news conference on Friday said the port would reopen.'])))
      .toEqual(['Mira Dahl | the port would reopen']);
  });

  it('reads a name with a joined particle before the event ("Karim al-Nouri at a news conference")', () => {
    expect(said(run(['Foreign Minister Karim al-Nouri at a news conference in 2018 said the ferry talks had failed.'])))
      .toEqual(['Karim al-Nouri | the ferry talks had failed']);
  });

  it('keeps the event that tells which person ("A farmer at the rally")', () => {
    expect(said(run(['A farmer at the rally said the prices were too low.']))[0]).toMatch(/^farmer at the rally \|/);
    expect(said(run(['Beekeepers at the meeting said the spring had been cold.']))[0]).toMatch(/^Beekeepers at the meeting \|/);
  });
});

describe('a name at an event that is an object', () => {
  it('keeps the clause subject when the name is the object ("went after Lund at the hearing")', () => {
    const lines = said(run(['Ana Roe went after Per Lund at the hearing and said the budget was a fraud.']));
    expect(lines.some((line) => line.startsWith('Per Lund'))).toBe(false);
  });
});
