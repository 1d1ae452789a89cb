import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a plural described by a participle clause', () => {
  it('reads the plural as the head of a subject with an -ing clause after it', () => {
    expect(said(run(['Ferry workers demanding a new contract say the pay offer is too low.'])))
      .toEqual(['Ferry workers demanding a new contract | the pay offer is too low']);
    expect(said(run(['Residents living along the quay said the water rose overnight.'])))
      .toEqual(['Residents living along the quay | the water rose overnight']);
  });

  it('keeps an -ing word that is no participle, or one with nothing after it, in the phrase', () => {
    // ("building inspectors": a noun before the head; "the remaining members": an adjective.)
    expect(said(run(['The building inspectors said the roof was sound.']))).toEqual(['building inspectors | the roof was sound']);
  });
});
