import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/core/sources/clause';
import { isPositionCue } from '../../../src/core/sources/position-cue';

const subjectOf = (sentence: string, cue: string) => {
  const at = sentence.indexOf(` ${cue}`) + 1;
  return subjectBefore(sentence, 0, at)?.speaker.text ?? null;
};

// After a subordinator, a described subject holds a position as it would say something.
describe('a described subject of a position cue after a subordinator', () => {
  it('reads the description after "as", "that", "when" before a finite position verb', () => {
    expect(subjectOf('The ferry ran late all week as the harbour board agreed to repair the ramp.', 'agreed'))
      .toBe('the harbour board');
    expect(subjectOf('You can be sure that the dock workers do not want another levy this year.', 'want'))
      .toBe('the dock workers');
    expect(subjectOf('The quay was crowded when the union criticized the new timetable.', 'criticized'))
      .toBe('the union');
  });

  it('leaves a description before a weighing verb, an attempt, an -ing form or a hypothetical', () => {
    expect(subjectOf('The ramp stayed shut while the district court considered the appeal.', 'considered')).toBeNull();
    expect(subjectOf('The ramp stayed shut while the harbour board is discussing repairs.', 'discussing')).toBeNull();
    expect(subjectOf('The ferry ran late all week as the harbour board tried to repair the ramp.', 'tried')).toBeNull();
    expect(subjectOf('The vote was pointless since the dock workers would refuse any deal.', 'refuse')).toBeNull();
  });

  it('knows which cue words are finite position verbs', () => {
    const at = (s: string) => isPositionCue(s, 0);
    expect(at('agreed to repair')).toBe(true);
    expect(at('sought to repair')).toBe(false);
    expect(at('criticized the plan')).toBe(true);
    expect(at('found that')).toBe(false);
    expect(at('discussing it')).toBe(false);
    expect(at('repaired the ramp')).toBe(false);
  });
});
