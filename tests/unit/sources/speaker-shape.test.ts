import { describe, expect, it } from 'vitest';
import { run } from './run';

// Speaker phrases that are no noun phrase of a speaker: a participle opening the sentence, a plural's
// verb read as the head (both read with positions, as the pipeline asks); and an initialism that keeps
// its last full stop.
describe('the shape of a speaker phrase', () => {
  it('reads no name in a past participle that opens the sentence', () => {
    const r = run(['The council met on Monday.', 'Chastened by the audits, as well as complaints over the program\'s costs, Mara Kell revised her plan, promising to cut fees for renters.'], [], { attitudes: true });
    expect(r.quotes.map((q) => q.speaker)).not.toContain('Chastened');
    expect(r.sources.map((s) => s.name)).not.toContain('Chastened');
  });

  it('keeps a given name that ends like a past form', () => {
    const r = run(['Mohammed Farouk said the port would reopen on Monday.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Mohammed Farouk']);
  });

  it('ends a plural description before the verb that follows it', () => {
    const r = run(['The council met on Monday.', 'Both mayors face questions about their spending, particularly after records surfaced showing an unpaid bill.'], [], { attitudes: true });
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Both mayors']);
  });

  it('names a body by its initialism with the last full stop', () => {
    const r = run(['The U.N. said the talks would resume in Geneva next week.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['U.N.']);
  });
});

describe('groups that share a head word', () => {
  it('keeps a counted group apart from "the other" group of the same word', () => {
    const r = run([
      'The other mayors said the levy was unfair to small towns.',
      'The five mayors also said they would meet again in May.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['other mayors', 'five mayors']);
  });
});
