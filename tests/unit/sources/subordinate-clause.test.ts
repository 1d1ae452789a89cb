import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/core/sources/clause';
import { isSubordinateClause } from '../../../src/core/sources/subordinate-clause';
import { run } from './run';

const subject = (sentence: string, cue: string) => subjectBefore(sentence, 0, sentence.indexOf(cue))?.speaker;

// A subordinate clause with a verb of its own, before the main clause's comma, describes no one:
// the description after the comma is the main clause's subject.
describe('a description after an opening subordinate clause', () => {
  it('is the subject, not an apposition of the clause\'s subject', () => {
    const s = subject('When the family sailed back to Bergen, the captain refused to sign the new contract.', 'refused');
    expect(s?.text).toBe('the captain');
  });

  it('holds after "because" and an auxiliary in the clause', () => {
    const s = subject('Because local voters had complained for months, the landlord promised a new roof.', 'promised');
    expect(s?.text).toBe('the landlord');
  });

  it('still lets a description describe a name that the subordinator governs alone', () => {
    // (No verb of its own before the comma: "while Rob Ruiz, the former minister, opined".)
    const s = subject('The crowd listened while Tomas Brede, the former harbour master, argued the fee was unfair.', 'argued');
    expect(s?.text).toContain('Tomas Brede');
  });

  it('leaves a name before its apposition alone', () => {
    const s = subject('Tomas Brede, the former harbour master, argued the fee was unfair.', 'argued');
    expect(s?.text).toContain('Tomas Brede');
  });
});

describe('isSubordinateClause', () => {
  const seg = (text: string) => ({ start: 0, end: text.length });
  it('needs a subordinator and words after the subject', () => {
    const text = 'When the crew sailed back';
    expect(isSubordinateClause(text, seg(text), 'When the crew'.length)).toBe(true);
  });

  it('is false for a name alone after the subordinator or no subordinator', () => {
    const alone = 'When Tomas Brede';
    expect(isSubordinateClause(alone, seg(alone), alone.length)).toBe(false);
    const main = 'The crew sailed back';
    expect(isSubordinateClause(main, seg(main), 'The crew'.length)).toBe(false);
  });
});

describe('through the whole pipeline', () => {
  it('credits the main clause\'s description with the refusal, not the clause\'s subject', () => {
    const r = run(['When the family moved back to Bergen, the mother refused to teach him Norwegian.'], [], { attitudes: true });
    expect(r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`)).toEqual(['mother | refused | to teach him Norwegian']);
  });
});
