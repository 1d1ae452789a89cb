import { describe, expect, it } from 'vitest';
import { isCoordinatedNonVerb } from '../../../src/core/sources/coordinator-content';
import { run, said } from './run';

describe('a content that opens with a coordinator', () => {
  it('is no content when a noun phrase, a pronoun or an adverb follows the coordinator', () => {
    expect(isCoordinatedNonVerb('and an out-of-court settlement was reached')).toBe(true);
    expect(isCoordinatedNonVerb('but he also has admitted the error')).toBe(true);
    expect(isCoordinatedNonVerb('and funeral')).toBe(true);
    expect(isCoordinatedNonVerb('and reasonably priced')).toBe(true);
  });

  it('stays a content when a second verb follows it', () => {
    expect(isCoordinatedNonVerb('and insulted the committee in two interviews')).toBe(false);
    expect(isCoordinatedNonVerb('or disagrees with the new limits')).toBe(false);
    expect(isCoordinatedNonVerb('and has campaigned for her rival')).toBe(false);
    expect(isCoordinatedNonVerb('and told the crowd the plan was dead')).toBe(false);
  });

  it('leaves a name, a quotation and a content without a coordinator alone', () => {
    expect(isCoordinatedNonVerb('and Courier newspaper that he voted early')).toBe(false);
    expect(isCoordinatedNonVerb('and "The Late Show," the plan stayed')).toBe(false);
    expect(isCoordinatedNonVerb('the bridge will open in May')).toBe(false);
  });

  it('drops such a content from the sheet, but keeps the second half of a split quotation', () => {
    const r = run([
      'The harbour board denied the claim but it also has admitted two late payments.',
      '“The ferry will run on Friday,” Ada Lund said, “and we expect no delays.”',
    ]);
    expect(said(r).some((l) => l.includes('| but it also'))).toBe(false);
    expect(said(r)).toContain('Ada Lund | and we expect no delays.');
  });
});
