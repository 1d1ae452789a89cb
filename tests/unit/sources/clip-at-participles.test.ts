import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('a content ends before a participle cue of the same subject', () => {
  it('stops a stance at the comma before "calling"', () => {
    const r = run(['Councillor Ada Brinkley weighed in on the complaints about the harbour board, calling the delays a scandal.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Ada Brinkley | the complaints about the harbour board');
    expect(found.some((l) => l.startsWith('Ada Brinkley |') && l.includes('the delays'))).toBe(true);
    expect(found.some((l) => l.includes('board, calling'))).toBe(false);
  });

  it('stops an infinitive position at the comma before "insisting that"', () => {
    const r = run(['The ferry operator refused to lower the winter fares, insisting that fuel costs had doubled.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('ferry operator | to lower the winter fares');
    expect(found).toContain('ferry operator | fuel costs had doubled');
  });

  it('drops what is left when it is only a prepositional phrase', () => {
    const r = run(['The ferry operator confessed to the overbooking, admitting that staff had sold too many tickets.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['ferry operator | staff had sold too many tickets']);
  });

  it('leaves a participle without a cue of its own in the content', () => {
    const r = run(['Councillor Ada Brinkley said the storm had closed the port, leaving dozens of boats stranded.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Ada Brinkley | the storm had closed the port, leaving dozens of boats stranded']);
  });

  it('stops a content before a naming participle that frames a quotation, which goes to the opening subject', () => {
    const r = run(['Ada Brinkley also attacked the harbour master, with whom she clashed at Monday\'s meeting over the fees, calling him a “loser.”'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Ada Brinkley | the harbour master, with whom she clashed at Monday\'s meeting over the fees');
    expect(found).toContain('Ada Brinkley | him a “loser.”');
    expect(found.some((l) => l.includes('fees, calling'))).toBe(false);
  });
});

describe('an infinitive content is no clause of its own', () => {
  it('stops "looking to do …" at the comma before "hoping that"', () => {
    const found = lines(run(['The harbour board is looking to do much the same, hoping that it can win back the island commuters.'], [], ATTITUDES));
    expect(found).toContain('harbour board | do much the same');
    expect(found.some((l) => l.includes('same, hoping'))).toBe(false);
  });
});
