import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('any past-tense verb of a person (the loosest attitude reading)', () => {
  it('reads a verb the cue lists do not hold, after a named person or a personal pronoun', () => {
    const r = run([
      'Mara Jensen distanced herself from the harbour board on Friday.',
      'Jensen later congratulated the ferry crew on their rescue.',
      'Jensen has long snubbed the ferry union over its wage demands.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Mara Jensen | distanced | herself from the harbour board on Friday',
      'Mara Jensen | congratulated | the ferry crew on their rescue',
      'Mara Jensen | snubbed | the ferry union over its wage demands',
    ]);
  });

  it('leaves out verbs of being and doing, capitalised plurals and places, and the fact sheet', () => {
    const paragraphs = [
      'Mara Jensen moved to Vardby in 1990.',
      'Jensen toured the pier on Monday, praising its crew.',
      'Islanders invested in new boats last year.',
      'Nordland suffered a long winter.',
      // A place named in full each time is no person, however many words it has.
      'North Vardby deployed two patrol boats to the strait.',
      'Mara Jensen distanced herself from the harbour board.',
    ];
    expect(lines(run(paragraphs, [], ATTITUDES))).toEqual([
      'Mara Jensen | praising | its crew',
      'Mara Jensen | distanced | herself from the harbour board',
    ]);
    expect(run(paragraphs).quotes).toEqual([]);
  });

  it('reads no verb of effort or success before a to-infinitive, but keeps "to" before an object', () => {
    const r = run([
      'Mara Jensen managed to keep the night ferry running through the storm.',
      'Jensen struggled to win over the island councils for most of the year.',
      'Jensen yielded to the ferry union on its demand for a night crew.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | yielded | to the ferry union on its demand for a night crew']);
  });

  it('reads main clauses only', () => {
    const r = run(['The pier was quiet when Mara Jensen greeted the harbour crew on Monday.'], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('reads no verb of winning or making ("captured the ward", "created a committee")', () => {
    const r = run([
      'Mara Jensen captured the harbour ward by about four hundred votes.',
      'Jensen later created a standing committee on the ferry timetable.',
      'Jensen changed her ferry schedule to be on the island by Thursday.',
      'Jensen snubbed the ferry union over its new timetable on Monday.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | snubbed | the ferry union over its new timetable on Monday']);
  });

  it('reads "brought" only as "brought up", raising a subject', () => {
    const r = run([
      'Mara Jensen brought the whole harbour crowd to its feet on Monday.',
      'Jensen brought up the unpaid ferry tolls again at the council meeting.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | brought | up the unpaid ferry tolls again at the council meeting']);
  });

  it('reads an act only through an object that is a thing said or held, a clause, a portrayal, a subject or a reason', () => {
    const r = run([
      'Mara Jensen hired a pilot to fly the harbour survey on Monday.',
      'Jensen edged the mayor by about forty votes in the harbour ward.',
      'Jensen opened a small boatyard beside the old ferry pier last spring.',
      'Jensen delivered a sharp attack on the harbour board at the meeting.',
      'Jensen presented the night ferry as the only way to keep the island alive.',
      'Jensen castigated the harbour board for ignoring the ferry crews all winter.',
      'Jensen touched briefly on the unpaid tolls and the winter timetable.',
      // An "as" that joins or compares portrays nothing.
      'Jensen dominated the harbour news all week, as well as the island radio.',
      'Jensen sold boats such as dinghies and skiffs at the pier.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Mara Jensen | delivered | a sharp attack on the harbour board at the meeting',
      'Mara Jensen | presented | the night ferry as the only way to keep the island alive',
      'Mara Jensen | castigated | the harbour board for ignoring the ferry crews all winter',
      'Mara Jensen | touched | briefly on the unpaid tolls and the winter timetable',
    ]);
  });
});

describe('any-verb objects that name a made thing, a place or a person acted on', () => {
  it('takes no apostrophe for a quotation mark', () => {
    const r = run([
      'Mara Jensen sent the mayor a copy of her son’s harbour survey.',
      'Jensen witnessed the practice firsthand at the Olsens\' boatyard on the pier.',
      'Jensen coached the young crew to “keep calm and keep rowing” through the storm.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | coached | the young crew to “keep calm and keep rowing” through the storm']);
  });

  it('takes a name in title case inside quotation marks for no quotation', () => {
    const r = run([
      'Mara Jensen launched the “Open Harbour” campaign to widen the ferry lanes.',
      'Jensen pulled together a large cast for “The Night of the Ferry” last winter.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('reads "that" as a clause only when a subject follows it, not a relative "that" or the determiner', () => {
    const r = run([
      'Mara Jensen noticed changes in the harbour that kept her neighbours awake.',
      'Jensen made plain moves to make that dream of a ferry real.',
      'Jensen demonstrated that the night ferry could run all winter.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | demonstrated | that the night ferry could run all winter']);
  });

  it('reads a reason only before a relative clause, and "by …ing" only after a verb of saying', () => {
    const r = run([
      'Mara Jensen approached a role made famous on stage by Piet Olsen, who won a prize for his performance.',
      'Jensen made history by winning the harbour race three years running.',
      'Jensen castigated the harbour board for ignoring the ferry crews all winter.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | castigated | the harbour board for ignoring the ferry crews all winter']);
  });

  it('reads "back" before a place\'s preposition as a return, and a focus moved to something as no view', () => {
    const r = run([
      'Mara Jensen enrolled back in the harbour college for the autumn term of that year.',
      'Jensen shifted her professional focus to the ferry company on the north pier.',
      'Jensen fired back at the harbour board over its new toll plan.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | fired back at | the harbour board over its new toll plan']);
  });
});
