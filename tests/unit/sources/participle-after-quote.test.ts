import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a participle after a quotation introduced by a colon', () => {
  it('gives the quotation to the subject before the colon, not to the clause after "adding that"', () => {
    const r = run(['In a statement, the Harbour Board said: “The ferry line was a success when it was spun off,” adding that its traffic doubled in a year.']);
    expect(said(r)).toContain('Harbour Board | The ferry line was a success when it was spun off');
    expect(r.sources.map((s) => s.name)).not.toContain('its traffic doubled');
  });
});

describe('a participle after a quotation that closes on its own comma', () => {
  it('ends the statement before it and starts one of its own, for the same speaker', () => {
    const r = run(['Ruiz suggested on Monday that the city would “do everything needed to keep the ferry running,” stressing that the council had reached no decision.']);
    expect(said(r)).toEqual([
      'Ruiz | the city would “do everything needed to keep the ferry running,”',
      'Ruiz | the council had reached no decision',
    ]);
  });

  it('keeps a reported quotation whole when the direct-quote parser leaves it to its clause', () => {
    const r = run(['The mayor, Ana Ruiz, told reporters that “there are no plans to close the terminal,” adding that the council would review the lease.']);
    expect(said(r)).toEqual([
      'Ana Ruiz | “there are no plans to close the terminal,”',
      'Ana Ruiz | the council would review the lease',
    ]);
  });

  it('does not cut at a quotation that closes without a comma', () => {
    const r = run(['Ruiz said the plan was “a good start” noting nothing else.']);
    expect(said(r)).toEqual(['Ruiz | the plan was “a good start” noting nothing else']);
  });
});
