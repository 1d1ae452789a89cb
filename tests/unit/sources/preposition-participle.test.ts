import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a verb of saying after "by", "after", "before" or a dash', () => {
  it('reads "by saying that …" as said by the subject of the clause', () => {
    const r = run(['Mayor Lena Ostrova landed herself in trouble last week by saying that the harbour judge could not be fair.']);
    expect(said(r)).toEqual(['Lena Ostrova | the harbour judge could not be fair']);
  });

  it('reads "before adding that …" as said by the subject of the clause', () => {
    const r = run(['Councillor Ivo Brandt thanked the crowd before adding that the ferry would run again in May.']);
    expect(said(r)).toEqual(['Ivo Brandt | the ferry would run again in May']);
  });

  it('ends what an aside says at the comma that closes it', () => {
    const r = run(['Senator Tomas Varga, after first saying he would not buy ads in the region, bought time on three stations.']);
    expect(said(r)).toEqual(['Tomas Varga | he would not buy ads in the region']);
  });

  it('takes a dash before the participle as a comma', () => {
    const r = run(['Tomas Weld changed his pick on the spot – saying he was backing the home side but would now back the visitors.']);
    expect(said(r)).toEqual(['Tomas Weld | he was backing the home side but would now back the visitors']);
  });

  it('gives the participle no speaker across a clause break', () => {
    const r = run(['Ada Lund argued that the port was too small, while her rival, Per Vik, has risen in the polls by saying that the port is too old.']);
    expect(said(r)).not.toContain('Ada Lund | the port is too old');
  });

  it('leaves a participle that opens the sentence to the subject after it', () => {
    const r = run(['While saying that he respects the mayor, Per Vik doubted her plan for the harbour.']);
    expect(said(r).some((line) => /the mayor \|/.test(line))).toBe(false);
  });
});

describe('a participle after a clause whose subject opens with a quantifier', () => {
  it('reads "Both parents stiffened …, saying that …" as said by both parents', () => {
    const r = run(['Both parents stiffened their attack on the mayor, saying that he lacked the character to lead the city.']);
    expect(said(r)).toEqual(['Both parents | he lacked the character to lead the city']);
  });

  it('reads the noun after the quantifier with it', () => {
    const r = run(['Many delegates walked out of the hall, saying the vote had been rigged by the chair.']);
    expect(said(r)).toEqual(['Many delegates | the vote had been rigged by the chair']);
  });
});
