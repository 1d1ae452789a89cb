import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };
const HEAD = ['headline', 'Harbour Master Looks Back on Twenty Winters.'] as const;

// An interview printed without "Q:"/"A:" labels: the writer's question, then the answer in quotation
// marks with no cue (interviewer-turn.ts).
describe('an answer after the writer\'s question', () => {
  it('is the words of the person last heard speaking', () => {
    const r = run([
      [...HEAD],
      '"The ferry never stopped, not once," says Mara Jensen.',
      'Will the new timetable last?',
      '"It will last as long as the boats do."',
    ], [], ATTITUDES);
    expect(said(r)).toEqual([
      'Mara Jensen | The ferry never stopped, not once',
      'Mara Jensen | It will last as long as the boats do.',
    ]);
  });

  it('skips a caption line between the question and the answer', () => {
    const r = run([
      [...HEAD],
      '"The ferry never stopped, not once," says Mara Jensen.',
      'Would she do it all again?',
      'The harbour at dawn',
      '"Every single winter of it."',
    ], [], ATTITUDES);
    expect(said(r)).toContain('Mara Jensen | Every single winter of it.');
  });

  it('follows the writer\'s own line to the interviewee', () => {
    const r = run([
      [...HEAD],
      '"The ferry never stopped, not once," says Mara Jensen.',
      'But you closed the pier in March, I say.',
      '"Only for a week, and only for repairs."',
    ], [], ATTITUDES);
    expect(said(r)).toContain('Mara Jensen | Only for a week, and only for repairs.');
  });

  it('gives nobody a quotation after a long paragraph that wonders aloud', () => {
    const r = run([
      [...HEAD],
      '"The ferry never stopped, not once," says Mara Jensen.',
      'The council has spent four years and a great deal of money on studies of the harbour, on consultants and on a new pier design that nobody on the islands has yet seen, so what exactly has it bought?',
      '"Progress is slow."',
    ], [], ATTITUDES);
    expect(said(r)).not.toContain('Mara Jensen | Progress is slow.');
  });
});

describe('a paragraph of quotation after a caption line', () => {
  it('goes on with the voice of the quotation before the caption', () => {
    const r = run([
      [...HEAD],
      '"The ferry never stopped, not once," says Mara Jensen. "We sailed through every storm of that winter.',
      'Mara Jensen on the pier at dawn',
      '"Not in the storms of the first winter either."',
    ], [], ATTITUDES);
    expect(said(r)).toContain('Mara Jensen | Not in the storms of the first winter either.');
  });
});

// "He is blunter about the budget. “…”" (subject-before-quotation.ts).
describe('a quotation after a sentence about one person', () => {
  it('is that person\'s, by pronoun', () => {
    const r = run([
      [...HEAD],
      '"The ferry never stopped, not once," says Mara Jensen.',
      'She is blunter about the budget. "We cannot keep every route open."',
    ], [], ATTITUDES);
    expect(said(r)).toContain('Mara Jensen | We cannot keep every route open.');
  });

  it('is that person\'s, by a name heard speaking before', () => {
    const r = run([
      [...HEAD],
      '"The ferry never stopped, not once," says Mara Jensen.',
      'The council wants a second pier. Jensen is unmoved.',
      '"One pier is plenty for an island of four hundred people."',
    ], [], ATTITUDES);
    expect(said(r)).toContain('Mara Jensen | One pier is plenty for an island of four hundred people.');
  });

  it('is nobody\'s after a sentence that only tells what the person thinks', () => {
    const r = run([
      [...HEAD],
      '"The ferry never stopped, not once," says Mara Jensen.',
      'Jensen hopes the council will listen. "The pier has been broken for a year."',
    ], [], ATTITUDES);
    expect(said(r)).not.toContain('Mara Jensen | The pier has been broken for a year.');
  });

  it('is nobody\'s after a sentence about a thing', () => {
    const r = run([
      [...HEAD],
      '"The ferry never stopped, not once," says Mara Jensen.',
      'The timetable is printed on the harbour wall. "Boats leave on the hour."',
    ], [], ATTITUDES);
    expect(said(r)).not.toContain('Mara Jensen | Boats leave on the hour.');
  });
});

// "“…,” she shrugs." (comma-handover.ts).
describe('a quotation closing on a comma before a person and a verb', () => {
  it('is that person\'s, whatever the verb', () => {
    const r = run([
      [...HEAD],
      '"We stay until the last boat," Mara Jensen shrugs. "Somebody has to keep the lights on for them."',
    ], [], ATTITUDES);
    expect(said(r)).toEqual([
      'Mara Jensen | We stay until the last boat',
      'Mara Jensen | Somebody has to keep the lights on for them.',
    ]);
  });

  it('is that person\'s in the inverted order, before an apposition', () => {
    const r = run([
      [...HEAD],
      '"The winters are getting milder every year," remarks Mara Jensen, the harbour master.',
    ], [], ATTITUDES);
    expect(said(r)).toEqual(['Mara Jensen | The winters are getting milder every year']);
  });

  it('is nobody\'s when a thing follows', () => {
    const r = run([
      [...HEAD],
      '"Last boat at nine," the old ferry hooted.',
    ], [], ATTITUDES);
    expect(said(r)).toEqual([]);
  });
});
