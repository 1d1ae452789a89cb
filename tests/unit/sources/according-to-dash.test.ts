import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"according to" with a dash or an author after "by"', () => {
  it('ends the source phrase at a dash: what follows is the writer’s remark', () => {
    const r = run(['Some 59 percent of island voters oppose the new pier, according to a poll by the Vardby Courier - nearly the same share as in May.']);
    expect(said(r)).toEqual(['Vardby Courier | Some 59 percent of island voters oppose the new pier']);
  });

  it('resumes the statement after an aside that a dash opened', () => {
    const r = run(['Most islanders - 63 percent in 2024, according to the harbour board survey - still want the ferry kept.']);
    expect(said(r)).toEqual(['harbour board survey | Most islanders - 63 percent in 2024 still want the ferry kept']);
  });

  it('keeps the author of a count or a poll "by" a named body', () => {
    const r = run(['The mayor now has at least 723 votes, according to a count by The Island Gazette.']);
    expect(said(r)).toEqual(['Island Gazette | The mayor now has at least 723 votes']);
  });
});
