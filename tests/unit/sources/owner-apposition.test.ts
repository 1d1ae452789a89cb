import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/core/sources/clause';
import { run, said } from './run';

const subject = (sentence: string, cue: string) => subjectBefore(sentence, 0, sentence.indexOf(cue))?.speaker;

// A document's owner after "by" or "from", then a description between commas: the description is
// the owner's, and the owner speaks through the document (owner-apposition.ts).
describe('a described owner of a document', () => {
  it('reads the owner after "from" as the subject past its description', () => {
    const s = subject('A 2024 survey from Tidemark, a harbour software firm, finds that most docks run late.', 'finds');
    expect(s?.name).toBe('Tidemark');
  });

  it('reads the owner after a participle\'s "by"', () => {
    const r = run(['A study published by the Lantern Trust, a charity in Vardby, found that ferry fares doubled.']);
    expect(said(r)).toEqual(['Lantern Trust | ferry fares doubled']);
  });

  it('leaves a name after another preposition an object, with no description of its own', () => {
    expect(subject('The pier in Dover, a town of 3,000 people, said nothing.', 'said')).toBeUndefined();
  });
});
