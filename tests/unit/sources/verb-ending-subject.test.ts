import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (paragraphs: string[]) => run(paragraphs, [], ATTITUDES).quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// "Okafor turns attacks on …": a subject read through the verb of its own clause ("Okafor turns")
// gives the verb back to the cue; the words before it are the subject, and a thing among them
// ("the harbour law bars attacks on …") holds no view.
describe('a subject that ran on through its own verb', () => {
  it('gives the verb to the cue and keeps the name', () => {
    const out = lines(['Okafor turns attacks on the harbour board.']);
    expect(out, out.join('; ')).toEqual(['Okafor | turns attacks | on the harbour board']);
  });

  it('reads no view for a thing and its verb', () => {
    const out = lines([
      'The harbour law bars attacks on ferry crews.',
      'The ferry timetable sharpens attacks on the council.',
      // (No subject is left without the verb: "Harbour law" reads as nothing.)
      'Harbour law bars attacks on ferry crews.',
    ]);
    expect(out, out.join('; ')).toEqual([]);
  });

  it('keeps a plural head whose verb agrees with it', () => {
    const out = lines([
      'Harbour pilots criticize the new levy.',
      'The pilots union criticizes the levy.',
    ]);
    expect(out, out.join('; ')).toEqual([
      'Harbour pilots | criticize | the new levy',
      'pilots union | criticizes | the levy',
    ]);
  });
});
