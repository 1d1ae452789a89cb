import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A passive verb of saying with an infinitive raises its topic to subject: someone unnamed
// reported it, the subject did not (passive-report.ts).
describe('a passive report', () => {
  it('gives no speaker for "was reported to be"', () => {
    expect(said(run(['The tanker Varda was reported to be empty of crude.']))).toEqual([]);
    expect(said(run(['Ola Vik was widely reported to be furious about the delay.']))).toEqual([]);
  });

  it('keeps the active verb and its clause', () => {
    expect(said(run(['Ola Vik reported that the tanker was empty.']))).toEqual(['Ola Vik | the tanker was empty']);
  });

});

describe('a passive report of something the subject said', () => {
  it('is left to the other readings ("is reported to have called")', () => {
    const r = run(['Mayor Ola Vik is reported to have called the ferry plan "a scam."'], [], { attitudes: true });
    expect(r.quotes.map((q) => q.speaker)).toContain('Ola Vik');
  });
});
