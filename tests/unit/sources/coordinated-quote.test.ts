import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a quotation coordinated after an indirect content', () => {
  it('ends the content before "— and “" and gives the quotation to the same speaker', () => {
    const r = run(['Ruiz said she backs the ferry plan — including the new pier the council approved last year — and “just because I voted against one motion does not mean I oppose the whole thing,” adding that the lease needs review.']);
    expect(said(r)).toEqual([
      'Ruiz | she backs the ferry plan — including the new pier the council approved last year',
      'Ruiz | just because I voted against one motion does not mean I oppose the whole thing',
      'Ruiz | the lease needs review',
    ]);
    const quoted = r.quotes.find((q) => q.text.startsWith('just because'));
    expect(quoted?.direct).toBe(true);
  });

  it('splits at ", and “" ending the sentence', () => {
    const r = run(['The harbour master said the ferries would keep running through the winter, and “we will not change the timetable for now.”']);
    expect(said(r)).toEqual([
      'harbour master | the ferries would keep running through the winter',
      'harbour master | we will not change the timetable for now.',
    ]);
  });

  it('keeps quoted fragments coordinated inside the clause', () => {
    const r = run(['Ruiz said the plan was costly and “simply unworkable” in its present form.']);
    expect(said(r)).toEqual(['Ruiz | the plan was costly and “simply unworkable” in its present form']);
  });

  it('keeps a quoted predicate that goes on with the reported clause (no change of person)', () => {
    const r = run(['The harbour master said the board was open to new routes and “committed to keeping every ferry running through the winter.”']);
    expect(said(r)).toEqual(['harbour master | the board was open to new routes and “committed to keeping every ferry running through the winter.”']);
  });

  it('keeps a quotation that words of the clause follow', () => {
    const r = run(['Ruiz said the ferry was late again, and “we have no boats left” was all the crew could tell her.']);
    expect(r.quotes.filter((q) => q.direct)).toEqual([]);
  });
});
