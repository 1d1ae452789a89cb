import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// After "after", "when", "as" …, a described speaker with a possessive opens the clause as one with
// an article does ("after the campaign said"): "after her campaign said", "when their union said".
describe('a possessive description after a subordinator speaks', () => {
  it('reads "after his spokesman said …"', () => {
    expect(said(run(['Shares fell after his spokesman said the talks had failed.']))).toEqual(['spokesman | the talks had failed']);
  });

  it('reads "when their union said …"', () => {
    expect(said(run(['The strike ended when their union said the offer was fair.']))).toEqual(['union | the offer was fair']);
  });

  it('reads no position after a relative "that" whose clause lacks its object: "the day that her mother fears so much"', () => {
    expect(said(run(['Meanwhile, the wedding is coming closer — the day that her mother fears so much.'], [], { attitudes: true }))).toEqual([]);
  });

  it('reads nothing where no verb of saying follows: "as her speech ended"', () => {
    expect(said(run(['The crowd cheered as her speech ended.']))).toEqual([]);
  });
});
