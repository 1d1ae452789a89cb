import { describe, expect, it } from 'vitest';
import { run } from './run';
import { isOccupationBeforeName } from '../../../src/core/sources/occupation-title';

const sourceOf = (r: ReturnType<typeof run>, name: string) => r.sources.find((s) => s.name === name);
const speakerOf = (r: ReturnType<typeof run>, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker;

/** The test on the first word of `text`, with the capitalised words after it as the name. */
function opensOnOccupation(text: string): boolean {
  const first = /^\S+/.exec(text)![0];
  const words = text.slice(first.length).trim().split(/\s+/);
  const rest = words.slice(0, Math.max(0, words.findIndex((w) => !/^\p{Lu}/u.test(w))));
  return isOccupationBeforeName(text, 0, first.length, rest);
}

describe('an occupation that opens a sentence before a name', () => {
  it('is the role, not a given name ("Climber Ada Lund posted …")', () => {
    const r = run([
      'Hundreds of climbers queued below the summit on Wednesday.',
      'Climber Ada Lund posted a photograph of the line. "Nobody could move for two hours," she said.',
    ]);
    expect(sourceOf(r, 'Ada Lund')?.role).toBe('Climber');
    expect(sourceOf(r, 'Climber Ada Lund')).toBeUndefined();
    expect(speakerOf(r, 'Nobody could move')).toBe('Ada Lund');
  });

  it('reads a listed person\'s noun and a "-man" noun the same way', () => {
    const r = run([
      'Author Mirela Kovac said the festival had lost its sponsors.',
      'Businessman Tomasz Wrona said he would pay for the stage himself.',
    ]);
    expect(speakerOf(r, 'lost its sponsors')).toBe('Mirela Kovac');
    expect(speakerOf(r, 'pay for the stage')).toBe('Tomasz Wrona');
  });

  it('keeps a name that only looks like an agent noun ("Walker Hayes Brandt")', () => {
    // (The page never writes "walker" in lower case: a given name, not an occupation.)
    expect(opensOnOccupation('Walker Hayes Brandt said the vote was close.')).toBe(false);
  });

  it('needs a name of two words after it', () => {
    expect(opensOnOccupation('Actor Brandt said the vote was close. The actor left early.')).toBe(false);
  });

  it('keeps an occupation the page capitalises inside sentences (a title it gives)', () => {
    const text = 'Ranger Ola Sund said the trail was shut. We spoke to Ranger Sund later. The rangers agreed.';
    expect(opensOnOccupation(text)).toBe(false);
  });

  it('does not take a word in the middle of a sentence', () => {
    const text = 'The film stars Actor Ola Sund and Ada Lund. The actor is new.';
    const at = text.indexOf('Actor');
    expect(isOccupationBeforeName(text, at, at + 5, ['Ola', 'Sund'])).toBe(false);
  });
});
