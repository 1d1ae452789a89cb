import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"X was quoted as saying": a saying relayed by the outlet that quoted it', () => {
  it('gives the clause after "saying" to the passive subject', () => {
    expect(said(run(['Pia Lund was quoted as saying the ferry board had ignored the islanders.']))).toEqual(['Pia Lund | the ferry board had ignored the islanders']);
    // (As the pipeline reads, positions too.)
    expect(said(run(['Tor Vik was quoted by the Harbour Gazette as saying that the offer was an insult.'], [], { attitudes: true }))).toEqual(['Tor Vik | the offer was an insult']);
  });

  it('gives a quotation before it and a statement closing the sentence to the same subject', () => {
    expect(said(run(['“We will sail on Friday,” Vik is quoted as saying.']))).toEqual(['Vik | We will sail on Friday']);
    const r = run(['The ferry will not run before spring, the island council was quoted as saying late Thursday by a local radio station.']);
    expect(said(r)).toContain('island council | The ferry will not run before spring');
  });

  it('leaves "cited as" a thing\'s description', () => {
    expect(said(run(['The ferry report was cited as evidence that the timetable had failed.']))).toEqual([]);
  });
});
