import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"According to X, <post>, …"', () => {
  it('starts the content after the apposition that names the source\'s post', () => {
    const r = run(['According to Ruth Okafor, director of the Harbour Institute at Bay University, who has studied the tides for years, the seabed is moving.']);
    expect(said(r)).toEqual(['Ruth Okafor | the seabed is moving']);
  });

  it('keeps a content that opens with a noun phrase of its own ("According to police, the man fled …")', () => {
    const r = run(['According to police, the man fled the scene on foot, and officers are still searching for him.']);
    expect(said(r)).toEqual(['police | the man fled the scene on foot, and officers are still searching for him']);
  });

  it('reads no post into a content that opens with a quantified subject and its verb', () => {
    const r = run(['However, according to the Island Health Board, many families with young children on the coast can\'t reach a clinic, with "serious" results.']);
    expect(said(r)).toEqual(['Island Health Board | many families with young children on the coast can\'t reach a clinic, with "serious" results']);
  });
});
