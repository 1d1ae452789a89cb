import { describe, expect, it } from 'vitest';
import { run } from './run';

const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('"…, according to X, <a description of X>."', () => {
  it('leaves an apposition naming the source\'s post out of the content', () => {
    const r = run(['Ferry fares will rise by a third next spring, according to Ada Lind, an analyst at the Harbour Bank.']);
    expect(lines(r)).toEqual(['Ada Lind | Ferry fares will rise by a third next spring']);
  });

  it('leaves a relative clause about the source out of the content', () => {
    const r = run(['The dunes lost four metres last winter, according to Tide Watch, which tracks erosion along the coast.']);
    expect(lines(r)).toEqual(['Tide Watch | The dunes lost four metres last winter']);
  });

  it('passes an apposition and its relative clause both', () => {
    const r = run(['Most islanders oppose the bridge, according to Tom Berg, director of the Coast Survey Centre, which ran the poll.']);
    expect(lines(r)).toEqual(['Tom Berg | Most islanders oppose the bridge']);
  });

  it('still resumes the statement after the apposition ("X, according to Y, <post>, was …")', () => {
    const r = run(['At the heart of the quarrel, according to Ruth Okafor, a former harbour master, was a decision to close the north pier.']);
    expect(lines(r)).toEqual(['Ruth Okafor | At the heart of the quarrel was a decision to close the north pier']);
  });

  it('still resumes a clause that opens with a noun phrase and its verb', () => {
    const r = run(['In addition, according to the ministry, nearly two thousand more boats that should have been licensed will be inspected.']);
    expect(lines(r)).toEqual(['ministry | In addition nearly two thousand more boats that should have been licensed will be inspected']);
  });

  it('passes a second source joined to the first, with its own post', () => {
    const r = run(['The north shore lost more sand than the south, according to Ada Lind, a law professor at Bay University, and Tom Berg, an analyst at the Coast Office, Vardby.']);
    expect(lines(r)).toEqual(['Ada Lind | The north shore lost more sand than the south']);
  });
});
