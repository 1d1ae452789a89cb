import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('verb + preposition stances (attitude reading)', () => {
  it('reads "take issue with", "allude to", "speak out/up about|for" and "vote in favor of" with the clause subject as holder', () => {
    const r = run([
      'Harbour master Ines Kowal took issue with the council’s dredging budget.',
      'The ferry union alluded to a strike during the winter timetable talks.',
      'Retired skipper Tomas Brandt spoke out for a lower mooring fee.',
      'The island tenants spoke up about the broken heating in their flats.',
      'The harbour board voted in favor of the new breakwater on Tuesday.',
      'The ferry company balked at the cost of a second crossing.',
      'The council acquiesced to the fishermen’s request for more berths.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ines Kowal | took issue with | the council’s dredging budget',
      'ferry union | alluded to | a strike during the winter timetable talks',
      'Tomas Brandt | spoke out for | a lower mooring fee',
      'island tenants | spoke up about | the broken heating in their flats',
      'harbour board | voted in favor of | the new breakwater on Tuesday',
      'ferry company | balked at | the cost of a second crossing',
      'council | acquiesced to | the fishermen’s request for more berths',
    ]);
  });

  it('does not read the phrase without its preposition, as a noun, or in a passive', () => {
    const r = run([
      'The harbour master took the issue to the full council in March.',
      'Her issue with the dredging contract was never settled.',
      'The strike was alluded to in the minutes of the meeting.',
      'The horse balked and the cart stopped at the gate.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('leaves them out of the default reading (the fact sheet)', () => {
    const r = run(['Harbour master Ines Kowal took issue with the council’s dredging budget.']);
    expect(r.quotes).toEqual([]);
  });
});

describe('an adverb between a phrasal verb of saying and its particle', () => {
  it('reads "spoke briefly about", "talked more about", "pressed privately for" as the phrasal cue', () => {
    const r = run([
      'Harbour master Ines Kowal spoke briefly about the dredging delays.',
      'The ferry union talked more about wages than about safety.',
      'Several island councillors pressed privately for a second ferry.',
      'Tomas Brandt speaks at length about the old fishing fleet.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ines Kowal | spoke about | the dredging delays',
      'ferry union | talked about | wages than about safety',
      'Several island councillors | pressed for | a second ferry',
      'Tomas Brandt | speaks about | the old fishing fleet',
    ]);
  });

  it('leaves "focus" with an adverb alone, and a non-adverb "-ly" word between', () => {
    const r = run([
      'The harbour board focused mainly on the summer timetable.',
      'The ferry crews talked family about the holidays.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });
});

describe('adjectives of how a holder speaks of a matter ("vocal about", "outspoken in", "clear about")', () => {
  it('reads the adjective with about/on/in after a be-verb, the subject as holder', () => {
    const r = run([
      'Harbour master Ines Kowal has been very vocal about the dredging cuts.',
      'The ferry union was outspoken in rejecting the new pier.',
      'Tomas Brandt was clear about one thing: the fleet must stay.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ines Kowal | vocal | the dredging cuts',
      'ferry union | outspoken | rejecting the new pier',
      'Tomas Brandt | clear | one thing: the fleet must stay',
    ]);
  });

  it('leaves a road that is clear and a shop that is open alone', () => {
    const r = run([
      'The harbour road is clear in both directions.',
      'The chandlery is open on Sundays.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });
});
