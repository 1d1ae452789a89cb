import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "…, declared a later mayor, Ada von Lund.": the name in apposition after an inverted description
// may carry a surname's small particles ("von", "van der", "de"); it is still the speaker's name.

describe('an inverted description, then a name with particles', () => {
  it('takes the name for the speaker', () => {
    expect(said(run(['The ferry will run all winter, said the mayor, Ada von Lund.']))).toEqual(['Ada von Lund | The ferry will run all winter']);
    expect(said(run(['The ferry will run all winter, said a former mayor, Tor van der Vik, in 1997.']))).toEqual(['Tor van der Vik | The ferry will run all winter']);
  });

  it('still reads a name without particles', () => {
    expect(said(run(['The ferry will run all winter, said the mayor, Ada Lund.']))).toEqual(['Ada Lund | The ferry will run all winter']);
  });
});
