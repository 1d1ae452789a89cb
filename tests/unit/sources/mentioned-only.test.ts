import { describe, expect, it } from 'vitest';
import { isMentionedOnly } from '../../../src/core/sources/refiners/mentioned-only';
import { run, said } from './run';

/** isMentionedOnly for the last occurrence of `name` in `text`. */
function only(text: string, name: string): boolean {
  const start = text.lastIndexOf(name);
  return isMentionedOnly(text, start, start + name.length);
}

describe('a person only mentioned: a preposition’s object, a possessive, a question’s topic', () => {
  it('reads the object of a preposition, alone or joined to another name', () => {
    expect(only('The glance she gave when I asked about Tom Reyes said enough.', 'Tom Reyes')).toBe(true);
    expect(only('She came third, behind Ann Roe and Per Holm.', 'Per Holm')).toBe(true);
    expect(only('She came third, behind Ann Roe, Ed Lark and Per Holm.', 'Per Holm')).toBe(true);
  });

  it('reads a possessive and the subject of a question put to someone', () => {
    expect(only('Had she read Ed Lark’s memoir?', 'Ed Lark')).toBe(true);
    expect(only('I ask her whether Tom Reyes can hold the club together.', 'Tom Reyes')).toBe(true);
  });

  it('does not read a subject or a direct object', () => {
    expect(only('After the vote, Tom Reyes left the hall.', 'Tom Reyes')).toBe(false);
    expect(only('The club hired Ann Roe and Per Holm in May.', 'Per Holm')).toBe(false);
    expect(only('The board thanked Per Holm.', 'Per Holm')).toBe(false);
  });
});

describe('“she said” with no speaker quoted nearby', () => {
  it('goes back to the person the paragraph is about, not to one only mentioned in it', () => {
    const r = run([
      'Over tea in her studio in the old mill, beside the potter Mara Vos, I ask whether Tom Reyes can still hold the club together.',
      'The glance she gives me when I dare to ask about Reyes is the one she gave me ten years ago when I asked her if she had read the memoir by Ada Lind. “Why would I waste an evening on that?” she said, laughing.',
    ]);
    expect(said(r)).toContain('Mara Vos | Why would I waste an evening on that?');
  });

  it('keeps a person the pronoun’s own paragraph goes on about, with no “she” before the name', () => {
    const r = run([
      'The harbour board met on Monday to weigh the plan.',
      'Few on the board are sure of Ada Lind. “I will not back down on the wall,” she said after the vote.',
    ]);
    expect(said(r)).toContain('Ada Lind | I will not back down on the wall');
  });

  it('still takes the only person named, even as an object, when there is no other', () => {
    const r = run([
      'The harbour has been closed since a storm in March damaged the wall built by Ada Lind.',
      '“We have not had an answer,” she said.',
    ]);
    expect(said(r)).toContain('Ada Lind | We have not had an answer');
  });
});
