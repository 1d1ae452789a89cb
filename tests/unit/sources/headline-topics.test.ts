import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('headline labels that name a topic, not a speaker', () => {
  const body = 'Two boats sank on Monday night near the pier, the harbour master said.';

  it('does not take a place before the colon for a speaker ("Harbour Point: …")', () => {
    const r = run([['headline', 'Harbour Point: Two more boats sink near the pier'], body, 'Harbour Point has been busy since May.']);
    expect(r.sources.map((s) => s.name)).toEqual(['harbour master']);
  });

  it('still reads a label whose name speaks in the story', () => {
    const r = run([['headline', 'Calder: Ferry will reopen on Friday'], 'The ferry will run again, the mayor, Ruth Calder, told the council.']);
    expect(said(r)[0]).toBe('Ruth Calder | Ferry will reopen on Friday');
  });

  it('still reads a label that is a person by a given name, or whose words are quoted', () => {
    expect(said(run([['headline', 'Ruth Calder: Ferry will reopen on Friday'], body, 'Ruth Calder chairs the harbour board.']))[0])
      .toBe('Ruth Calder | Ferry will reopen on Friday');
    expect(said(run([['headline', 'Harbour Board: “We will reopen the ferry”'], body, 'The Harbour Board meets on Fridays.']))[0])
      .toBe('Harbour Board | We will reopen the ferry');
  });

  it('does not take a person the body never makes a subject for the speaker ("Ruth Calder: Club cancels match after …")', () => {
    const r = run([['headline', 'Ruth Calder: Harbour club cancels match after death of player'],
      'Saturday’s match has been cancelled after the death of Wolves player Ruth Calder.', 'The Wolves confirmed on Sunday the player had died.']);
    expect(r.sources.map((s) => s.name)).not.toContain('Ruth Calder');
  });
});

describe('headline labels that name a body', () => {
  it('reads an outlet or a body before the colon as the speaker ("Vardby Post:")', () => {
    const r = run([['headline', 'Vardby Post: Ferry fares will double next year'], 'The harbour board meets in May.']);
    expect(said(r)[0]).toBe('Vardby Post | Ferry fares will double next year');
  });
});
