import { describe, expect, it } from 'vitest';
import { personEvidence } from '../../../src/core/sources/refiners/person-evidence';
import type { Mention } from '../../../src/core/sources/refiners/person-mentions';
import { run, said } from './run';

describe('"he" never stands for a place the article names like a person', () => {
  it('skips a town that "rejected" something ("in Vardby, …", "Vardby rejected …")', () => {
    const r = run([
      'Per Holm has fished off the coast since 1990.',
      'Farmers in Vardby, where the port sits, are angry. Vardby rejected the toll in May.',
      'He said the toll was unfair.',
    ], [], { attitudes: true });
    expect(said(r)).toContain('Per Holm | the toll was unfair');
  });
});

describe('personEvidence', () => {
  const mention = (name: string, extra: Partial<Mention> = {}): Mention => ({
    start: 0, end: name.length, name, block: 0, person: true, subject: false, titled: false, roleWords: '', apposedRole: '', ...extra,
  });

  it('reads a name used after "in" as a place unless the article shows a person behind it', () => {
    const text = 'He moved to Vardby. Life in Vardby, he said, is slow. Ola Vardby spoke in Lund.';
    const isPerson = personEvidence([mention('Vardby'), mention('Ola Vardby')], text);
    // ("Vardby" is also the surname of Ola Vardby, named in full.)
    expect(isPerson(['Vardby'])).toBe(true);
    expect(personEvidence([mention('Vardby')], text)(['Vardby'])).toBe(false);
    expect(personEvidence([mention('Lund', { titled: true })], 'Mr. Lund spoke in Lund.')(['Lund'])).toBe(true);
    expect(personEvidence([mention('Lund')], 'Lund spoke.')(['Lund'])).toBe(true);
  });

  it('keeps a person after "in" when the name runs on ("faith in Holm\'s plan", "in Holm Tower")', () => {
    expect(personEvidence([mention('Holm')], 'They have faith in Holm\u2019s plan, in Holm Tower.')(['Holm'])).toBe(true);
  });
});
