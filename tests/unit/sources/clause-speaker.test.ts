import { describe, expect, it } from 'vitest';
import { clauseSubject } from '../../../src/core/sources/clause-speaker';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';

/** The clause subject of `phrase` in `text`, before the participle cue `cue` that follows it. */
function subjectOf(text: string, phrase: string, cue: string): string | null {
  const start = text.indexOf(phrase);
  const ref = readSpeaker(text, start, start + phrase.length);
  if (!ref) throw new Error(`no reading of ${phrase}`);
  return clauseSubject(ref, text, cue, text.indexOf(cue, start + phrase.length))?.text ?? null;
}

describe('a clause read as the speaker of a participle cue', () => {
  it('gives the speaker to the subject of "released a statement saying"', () => {
    const text = 'The harbor board released a statement saying the ferry would run again in May.';
    expect(subjectOf(text, 'harbor board released a statement', 'saying')).toBe('harbor board');
  });

  it('steps over a time phrase between the subject and its verb', () => {
    const text = 'The Tenants Union on Thursday issued a letter asking for a rent freeze.';
    expect(subjectOf(text, 'Tenants Union on Thursday issued a letter', 'asking')).toMatch(/^(?:The )?Tenants Union$/);
  });

  it('reads "did not answer" as a verb of the subject', () => {
    const text = 'The office of Mayor Lena Brandt did not answer several calls seeking comment.';
    expect(subjectOf(text, 'office of Mayor Lena Brandt did not answer several calls', 'seeking')).toContain('Lena Brandt');
  });

  it('leaves a reduced relative: "the report released Friday"', () => {
    const text = 'A report released Friday by the council showing rents rising was debated.';
    expect(subjectOf(text, 'report released Friday by the council', 'showing')).toBeNull();
  });

  it('leaves a relative clause\u2019s verb: "officials who issued the order"', () => {
    const text = 'Officials who issued the order saying the beach was closed later relented.';
    expect(subjectOf(text, 'Officials who issued the order', 'saying')).toBeNull();
  });

  it('leaves a finite cue: only a participle hangs on the object', () => {
    const text = 'The harbor board released a statement said to be final.';
    expect(subjectOf(text, 'harbor board released a statement', 'said')).toBeNull();
  });
});
