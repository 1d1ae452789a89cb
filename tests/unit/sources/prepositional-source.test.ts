import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('sources in a prepositional phrase (attitude reading)', () => {
  it('reads a survey that opens or closes the sentence, and "To X, …"', () => {
    const r = run([
      'In a Skerry Post poll last month, Okafor had a ten-point lead.',
      'Berg trailed by eight points in a Nordland Radio poll released Sunday.',
      'To Mara Jensen, the harbour board, the tariff was a betrayal of the islands.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Skerry Post poll | in | Okafor had a ten-point lead',
      'Nordland Radio poll | in | Berg trailed by eight points',
      'Mara Jensen | to | the tariff was a betrayal of the islands',
    ]);
  });

  it('leaves out voting and the fact sheet', () => {
    expect(run(['Islanders head to the polls in May, and turnout is expected to be high.'], [], ATTITUDES).quotes).toEqual([]);
    expect(run(['In a Skerry Post poll last month, Okafor had a ten-point lead.']).quotes).toEqual([]);
  });

  it('leaves a closing survey to a sentence whose statement has a speaker of its own', () => {
    const r = run(['Seven in 10 say the ferry is reliable, after half said so in the earlier Skerry Post poll.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('Skerry Post poll'))).toBe(false);
    expect(lines(r)[0]).toMatch(/^Seven in 10 \| say \| the ferry is reliable/);
  });

  it('reads a clause before a conjunction as content, not as an apposition, and leaves a time', () => {
    const r = run([
      "For Norway, the strait offers rich fishing grounds, but Oslo's larger plans depend on the ferry.",
      'For many months, the harbour board prided itself on its thrift.',
    ], [], ATTITUDES);
    expect(lines(r).filter((l) => / \| to \| /.test(l))).toEqual([
      "Norway | to | the strait offers rich fishing grounds, but Oslo's larger plans depend on the ferry",
    ]);
  });

  it('leaves "For X, 38% of voters …": a share answers about X, not in X\'s view', () => {
    const r = run(['For Tove Berg, 38% of likely voters would be worried if she won the harbour seat.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('Tove Berg | to |'))).toBe(false);
  });

  it('leaves a survey word that heads no survey phrase: after a preposition, or polls that close', () => {
    const r = run([
      'The last vote comes on June 9, when islanders in the Skerry district head to the polls.',
      'Berg raised two million kroner in the day after polls closed in the north.',
      'Okafor leads Berg by six points in the average of state polls.',
    ], [], ATTITUDES);
    expect(lines(r).filter((l) => / \| in \| /.test(l))).toEqual([
      'average of state polls | in | Okafor leads Berg by six points',
    ]);
  });
});

describe('holders after an opening "To"/"For" that are not names', () => {
  it('reads a quantified plural group and a pronoun after "To"', () => {
    const r = run([
      'For many island voters, the new bridge is a waste of money.',
      'For most Liberals today, the old harbour plan remains the better choice.',
      "For other students of the law, it's a step too far in favour of the landlords.",
      'Mara Jensen has run the ferry for a decade. To her, the new bridge is a costly mistake.',
      'To many, Okafor is the only honest candidate left.',
    ], [], ATTITUDES);
    expect(lines(r).filter((l) => / \| to \| /.test(l))).toEqual([
      'many island voters | to | the new bridge is a waste of money',
      'most Liberals | to | the old harbour plan remains the better choice',
      "other students of the law | to | it's a step too far in favour of the landlords",
      'Mara Jensen | to | the new bridge is a costly mistake',
      'many | to | Okafor is the only honest candidate left',
    ]);
    const them = run(['The island fishermen said on Monday that the ferry was late again. To them, the tariff is a betrayal of the islands.'], [], ATTITUDES);
    expect(lines(them).filter((l) => / \| to \| /.test(l))).toEqual(['island fishermen | to | the tariff is a betrayal of the islands']);
  });

  it('leaves times, causes, set phrases and "For them" (whom it befalls)', () => {
    const r = run([
      'The island fishermen met Okafor on Monday. For them, life has become a long wait for the ferry.',
      'For many long years, the harbour board prided itself on its thrift.',
      'For some other reasons, the vote was put off until June.',
      'To her surprise, the board voted against the new tariff.',
      'To date, the board has met twice on the bridge plan.',
    ], [], ATTITUDES);
    expect(lines(r).filter((l) => / \| to \| /.test(l))).toEqual([]);
  });

  it('leaves an opening study to a clause whose subject speaks for itself', () => {
    const study = lines(run(['In the study, researchers from Vardby University found that sleeping longer led to better grades.'], [], ATTITUDES));
    expect(study.some((l) => l.startsWith('study |'))).toBe(false);
    expect(study).toContain('researchers from Vardby University | found | sleeping longer led to better grades');
    const report = lines(run(['In a report, the paper claimed that the leaks included names of witnesses.'], [], ATTITUDES));
    expect(report).toEqual(['paper | claimed | the leaks included names of witnesses']);
  });

  it('keeps the survey when those it asked answer ("38 percent of voters said", "most islanders said")', () => {
    expect(lines(run(['In a new Skerry Post poll, 38 percent of voters said the mayor should resign.'], [], ATTITUDES))[0])
      .toBe('Skerry Post poll | in | 38 percent of voters said the mayor should resign');
    expect(lines(run(['In a new Skerry Post poll, most islanders said the mayor should resign.'], [], ATTITUDES))[0])
      .toBe('Skerry Post poll | in | most islanders said the mayor should resign');
    expect(lines(run(['In a new Skerry Post poll, two of three islanders disapproved of the tolls.'], [], ATTITUDES))[0])
      .toBe('Skerry Post poll | in | two of three islanders disapproved of the tolls');
  });

  it('keeps the study whose clause has no speaker of its own', () => {
    expect(lines(run(['In the study, people with high blood pressure also did worse on tests of memory.'], [], ATTITUDES)))
      .toEqual(['study | in | people with high blood pressure also did worse on tests of memory']);
  });
});
