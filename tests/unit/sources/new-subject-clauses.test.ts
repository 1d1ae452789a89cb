import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('two attributions in one sentence, each with its own subject', () => {
  it('ends the first content where ", while" opens a clause with its own speaker and cue', () => {
    const r = run(['Councillor Mara Jensen said the ferry fare should rise, while Harbour Master Tom Okafor said it should stay as it is.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Mara Jensen | the ferry fare should rise');
    expect(found.some((l) => l.endsWith('Tom Okafor | it should stay as it is'))).toBe(true);
  });

  it('reads a share of respondents after ", while", ", and" or ", but" as a speaker of its own', () => {
    const r = run([
      // (No survey phrase opens the sentence: inside one, the shares are the survey's finding, shares-in-survey.test.ts.)
      '38 percent of islanders said the pier should close, while 60 percent said it should be rebuilt.',
      'Six in 10 commuters said the ferry is reliable, and three-quarters said the same of the bus.',
      'About two-thirds of the islanders support a toll, but majorities in both ports say they want a discount.',
    ], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('38 percent of islanders | the pier should close');
    expect(found).toContain('60 percent | it should be rebuilt');
    expect(found).toContain('Six in 10 commuters | the ferry is reliable');
    expect(found).toContain('three-quarters | the same of the bus');
    expect(found).toContain('About two-thirds of the islanders | a toll');
    expect(found).toContain('majorities in both ports | they want a discount');
  });

  it('ends the first content before the second speaker\'s description set off by commas ("…, but the mayor, Ana Roig, said")', () => {
    const r = run(['Engineers suggested that the cladding had spread the fire, but the town\u2019s fire chief, Ana Roig, said the cause was still unknown.']);
    expect(lines(r)).toEqual([
      'Engineers | the cladding had spread the fire',
      'Ana Roig | the cause was still unknown',
    ]);
  });

  it('finds the joint inside a phrase read as the second speaker ("… links while Okafor suggests")', () => {
    const r = run(['Mara Jensen accuses Tom Okafor of a smear about her harbour links while Okafor suggests the councillor is a captive of the ferry lobby.'], [], ATTITUDES);
    const found = lines(r);
    expect(found.some((l) => l.startsWith('Mara Jensen |') && l.endsWith('her harbour links'))).toBe(true);
  });

  it('leaves a content credited by a preposition whole: the poll is the source of both clauses', () => {
    const r = run(['In the harbour poll, 38 percent of islanders said the pier should close, while 60 percent said it should be rebuilt.'], [], ATTITUDES);
    expect(lines(r)).toContain('harbour poll | 38 percent of islanders said the pier should close, while 60 percent said it should be rebuilt');
  });


  it('does not cut at a passive cue, whose subject is told and tells nothing', () => {
    const r = run(['Harbour police said there are no closures, but residents are being urged to avoid the pier.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.endsWith('there are no closures, but residents are being urged to avoid the pier'))).toBe(true);
  });

  it('ends the first content where a joint opens a clause with a personal pronoun and a cue of its own', () => {
    const r = run([
      'Councillor Mara Jensen said the ferry would run all winter, although she supports a break for repairs in March.',
      'Harbour Master Tom Okafor has long said the pier is safe, but he hasn\'t endorsed the new lighthouse plan.',
    ], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Mara Jensen | the ferry would run all winter');
    expect(found).toContain('Mara Jensen | a break for repairs in March');
    expect(found).toContain('Harbour Master Tom Okafor | the pier is safe');
    expect(found).toContain('Harbour Master Tom Okafor | the new lighthouse plan');
  });

  it('leaves a reason after "because" and a pronoun that may stand for a thing to the first content', () => {
    const r = run([
      'Councillor Mara Jensen said islanders are angry because they want a second ferry.',
      'The mayor released the harbour accounts, even though they exposed a large deficit.',
    ], [], ATTITUDES);
    const found = lines(r);
    expect(found.some((l) => l.endsWith('islanders are angry because they want a second ferry'))).toBe(true);
    expect(found).toContain('mayor | the harbour accounts, even though they exposed a large deficit');
  });

  it('ends a content in a clause fronted by a subordinator at the comma where the main clause begins', () => {
    const r = run([
      'Though Councillor Mara Jensen did not mention the ferry fares in her speech, she made it clear that the pier must close.',
      'When the harbour board criticized the lighthouse plan on Monday, Mayor Tom Okafor said the port would stay open.',
    ], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Mara Jensen | the ferry fares in her speech');
    expect(found).toContain('Mara Jensen | the pier must close');
    expect(found).toContain('harbour board | the lighthouse plan on Monday');
    expect(found).toContain('Tom Okafor | the port would stay open');
  });

  it('leaves a content whole when no subordinator fronts its clause', () => {
    const r = run(['Councillor Mara Jensen criticized the ferry fares, the pier and the new lighthouse at the meeting.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('Mara Jensen |') && l.includes('the ferry fares, the pier'))).toBe(true);
  });

  it('reads "but" before a personal pronoun as a joint even without a comma', () => {
    const r = run(['Harbour Master Tom Okafor said the pier is safe but he supports a new lighthouse.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Harbour Master Tom Okafor | the pier is safe');
    expect(found).toContain('Harbour Master Tom Okafor | a new lighthouse');
  });
});

describe('a share of respondents after a bare "and"', () => {
  it('ends the first share’s content, whatever the second share’s verb', () => {
    const r = run(['Among the riders, 5 percent prefer the tunnel and 1 percent support the cable car.'], [], { attitudes: true });
    const byCue = (cue: string) => r.quotes.find((q) => q.cue === cue);
    expect(byCue('prefer')?.text).toBe('the tunnel');
    expect(byCue('support')?.speaker).toBe('1 percent');
  });

  it('leaves a content whole when the words after "and" are no share', () => {
    const r = run(['About 5 percent prefer the tunnel and the old ferry line.'], [], { attitudes: true });
    expect(r.quotes.find((q) => q.cue === 'prefer')?.text).toBe('the tunnel and the old ferry line');
  });
});

describe('a share after a comma and a subordinator of time or comparison', () => {
  it('ends the first share’s content before ", after 55 percent said so"', () => {
    const r = run(['Sixty percent of riders call the ferry reliable, after 55 percent said so in December.'], [], { attitudes: true });
    const found = lines(r);
    expect(found).toContain('Sixty percent of riders | the ferry reliable');
    expect(found).toContain('55 percent | so in December');
  });

  it('leaves a named speaker’s content whole after ", after"', () => {
    const r = run(['Mayor Ada Lund said the ferry was reliable, after the pier reopened in December.'], [], { attitudes: true });
    expect(lines(r)).toContain('Ada Lund | the ferry was reliable, after the pier reopened in December');
  });
});
