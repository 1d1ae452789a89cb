import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a participle after a quotation introduced by a colon', () => {
  it('gives the quotation to the subject before the colon, not to the clause after "adding that"', () => {
    const r = run(['In a statement, the Harbour Board said: “The ferry line was a success when it was spun off,” adding that its traffic doubled in a year.']);
    expect(said(r)).toContain('Harbour Board | The ferry line was a success when it was spun off');
    expect(r.sources.map((s) => s.name)).not.toContain('its traffic doubled');
  });
});
