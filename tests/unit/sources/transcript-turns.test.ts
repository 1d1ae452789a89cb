import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const labelled = (r: ReturnType<typeof run>) => r.quotes.filter((q) => q.cue === ':').map((q) => `${q.speaker} | ${q.text}`);

describe('transcript turns set in title case', () => {
  it('reads "Name: …" paragraphs as turns when the article prints an exchange', () => {
    const r = run([
      'On the evening show, host Ada Lind and the economist Tom Berg argued about the ferry levy.',
      'Ada Lind: Honestly, the levy is the only thing keeping the night crossings alive this winter.',
      'Tom Berg: She is right about the crossings, but the fishermen will pay for it twice over.',
      'Lind: Then who pays?',
      'Berg: Nobody wants to answer that question on air, and that is the whole trouble with it.',
    ]);
    expect(labelled(r)).toEqual([
      'Ada Lind | Honestly, the levy is the only thing keeping the night crossings alive this winter.',
      'Tom Berg | She is right about the crossings, but the fishermen will pay for it twice over.',
      'Ada Lind | Then who pays?',
      'Tom Berg | Nobody wants to answer that question on air, and that is the whole trouble with it.',
    ]);
  });

  it('takes the label inside a quotation mark that opens the turn', () => {
    const r = run([
      'Ada Lind and Tom Berg spoke on the evening show.',
      '"Ada Lind: The levy keeps the night crossings alive through the whole winter.',
      'Tom Berg: The fishermen will pay for it twice over, and they know it already.',
    ]);
    expect(labelled(r)[0]).toBe('Ada Lind | The levy keeps the night crossings alive through the whole winter.');
  });

  it('gives an "I" inside a turn to the turn\'s speaker, not to the writer or the person named last', () => {
    const r = run([
      'On the evening show, host Ada Lind and the economist Tom Berg argued about the ferry levy.',
      'Ada Lind: The levy is the only thing keeping the night crossings alive this winter, is it not?',
      'Tom Berg: Years ago I called the levy “a tax on the people who can least afford the crossing.” It still is.',
      'Lind: Then who pays for the winter timetable, if not the fishermen and the island traders?',
      'Berg: Nobody wants to answer that question on air, and that is the whole trouble with it.',
    ], [], { attitudes: true });
    expect(r.quotes.filter((q) => q.cue === 'called').map((q) => q.speaker)).toEqual(['Tom Berg']);
  });

  it('leaves labelled back matter alone: each label once, no one speaking twice', () => {
    const r = run([
      'Ada Lind and Tom Berg wrote the harbour study with Rosa Mendel.',
      'Tom Berg: Designed the survey of the night crossings and ran the counts at both piers.',
      'Ada Lind: Wrote the first draft of the study and checked every figure in its tables.',
      'Rosa Mendel: Collected the ferry logs for the winter months and the harbour records.',
    ]);
    expect(labelled(r)).toEqual([]);
  });

  it('leaves a single labelled paragraph, short headings and rosters alone', () => {
    expect(said(run([
      'Tom Berg spoke to the board about the levy.',
      'Berg: The levy keeps the night crossings alive through the whole winter.',
    ]))).not.toContain('Tom Berg | The levy keeps the night crossings alive through the whole winter.');
    // Section headings over a guide ("Lind: Hold the line.") are not speech.
    const guide = run([
      'What each skipper needs this weekend, from Ada Lind to Tom Berg.',
      'Lind: Hold the line.',
      'Lind leads the fleet by a wide margin and needs only a calm sea.',
      'Berg: Finish second.',
      'Berg trails by two boats after the first race of the season.',
    ]);
    expect(labelled(guide)).toEqual([]);
    // A roster under a state heading is a list of names, not a turn.
    const roster = run([
      'The panel this week included Ada Lind of Ohio and Tom Berg of Maine.',
      'Ohio: Ada Lind, Rosa Mendel, Oren Vale, Dana Pruitt, Marta Lind.',
      'Maine: Tom Berg, Amira Stone, Mara Jensen, Okafor Ude, Jan Hollis.',
      'Ohio and Maine sent the most panelists this year.',
    ]);
    expect(labelled(roster)).toEqual([]);
  });
});

describe('a transcript turn over several quoted paragraphs', () => {
  it('carries the turn over paragraphs that continue its open quotation, up to the next label', () => {
    const r = run([
      'On Sunday the senator spoke with Ann Morrow about the recount.',
      '“MORROW: Are you confident about the recount today?',
      '“CALDER: I am, after a long night of counting.',
      '“And the volunteers in every county did their work well.',
      '“(CROSSTALK.)',
      '“MORROW: Thank you for your time this morning, Senator.',
    ]);
    expect(labelled(r)).toContain('Calder | I am, after a long night of counting.\n\n“And the volunteers in every county did their work well.');
    expect(labelled(r).join('\n')).not.toContain('CROSSTALK');
  });

  it('does not carry a turn into a paragraph that does not open a quotation', () => {
    const r = run([
      'On Sunday the senator spoke with the host about the recount.',
      '“HOST: Are you confident about the recount today?',
      '“CALDER: I am, after a long night of counting.',
      'The count ended at dawn, officials said.',
    ]);
    expect(labelled(r)).toContain('Calder | I am, after a long night of counting.');
  });
});
