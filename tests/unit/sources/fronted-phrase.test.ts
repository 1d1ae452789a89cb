import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A phrase of time or place fronted without its comma ("In March the council said …"): the subject
// is the phrase after it (fronted-phrase.ts).
describe('a fronted phrase of time or place without its comma', () => {
  it('reads the description after a month', () => {
    expect(said(run(['In March the water board said the frost had cracked two mains.'])))
      .toEqual(['water board | the frost had cracked two mains']);
  });

  it('reads a name after a day and after a year', () => {
    expect(said(run(['On Tuesday Halvorsen said the ferry would run again.']))).toEqual(['Halvorsen | the ferry would run again']);
    expect(said(run(['In 2011 Brekke told the paper the mill would stay open.']))).toEqual(['Brekke | the mill would stay open']);
  });

  it('reads the name after an occasion with a name of its own in it', () => {
    expect(said(run(['In a 2015 Nordic Radio interview Solberg said the song was her favourite.'])))
      .toEqual(['Solberg | the song was her favourite']);
  });

  it('reads the subject after a place and after an event', () => {
    expect(said(run(['In Tromsø the harbour master said the ice had gone.']))).toEqual(['harbour master | the ice had gone']);
    expect(said(run(['After the recount the clerk said the total had not changed.']))).toEqual(['clerk | the total had not changed']);
  });

  it('drops the fronted time from a bare plural ("In May analysts said")', () => {
    expect(said(run(['Last week analysts said the currency would fall.']))).toEqual(['analysts | the currency would fall']);
  });

  it('keeps a name that goes on after a capital ("the Town Hall")', () => {
    expect(said(run(['On Monday the Town Hall said the market would move.']))).toEqual(['Town Hall | the market would move']);
  });
});

describe('what is no fronted phrase', () => {
  it('leaves "This is something X thinks" alone ("This" only before a time)', () => {
    expect(said(run(['Ola Berg runs the clinic. This is something Berg thinks about a lot.']))).toEqual([]);
  });

  it('stops at a personal pronoun, the subject itself ("In the end we expect Nordvik will …")', () => {
    expect(said(run(['In the end we expect Nordvik will call the shots.'])).some((line) => line.startsWith('Nordvik'))).toBe(false);
  });

  it('reads no subject after a verb ("On Monday the Town Hall confirmed the auditor declined …")', () => {
    const lines = said(run(['On Monday Kirkenes Town Hall confirmed the auditor said nothing was wrong.']));
    expect(lines.some((line) => line.startsWith('auditor') || line.startsWith('Kirkenes Town Hall confirmed'))).toBe(false);
  });

  it('leaves a subject that opens with "At least" whole', () => {
    expect(said(run(['At least forty farmers said the road was unsafe.']))[0]).toMatch(/^At least forty farmers \|/);
  });
});
