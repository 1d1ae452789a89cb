import { describe, expect, it } from 'vitest';
import { run } from './run';

const speakers = (paragraphs: string[]) => run(paragraphs, [], { attitudes: true }).quotes.map((q) => q.speaker);

// The office after a named owner issued the document (owner-office.ts): the owner is the office
// with its country or body, not the country alone.
describe('a document named by an office after its owner', () => {
  it('reads "a report from Vardia’s auditor general"', () => {
    expect(speakers(['A report from Vardia’s auditor general found that the ministry had overspent.'])).toEqual(['Vardia’s auditor general report']);
  });

  it('reads a person\'s office without the possessive ("the Vardia auditor general")', () => {
    expect(speakers(['A review by the Vardia auditor general found that the ministry had overspent.'])).toEqual(['Vardia auditor general review']);
  });

  it('reads a body\'s office after the possessive ("Ostland\'s health ministry")', () => {
    expect(speakers(['A study from Ostland’s health ministry found that smoking fell.'])).toEqual(['Ostland’s health ministry study']);
  });

  it('leaves the name after a title to be the owner ("auditor general Ada Lund")', () => {
    expect(speakers(['A report by the Vardia auditor general Ada Lund found waste in the ministry.'])[0]).not.toMatch(/auditor general report/);
  });

  it('keeps the owner alone when no office follows', () => {
    expect(speakers(['A report from Vardia released on Monday found that the ministry had overspent.'])[0]).not.toMatch(/released/);
  });
});
