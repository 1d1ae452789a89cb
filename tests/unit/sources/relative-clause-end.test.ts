import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "Ada Lund, who wrote …, has died": a cue inside a relative clause on its subject; the content ends
// where the relative clause closes, before the main clause's verb.
describe('a content inside a relative clause on the subject', () => {
  it('ends at the comma before the main clause', () => {
    const r = run(['Ada Lund, who wrote columns such as “Harbour Days,” has died at the age of 90.']);
    expect(said(r)).toEqual(['Ada Lund | columns such as “Harbour Days']);
  });

  it('ends there when no "that" opens it', () => {
    const r = run(['Mayor Ada Lund, who warned residents about the storm last week, has asked for more sandbags.']);
    expect(said(r).find((l) => l.startsWith('Ada Lund | residents') || l.startsWith('Ada Lund | about'))).toMatch(/the storm last week$/);
  });

  it('ends at the comma before a main clause opened by a verb of saying or stance', () => {
    const found = said(run(['Mara Jensen, who said the ferry company misled the council in 2019, recounted the meeting on a local radio show.']));
    expect(found).toContain('Mara Jensen | the ferry company misled the council in 2019');
  });

  it('ends there after "that" once the content has its own verb', () => {
    const found = said(run(['Ben Roe, who estimates that his legal costs were "in the six figures," described the case as exhausting.'], [], { attitudes: true }));
    expect(found.some((l) => /\| his legal costs were "in the six figures$/.test(l))).toBe(true);
  });

  it('leaves a participle with its adjunct to the content', () => {
    const found = said(run(['Ada Lund, who argued that Ben Roe, appointed in May, would resign, spoke on Friday.']));
    expect(found.some((l) => l.startsWith('Ada Lund | Ben Roe, appointed in May, would resign'))).toBe(true);
  });

  it('leaves a clause after "that" whose own subject has an apposition', () => {
    const r = run(['Senator Ada Lund, who suggested that Ben Roe, a former judge, would lead the inquiry, spoke on Friday.']);
    expect(said(r)[0]).toMatch(/^Ada Lund \| Ben Roe, a former judge, would lead the inquiry/);
  });
});
