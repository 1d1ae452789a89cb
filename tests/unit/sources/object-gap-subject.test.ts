import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// A relative clause with no relative word whose subject is a name or a description: "an
// arrangement the campaign has criticized". The subject holds the position; the noun phrase
// before it is what the position is about.
describe('positions in a relative clause with a name or description as subject', () => {
  it('reads a description subject after a noun phrase', () => {
    const r = run(['The council backed the ferry levy, an arrangement the harbour board has criticized.'], [], ATTITUDES);
    expect(lines(r)).toContain('harbour board | criticized | an arrangement');
  });

  it('reads a name subject after a noun phrase', () => {
    const r = run(['The budget was not the plan Ana Ruiz proposed last year.'], [], ATTITUDES);
    expect(lines(r)).toContain('Ana Ruiz | proposed | the plan');
  });

  it('reads an indefinite pronoun as the object', () => {
    const r = run(['The pilots got everything the union wanted.'], [], ATTITUDES);
    expect(lines(r)).toContain('union | wanted | everything');
  });

  it('reads a bare verb after a plural subject, but no time phrase for a subject', () => {
    const r = run(['The vote was not the landslide many pollsters confidently forecast.', 'He ran ads in the harbour district a few months back.'], [], ATTITUDES);
    expect(lines(r)).toContain('many pollsters | forecast | the landslide');
    expect(lines(r).filter((l) => l.endsWith('| the harbour district'))).toEqual([]);
  });

  it('takes no title or role before a name for an object', () => {
    const r = run(['Fares rose, the candidate Ana Ruiz complained.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.endsWith('| the candidate'))).toEqual([]);
  });

  it('takes no adjective before a name, nor a name that runs into a noun, for a subject', () => {
    const r = run(['Ruiz leads in the latest Harbour Institute poll released.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.endsWith('| the latest'))).toEqual([]);
  });

  it('reads no bare noun as the verb', () => {
    const r = run(['She appeared on the popular Harbour Radio show.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.endsWith('| the popular'))).toEqual([]);
  });

  it('takes no capitalised word for the verb', () => {
    const r = run(['The flat was built for the philanthropist Ada Lund Post.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.endsWith('| the philanthropist'))).toEqual([]);
  });

  it('takes no verb completed by a preposition and a gerund', () => {
    const r = run(['Earlier a small harbour Ferry PAC aimed at ending the levy ran an advert.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.endsWith('| a small harbour'))).toEqual([]);
  });
});

describe('relative words that open no relative clause', () => {
  it('reads no question as a position', () => {
    const r = run(['It comes down to one question: What does Ana Ruiz want?'], [], ATTITUDES);
    expect(lines(r).filter((l) => /\| what$/i.test(l))).toEqual([]);
  });

  it('reads no title-case headline as a position', () => {
    const r = run(['After Lund Heard What Ana Ruiz Said, He Left The Room'], [], ATTITUDES);
    expect(lines(r).filter((l) => /\| what$/i.test(l))).toEqual([]);
  });
});
