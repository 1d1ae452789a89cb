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
