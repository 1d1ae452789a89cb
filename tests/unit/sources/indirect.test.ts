import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('indirect attribution', () => {
  it('captures the content of "X said that …" and "X confirmed that …"', () => {
    const r = run([
      'The Port Ellis Harbour Board confirmed on Tuesday that two cranes had failed inspection.',
      'Mayor Ruth Okafor said that the repairs would be paid from the reserve fund.',
    ]);
    expect(said(r)).toEqual([
      'Port Ellis Harbour Board | two cranes had failed inspection',
      'Ruth Okafor | the repairs would be paid from the reserve fund',
    ]);
    expect(r.quotes.every((q) => q.indirect && !q.direct)).toBe(true);
    expect(r.sources.map((s) => s.kind)).toEqual(['organization', 'person']);
    expect(r.sources[1]!.role).toBe('Mayor');
  });

  it('keeps a relative clause on the cue\'s object in the content ("criticized the levy that was passed …")', () => {
    const r = run([
      'The Lowland Institute found nothing in the accounts that had not been published before.',
      'Councillor Ines Varga criticized the ferry levy that was passed by the previous board.',
      'Okafor said on Tuesday that the levy was fair.',
    ], [], { attitudes: true });
    expect(said(r)).toEqual([
      'Lowland Institute | nothing in the accounts that had not been published before',
      'Ines Varga | the ferry levy that was passed by the previous board',
      'Okafor | the levy was fair',
    ]);
  });

  it('reads "X said" without "that", and "X estimated …"', () => {
    const r = run(['Okafor said the city would borrow nothing.', 'The Lowland Institute estimated the repairs at four million dollars.']);
    expect(said(r)).toEqual([
      'Okafor | the city would borrow nothing',
      'Lowland Institute | the repairs at four million dollars',
    ]);
  });

  it('reads "According to X, …", "…, according to X" and the mid-sentence form', () => {
    const r = run([
      'According to the Coastal Authority, the harbour will reopen in April.',
      'Freight volumes fell by a third last year, according to port records.',
      'The dredging, according to Okafor, will take two summers.',
    ]);
    expect(said(r)).toEqual([
      'Coastal Authority | the harbour will reopen in April',
      'port records | Freight volumes fell by a third last year',
      'Okafor | The dredging will take two summers',
    ]);
    expect(r.quotes.map((q) => q.cue)).toEqual(['according to', 'according to', 'according to']);
  });

  it('reads the attribution after the content: "…, X said."', () => {
    const r = run(['SEAPORT – The ferry fleet has lost a fifth of its crews since spring, a union official said.', 'Two boats will stay in dock until June, Okafor told reporters on Friday.']);
    expect(said(r)).toEqual([
      'union official | The ferry fleet has lost a fifth of its crews since spring',
      'Okafor | Two boats will stay in dock until June',
    ]);
    expect(r.sources[0]!.kind).toBe('anonymous');
  });

  it('reads a belief stated around its holder: "The tariff, Okafor believes, …", "…, Okafor thinks."', () => {
    const r = run(['The new tariff, Ada Okafor believes, will empty the harbour by winter.', 'Two boats will stay in dock until June, Tomas Berg thinks.']);
    expect(said(r)).toEqual([
      'Ada Okafor | The new tariff will empty the harbour by winter',
      'Tomas Berg | Two boats will stay in dock until June',
    ]);
    // "as expected" is no belief of anyone's; a base form needs a subject it agrees with.
    expect(said(run(['The ferry left late, as the skippers expected.', 'The boats stayed in dock, Tomas Berg hope.']))).toEqual([]);
  });

  it('reads a participle that carries on an attribution: "…,” X said, adding that …"', () => {
    const r = run(['“We were warned twice,” Okafor said, adding that the board had ignored both warnings.']);
    expect(said(r)).toEqual(['Okafor | We were warned twice', 'Okafor | the board had ignored both warnings']);
  });

  it('credits a document to its author: "a report by X found", "data from X show"', () => {
    const r = run([
      'A report by the Lowland Institute found that the sea wall was built too low.',
      'Data from the Coastal Authority show that flooding doubled in a decade.',
    ]);
    expect(said(r)).toEqual([
      'Lowland Institute | the sea wall was built too low',
      'Coastal Authority | flooding doubled in a decade',
    ]);
    expect(r.sources.map((s) => s.kind)).toEqual(['organization', 'organization']);
  });

  it('reads a finding without "that" when a document is the subject', () => {
    const r = run(['Figures from the Harbour Board show freight fell by a third.', 'A new survey shows most residents back the repairs.']);
    expect(said(r)).toEqual([
      'Harbour Board | freight fell by a third',
      'new survey | most residents back the repairs',
    ]);
    expect(r.sources.map((s) => s.kind)).toEqual(['organization', 'document']);
  });

  it('reads reporting verbs across tenses and adverbs', () => {
    const r = run(['Okafor has repeatedly warned that the budget cannot cover a second storm.', 'The board later denied that any inspection had been skipped.']);
    expect(said(r)).toEqual([
      'Okafor | the budget cannot cover a second storm',
      'board | any inspection had been skipped',
    ]);
  });
});
