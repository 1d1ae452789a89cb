import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"they" resolved to a plural of people written in lower case', () => {
  it('gives "they" to the plural subject of the sentence before, not to the person named last', () => {
    const r = run([
      'Ada Lund chairs the ferry board.',
      'Disgruntled island farmers gathered outside her office on Monday. They said the fee had to go.',
    ]);
    expect(said(r)).toContain('Disgruntled island farmers | the fee had to go');
  });

  it('gives it to the plural subject of its own sentence', () => {
    const r = run(['Ada Lund chairs the ferry board.', 'Campaign aides were upbeat in Vardby as they said the vote was won.']);
    expect(said(r).some((s) => /aides \| the vote was won/.test(s))).toBe(true);
  });

  it('reads two plurals joined by "and" as one group', () => {
    const r = run(['Ada Lund chairs the ferry board.', 'The directors and advisers met on Friday. They said the merger would go ahead.']);
    expect(said(r)).toContain('directors and advisers | the merger would go ahead');
  });

  it('takes the main subject of the sentence before, not one of the clause it reports', () => {
    const r = run(['Ada Lund chairs the ferry board.', 'Former officials said investigators were under pressure. Act now, they said, and you risk the vote.']);
    expect(said(r).some((s) => s.startsWith('investigators |'))).toBe(false);
  });

  it('takes no plural of a clause a subordinator leads', () => {
    const r = run(['Ada Lund chairs the ferry board.', 'Until voters go to the polls, they said, the fee stays.']);
    expect(said(r).some((s) => s.startsWith('voters |'))).toBe(false);
  });
});

describe('"they" resolved to two persons named together', () => {
  it('gives "they" to the pair the sentence before opens with, each by the fullest name', () => {
    const r = run(['Ann Roe chairs the ferry board.', 'Ms. Roe and Tom Lund met on Friday in Vardby. They said the fee had to go.']);
    expect(said(r)).toContain('Ann Roe and Tom Lund | the fee had to go');
  });

  it('gives it to a pair in its own sentence', () => {
    const r = run(['Pia Holm spoke first.', 'Later Tom Lund and Pia Holm walked out as they argued the plan was dead.']);
    expect(said(r)).toContain('Tom Lund and Pia Holm | the plan was dead');
  });
});

describe('the plural subject in more shapes', () => {
  it('reads a plural capitalised only because it opens the sentence, not a surname of that shape', () => {
    const r = run(['Tom Lund chairs the board, and his aides keep the books.', 'Aides met in Vardby on Friday. They said the plan was dead.']);
    expect(said(r).some((s) => /^aides \| the plan was dead/i.test(s))).toBe(true);
    const surname = run(['Ann Sanders chairs the board.', 'Sanders met voters in Vardby on Friday. They said the plan was dead.']);
    expect(said(surname).some((s) => /^Sanders \|/.test(s))).toBe(false);
  });

  it('reads a plural whose verb comes after a phrase that describes it', () => {
    const r = run(['Ann Roe leads the ferry union.', 'Many organizers from both crews walked out on Monday. They said the fee was unfair.']);
    expect(said(r)).toContain('organizers | the fee was unfair');
  });
});
