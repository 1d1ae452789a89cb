import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.cueKind ?? 'statement'} | ${q.text}`);

// A verb inside a statement, as an infinitive or after a modal, is part of what the speaker says,
// not a second position of hers; a clause there (a question, a tensed verb) is kept.
describe('positions nested in the same speaker\'s statement', () => {
  it('drops a modal\'s complement read again as a position', () => {
    const r = run(['Mayor Ana Ruiz said she would support the new ferry plan.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Ana Ruiz | said | statement | she would support the new ferry plan']);
  });

  it('drops an infinitive read again as a position', () => {
    const r = run(['Mayor Ana Ruiz said the board plans to publish its survey in July.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Ana Ruiz | said | statement | the board plans to publish its survey in July']);
  });

  it('keeps a nested position whose content is a clause', () => {
    const r = run(['Mayor Ana Ruiz said the council wanted to know how the islanders would vote.'], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ana Ruiz | said | statement | the council wanted to know how the islanders would vote',
      'Ana Ruiz | know | attitude | how the islanders would vote',
    ]);
  });

  it('keeps a position of its own beside a statement', () => {
    const r = run(['Mayor Ana Ruiz criticized the ferry plan. She said the council would vote in May.'], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ana Ruiz | criticized | attitude | the ferry plan',
      'Ana Ruiz | said | statement | the council would vote in May',
    ]);
  });
});

describe('positions nested in another attribution', () => {
  it('drops an infinitive inside the statement, whoever it was read for', () => {
    const r = run(['Harbour officials said the council wants to discuss the ferry budget in May.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Harbour officials | said | statement | the council wants to discuss the ferry budget in May']);
  });

  it('keeps a verb of saying there, a telling of its own', () => {
    const r = run(['Jon Reyes, a ferry captain, said islanders expected the mayor to explain the budget.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.includes('| explain | attitude | the budget'))).toBe(true);
  });
});
