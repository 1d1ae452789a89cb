import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

// bare-joint-subject.ts: a verb of saying after a comma-less "and"/"but" has its own subject when
// the first half is proven a whole clause, by a statement running over the conjunction (proof 1) or
// by a plain clause with a finite "be"/"have" of its own (proof 2).
describe('two statements joined by "and" or "but" without a comma (proof 1)', () => {
  it('reads the second subject after a bare "but" and ends the first content before it', () => {
    const r = run(['The water board said its engineers had found no leak in the main but the fire chief said the pressure kept falling.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('water board | its engineers had found no leak in the main');
    expect(found.some((l) => l.endsWith('fire chief | the pressure kept falling'))).toBe(true);
  });

  it('keeps a share of respondents after a bare "and" as a speaker of its own', () => {
    const r = run(['One in five tenants said the landlord never answers their calls and one in three said repairs took months.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('One in five tenants | the landlord never answers their calls');
    expect(found).toContain('one in three | repairs took months');
  });

  it('reads the subject after a later conjunction when the phrase after the first reads as no one', () => {
    const r = run(['The ministry said the captain had told the pilot that the ship was damaged but was sound and the coast guard said it was towing her to port.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.endsWith('coast guard | it was towing her to port'))).toBe(true);
  });

  it('leaves two names joined by "and" alone: a list, no second clause', () => {
    const r = run(['The ferry operator said Ruiz and Lee said nothing at the hearing.'], [], ATTITUDES);
    const found = lines(r);
    expect(found.some((l) => l.startsWith('Lee |'))).toBe(false);
    expect(found.some((l) => l.startsWith('ferry operator |') && l.includes('Ruiz and Lee said nothing'))).toBe(true);
  });

  it('needs a statement to run over the conjunction: a sentence that opens with the list is untouched', () => {
    const r = run(['Bakers and grocers said the new market hours would hurt them.'], [], ATTITUDES);
    expect(lines(r)).toContain('Bakers and grocers | the new market hours would hurt them');
  });

  it('leaves a content framed by a preposition whole: the survey is the source of both clauses', () => {
    const r = run(['In the harbour survey, most islanders voiced doubts about the new pier and a large share said the ferry was too slow.'], [], ATTITUDES);
    const found = lines(r);
    expect(found.some((l) => l.startsWith('large share |'))).toBe(false);
    expect(found.some((l) => l.startsWith('harbour survey |') && l.endsWith('a large share said the ferry was too slow'))).toBe(true);
  });
});

describe('a statement in a second clause after a plain clause joined by a bare "and" (proof 2)', () => {
  it('reads the subject after the conjunction', () => {
    const found = said(run(['Tarn Press is an imprint of Harbour Books and a Harbour spokeswoman said no date had been set for the launch.']));
    expect(found).toContain('Harbour spokeswoman | no date had been set for the launch');
  });

  it('reads it after a passive first clause', () => {
    const found = said(run(['The ferry was held in port overnight and the harbour master said the storm had damaged its hull.']));
    expect(found).toContain('harbour master | the storm had damaged its hull');
  });

  it('reads it past an adverb before the verb', () => {
    const found = said(run(['The ferry was held in port overnight and the harbour master also said the storm had damaged its hull.']));
    expect(found).toContain('harbour master | the storm had damaged its hull');
  });

  it('leaves two subjects of one verb alone', () => {
    const found = said(run(['Ada Lund and a spokeswoman said no date had been set.']));
    expect(found.some((s) => s.startsWith('spokeswoman |'))).toBe(false);
  });

  it('does not split "both X and Y say" into a clause', () => {
    const found = said(run(['Fares are rising across the islands as both Tarn Ferries and Vardby Lines say fuel costs have doubled.']));
    expect(found.some((s) => s.startsWith('Vardby Lines |'))).toBe(false);
  });
});
