import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('the one told and where they work: "told Ada Lund of the Harbour Gazette"', () => {
  it('is no part of what was told', () => {
    expect(said(run(['Tor Vik told Ada Lund of the Harbour Gazette that the ferry would stop in May.']))).toEqual(['Tor Vik | the ferry would stop in May']);
    expect(said(run(['Tor Vik told Ada Lund of Radio North, that the ferry would stop in May.']))).toEqual(['Tor Vik | the ferry would stop in May']);
    expect(said(run(['Pia Holm, the harbour master, told Coast of Norway a few ferries had already been sold.']))).toEqual(['Pia Holm | a few ferries had already been sold']);
  });

  it('leaves the statement before a telling set between commas to the teller', () => {
    expect(said(run(['The harbour stayed shut all winter, Pia Holm told Coast of Norway, for safety reasons.']))).toEqual(['Pia Holm | The harbour stayed shut all winter for safety reasons']);
  });

  it('keeps what the one told heard about', () => {
    expect(said(run(['Tor Vik told the board of the danger to the ferry.']))).toEqual(['Tor Vik | of the danger to the ferry']);
    expect(said(run(['Tor Vik told Radio North of Norway\'s plans to sell the ferry.']))).toEqual(['Tor Vik | of Norway\'s plans to sell the ferry']);
  });
});
