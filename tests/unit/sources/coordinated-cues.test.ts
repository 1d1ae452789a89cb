import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('two verb phrases of one subject', () => {
  it('splits a stance and a call of the same subject into two positions', () => {
    const r = run(['Councillor Mara Jensen called the ferry timetable "a mess" and called for a new operator.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | the ferry timetable "a mess"', 'Mara Jensen | a new operator']);
  });

  it('reads a coordinated verb in the present, after a comma, as the subject\'s own', () => {
    const r = run(['The harbour board proposes doing away with the mooring fee, and plans to lower the price of day tickets.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('harbour board | doing away with the mooring fee');
    expect(found).toContain('harbour board | to lower the price of day tickets');
  });

  it('reads a perfect after "but" as a second statement, by the same speaker', () => {
    const r = run(['Senator Lea Moreau promised to bring the bill to a vote, but has said she needs more time to count support.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Lea Moreau | to bring the bill to a vote');
    expect(found).toContain('Lea Moreau | she needs more time to count support');
  });

  it('stops a cue read inside the first content at the conjunction too', () => {
    const r = run(['Councillor Mara Jensen declined to name the buyer but said, "It will all come out in the spring."'], [], ATTITUDES);
    const found = lines(r);
    expect(found.some((l) => l.includes('the buyer but'))).toBe(false);
    expect(found.some((l) => l.startsWith('Mara Jensen |') && l.includes('It will all come out in the spring'))).toBe(true);
  });

  it('leaves a verb in another form to the content (a base form after "would")', () => {
    const r = run(['Councillor Mara Jensen said the board would meet the owners and discuss the fares.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | the board would meet the owners and discuss the fares']);
  });

  it('leaves a stance verb after a clause of its own to that clause', () => {
    const r = run(['Councillor Mara Jensen said she was tired but still feared the vote would fail.'], [], ATTITUDES);
    expect(lines(r)).toContain('Mara Jensen | she was tired but still feared the vote would fail');
  });

  it('reads a passive participle with its agent as no second cue', () => {
    const r = run(['The mayor praised the new bridge plan and backed by the council, it moved ahead.'], [], ATTITUDES);
    expect(lines(r).some((l) => /\| the council/.test(l))).toBe(false);
  });

  it('splits two participle phrases of one subject into two positions', () => {
    const r = run(['Councillor Mara Jensen left the hearing early, noting that the ferry was late again and urging the board to find a new operator.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Mara Jensen | the ferry was late again');
    expect(found.some((l) => l.startsWith('Mara Jensen |') && /^Mara Jensen \| (?:the board )?to find a new operator/.test(l))).toBe(true);
  });

  it('leaves an -ing verb of a progressive clause to that clause', () => {
    const r = run(['The dock workers issued a statement, saying that crews were leaving the port and looking for work inland.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.includes('crews were leaving the port and looking for work inland'))).toBe(true);
  });

  it('reads a past verb after a clause under a modal as the cue\'s second verb', () => {
    const r = run(['Councillor Mara Jensen said the ferry service would end in March and called for a new operator.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Mara Jensen | the ferry service would end in March');
    expect(found).toContain('Mara Jensen | a new operator');
  });

  it('reads a negated verb after "but" as the subject\'s second position, its tense in the auxiliary', () => {
    const r = run(['Councillor Mara Jensen would warn riders not to trust the new timetable but did not name its authors.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Mara Jensen | riders not to trust the new timetable');
    expect(found).toContain('Mara Jensen | its authors');
  });

  it('reads a verb after an emphatic "did" as the subject\'s second statement ("did not name A but did note B")', () => {
    const r = run(['Councillor Mara Jensen did not name the ferry owners but did note that fares had doubled since spring.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Mara Jensen | the ferry owners');
    expect(found).toContain('Mara Jensen | fares had doubled since spring');
  });

  it('leaves an emphatic "does" of another tense to the content', () => {
    const r = run(['Councillor Mara Jensen said the board met the owners but does expect a long delay.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.endsWith('| a long delay'))).toBe(false);
  });

  it('leaves a negated verb of another tense to the content', () => {
    const r = run(['Councillor Mara Jensen said the board met the owners but does not expect a deal.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.endsWith('| a deal'))).toBe(false);
  });

  it('reads no past form in a capitalised name ("the United Nations") and splits after a one-word object', () => {
    const r = run([
      'Mayor Tom Okafor denounced the United Nations and rejected claims that the harbour would close.',
      'Councillor Mara Jensen chides Okafor and praises the harbour board for its patience.',
    ], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Tom Okafor | the United Nations');
    expect(found).toContain('Tom Okafor | claims that the harbour would close');
    expect(found).toContain('Mara Jensen | Okafor');
    expect(found).toContain('Mara Jensen | the harbour board for its patience');
  });

  it('reads an adjective in -ed after a determiner as no verb of the content', () => {
    const r = run(['Councillor Mara Jensen pointed to the revised timetable and dismissed the complaints of the ferry crews.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Mara Jensen | the revised timetable');
    expect(found).toContain('Mara Jensen | the complaints of the ferry crews');
  });
});
