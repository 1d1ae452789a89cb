import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "… a protest by the Harbour Guild, who claim the pier was sold": right after a relative "who", the present
// "claim" takes its clause as "claimed" does. Elsewhere it stays a noun or a taking.

describe('"claim" after a relative "who"', () => {
  it('reads the clause it governs', () => {
    expect(said(run(['The levy followed attacks by Ola Vik, who claimed the port had been run by smugglers.']))).toEqual(['Ola Vik | the port had been run by smugglers']);
    expect(said(run(['The pier was shut after a protest by the Harbour Guild, who claim it was sold in secret.']))).toEqual(['Harbour Guild | it was sold in secret']);
  });

  it('leaves the noun and the taking alone', () => {
    expect(said(run(['The city agreed to pay $2 million to settle a 1998 claim over payments for a bridge that was never built.']))).toEqual([]);
    expect(said(run(['By June, Vik could be in a position to claim the leadership while still losing the port.']))).toEqual([]);
  });
});
