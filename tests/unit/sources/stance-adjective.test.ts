import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('stances stated with an adjective (attitude reading)', () => {
  it('reads "X is confident that …", "islanders are unhappy with …", "she was critical of …"', () => {
    const r = run([
      'Mara Jensen is confident that the ferry will run by May.',
      'Many islanders are deeply unhappy with the new timetable.',
      'Ruth Okafor spoke on Monday. She was critical of the harbour board.',
      'Tomas Berg has long been skeptical of the tariff.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Mara Jensen | confident | the ferry will run by May',
      'Many islanders | unhappy | the new timetable',
      'Ruth Okafor | critical | the harbour board',
      'Tomas Berg | skeptical | the tariff',
    ]);
  });

  it('reads a feeling or a split of opinion with the preposition that names its object', () => {
    const r = run([
      'Dock workers were evenly split on the night-shift proposal.',
      'Councillor Ines Varga was impressed by the new lifeboat station.',
      'Small traders are generally leery of the parking charges.',
      'Harbour pilots are alarmed at the cuts to the dredging budget.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Dock workers | split | the night-shift proposal',
      'Ines Varga | impressed | the new lifeboat station',
      'Small traders | leery | the parking charges',
      'Harbour pilots | alarmed | the cuts to the dredging budget',
    ]);
  });

  it('ends the stance where the main clause after a fronted one begins', () => {
    const r = run(['While the harbour pilots were divided on the dredging plan, they were united over the pay deal.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['harbour pilots | divided | the dredging plan']);
  });

  it('reads no position from such a word without its preposition, or with one of place or division', () => {
    expect(run([
      'The county is divided into four wards.',
      'Councillor Ines Varga was surprised.',
      'The ferry crews were split between two depots.',
    ], [], ATTITUDES).quotes).toEqual([]);
  });

  it('needs a person or a body as the subject, and stays out of the fact sheet', () => {
    expect(run(['The weather is uncertain for the regatta.'], [], ATTITUDES).quotes).toEqual([]);
    expect(run(['Mara Jensen is confident that the ferry will run by May.']).quotes).toEqual([]);
  });
});

describe('"open" as a stance', () => {
  it('is one toward something, "open to a deal"', () => {
    const r = run(['The harbour board is open to a shorter night shift.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['harbour board | open | a shorter night shift']);
  });

  it('is no stance when it says what is open, "open for swimmers"', () => {
    const r = run([
      'The town barbers are open for business again this week.',
      'Councillor Ines Varga said the pools will remain open for lane swimming only.',
    ], [], ATTITUDES);
    expect(r.quotes.filter((q) => q.cue === 'open')).toEqual([]);
  });
});

describe('stances with more words between the verb and the adjective', () => {
  it('reads past "already", "well", "both", "always" and "most" as well as the -ly adverbs', () => {
    const r = run([
      'The harbour pilots were already skeptical of the dredging plan.',
      'Ferry captains are well aware of the risks on the northern route.',
      'Ines Varga and Tomas Berg were both sharply critical of the new fares.',
      'Councillor Mara Jensen was always in favor of a second pier.',
      'Tomas Berg is most proud of the lifeboat station he built.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'harbour pilots | skeptical | the dredging plan',
      'Ferry captains | aware | the risks on the northern route',
      'Ines Varga and Tomas Berg | critical | the new fares',
      'Mara Jensen | in favor | a second pier',
      'Tomas Berg | proud | the lifeboat station he built',
    ]);
  });

  it('reads "isn\'t", "wasn\'t" and a pronoun\'s "\'re"', () => {
    const r = run([
      'Ines Varga spoke at the pier on Monday. She isn\u2019t sure the ferry will run by May.',
      'Tomas Berg and his crew met the board. They\u2019re wary of the new levy.',
    ], [], ATTITUDES);
    expect(r.quotes.map((q) => `${q.cue} | ${q.text}`)).toEqual([
      'sure | the ferry will run by May',
      'wary | the new levy',
    ]);
  });

  it('does not read a possessive "\'s" before an adjective as the verb', () => {
    expect(run(['The mayor\u2019s critical role in the harbour vote was plain to all.'], [], ATTITUDES).quotes).toEqual([]);
  });
});

describe('trust and doubt with "in"', () => {
  it('reads "confident in" and "disappointed in" with what follows the preposition', () => {
    const r = run([
      'Many islanders are less confident in the harbour board.',
      'Small traders were disappointed in the council vote.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Many islanders | confident | the harbour board',
      'Small traders | disappointed | the council vote',
    ]);
  });

  it('reads no stance from "critical in", which says how much a thing matters', () => {
    expect(run(['Councillor Ines Varga was critical in the final vote.'], [], ATTITUDES).quotes).toEqual([]);
  });
});

describe('feelings with the preposition that names their object', () => {
  it('reads "startled by", "delighted by", "cagey about", "uneasy about", "mistrustful of", "hesitant to"', () => {
    const r = run([
      'Harbour pilots have been startled by the speed of the cuts.',
      'Councillor Ines Varga was delighted by the new timetable.',
      'Tomas Berg has been cagey about where he stands on the levy.',
      'Dock workers are still uneasy about the night-shift proposal.',
      'Mara Jensen is deeply mistrustful of the harbour board.',
      'Several skippers were hesitant to back the levy.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Harbour pilots | startled | the speed of the cuts',
      'Ines Varga | delighted | the new timetable',
      'Tomas Berg | cagey | where he stands on the levy',
      'Dock workers | uneasy | the night-shift proposal',
      'Mara Jensen | mistrustful | the harbour board',
      'Several skippers | hesitant | back the levy',
    ]);
  });

  it('reads no stance from such a feeling alone or with a word of time', () => {
    expect(run([
      'The crowd at the pier was delighted.',
      'Councillor Tomas Berg was hesitant at first.',
    ], [], ATTITUDES).quotes).toEqual([]);
  });
});

describe('adjectives that tell how likely a thing is, or what was done', () => {
  it('reads no stance from "sure to" or "certain to", but does from "sure that" and a bare clause', () => {
    const r = run([
      'Councillor Ines Varga is certain to leave the harbour board.',
      'Tomas Berg is sure to win the vote.',
      'Mara Jensen is sure the ferry will run by May.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | sure | the ferry will run by May']);
  });

  it('reads no stance from "committed to" or "willing to"', () => {
    expect(run([
      'Councillor Ines Varga is committed to the harbour plan.',
      'Tomas Berg was willing to talk to the dock workers.',
    ], [], ATTITUDES).quotes).toEqual([]);
  });
});

describe('a share of respondents holding a stance', () => {
  it('reads "Fifteen percent of voters in the poll were undecided about …", "About 9 in 10 … are unhappy with …"', () => {
    const r = run([
      'Fifteen percent of islanders in the survey were undecided about the ferry levy.',
      'About 9 in 10 dock workers are unhappy with the night-shift proposal.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Fifteen percent of islanders in the survey | undecided | the ferry levy');
    expect(lines(r)).toContain('About 9 in 10 dock workers | unhappy | the night-shift proposal');
  });

  it('does not take a share whose "of" phrase runs on into a clause of its own', () => {
    // (The stance's own subject, "they", is read as usual; the share is not "… say they would".)
    const r = run(['A full 60 percent of islanders say they would be satisfied with a smaller pier.'], [], ATTITUDES);
    expect(r.quotes.filter((q) => q.cue === 'satisfied').map((q) => q.speaker)).not.toContain('full 60 percent of islanders say they would');
  });
});
