import { describe, expect, it } from 'vitest';
import { run } from './run';
import { isThingObject } from '../../../src/core/sources/thing-object';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('verbs of saying used as acts on a thing (thing-object.ts)', () => {
  it('reads no statement or position where the object is a thing put, written for a place, or withheld', () => {
    const paragraphs = [
      'Mara Jensen posted a photo of the new ferry on her campaign page.',
      'Tomas Eker added another committee seat to his long list of duties.',
      'Lena Voss wrote the foreword for a cookbook of island recipes.',
      'Senator Ruth Dahl denied Harald Moen a vote on the harbour bill.',
      'Vardmark has issued 240 fishing licences for the summer season.',
    ];
    expect(lines(run(paragraphs, [], ATTITUDES))).toEqual([]);
    expect(run(paragraphs).quotes).toEqual([]);
  });

  it('keeps the same verbs where what follows is said: a clause, a thing said, a thing pointed at ahead', () => {
    const r = run([
      'Mara Jensen posted the ferry would sail again on Monday.',
      'Tomas Eker added the island needs a second pier.',
      'Lena Voss wrote a letter to the harbour board about the fees.',
      'Mara Jensen posted the following message to her followers.',
      'Tomas Eker denied the claims about the ferry contract.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Mara Jensen | posted | the ferry would sail again on Monday',
      'Tomas Eker | added | the island needs a second pier',
      'Lena Voss | wrote | a letter to the harbour board about the fees',
      'Mara Jensen | posted | the following message to her followers',
      'Tomas Eker | denied | the claims about the ferry contract',
    ]);
  });

  it('tells each shape from its look-alikes', () => {
    // "add … to" a place, not "to" before a verb.
    expect(isThingObject('added', ' another seat to his duties.')).toBe(true);
    expect(isThingObject('added', ' the board plans to meet in June.')).toBe(false);
    // A person and then the thing withheld; not a day before what is denied.
    expect(isThingObject('denied', ' him a hearing.')).toBe(true);
    expect(isThingObject('denied', ' Friday any role in the deal.')).toBe(false);
    // Writing for a place, not writing about something.
    expect(isThingObject('wrote', ' a column for the weekly paper.')).toBe(true);
    expect(isThingObject('wrote', ' a column about the weekly paper.')).toBe(false);
    // A count of things handed out, not a count of things said.
    expect(isThingObject('issued', ' 240 fishing licences for the summer.')).toBe(true);
    expect(isThingObject('released', ' two prisoners on Friday.')).toBe(true);
    expect(isThingObject('issued', ' two statements on the ferry fees.')).toBe(false);
    expect(isThingObject('releases', ' two indicators of harbour traffic.')).toBe(false);
    expect(isThingObject('issued', ' three reports on the ferry fees.')).toBe(false);
    expect(isThingObject('issued', ' a warning about the storm.')).toBe(false);
    // Other verbs of saying are left alone.
    expect(isThingObject('said', ' a photo of the ferry.')).toBe(false);
  });
});
