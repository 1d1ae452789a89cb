import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { run, said } from './run';

const read = (phrase: string) => {
  const r = readSpeaker(phrase, 0, phrase.length);
  return r ? `${r.text} | ${r.head} | ${r.kind}` : null;
};

describe('a part of a group as the speaker', () => {
  it('reads the group after "of" as the head, no one person meant', () => {
    expect(read('Some of the island voters')).toBe('Some of the island voters | voters | anonymous');
    expect(read('Two of the council candidates')).toBe('Two of the council candidates | candidates | anonymous');
    expect(read('Many of them')).toBe('Many of them | many | anonymous');
  });

  it('reads "each" and "every" before a noun as one of a group', () => {
    expect(read('Each side')).toBe('Each side | side | other');
    expect(read('every candidate')).toBe('every candidate | candidate | anonymous');
  });

  it('takes no part of documents', () => {
    expect(read('One of the harbour surveys')).toBeNull();
    expect(read('None of the harbour surveys')).toBeNull();
  });

  it('reads "none of" and "neither of" as the group that denies', () => {
    expect(read('None of the island voters')).toBe('None of the island voters | voters | anonymous');
    expect(read('Neither of the harbour officials')).toBe('Neither of the harbour officials | officials | anonymous');
    const r = run(['None of the island voters we met thought the ferry levy was fair.', 'None of the harbour officials said the pier was safe.']);
    expect(said(r)).toContain('None of the harbour officials | the pier was safe');
    // (A bare "None" as a subject stands for the group named before it, as "Both" does: see
    // quantifier-subjects.test.ts.)
    expect(read('None')).toBe('None | none | anonymous');
  });

  it('keeps the group that did not apart from another group of the same people', () => {
    const r = run([
      'None of the harbour officials said the pier was safe.',
      'Later, retired harbour officials said the pier had been unsafe for years.',
    ]);
    expect(said(r)).toEqual(['None of the harbour officials | the pier was safe', 'retired harbour officials | the pier had been unsafe for years']);
    // (A group the sentence denies names no one to list: vague-holder.ts.)
    expect(r.sources.map((s) => s.name)).toEqual(['retired harbour officials']);
  });

  it('names the part in the fact sheet, its "one" kept', () => {
    const r = run([
      'The ferry line cut its winter timetable on Monday.',
      'One of the ferry riders said the cuts would strand the island for days.',
      'Some of the harbour pilots said the new boats were too big for the quay.',
    ]);
    expect(said(r)).toEqual([
      'One of the ferry riders | the cuts would strand the island for days',
      'Some of the harbour pilots | the new boats were too big for the quay',
    ]);
  });
});

describe('a word that singles the speaker out', () => {
  it('is no part of the phrase', () => {
    expect(read('Even the senator')).toBe('the senator | senator | person');
    expect(read('especially some skippers')).toBe('some skippers | skippers | other');
  });

  it('stays before a conjunction, which opens a clause', () => {
    expect(read('Even though skippers') ?? '').not.toMatch(/^though/);
  });
});

describe('a share of a group ("One in four voters") as the speaker', () => {
  it('keeps its "One": the source is named for the share, not from "in"', () => {
    const r = run(['One in four residents in a survey last month said the harbour roads were unsafe.']);
    expect(r.quotes.filter((q) => q.cue === 'said').map((q) => q.speaker)).toEqual(['One in four residents in a survey']);
  });

  it('still drops the "one" of a plain description ("one ferry captain")', () => {
    const r = run(['One ferry captain said the crossing was too rough.']);
    expect(r.quotes.filter((q) => q.cue === 'said').map((q) => q.speaker)).toEqual(['ferry captain']);
  });
});

describe('"those" with a clause or a phrase of its own as the speaker', () => {
  it('keeps its "those": the name opens with no "who" or "over"', () => {
    const r = run([
      'But those who back her rivals say the ferry levy is unfair.',
      'Those over 60 say the pier is unsafe.',
    ]);
    const speakers = r.quotes.filter((q) => q.cue === 'say').map((q) => q.speaker);
    expect(speakers).toContain('those who back her rivals');
    expect(speakers).toContain('Those over 60');
  });

  it('still drops the "those" before a noun ("those officials")', () => {
    const r = run(['Those harbour officials said the crossing was too rough.']);
    expect(r.quotes.filter((q) => q.cue === 'said').map((q) => q.speaker)).toEqual(['harbour officials']);
  });
});

describe('a share of the group a pronoun stands for as the speaker', () => {
  it('keeps "most of them", "several of us", "three-fourths of them" as the share that speaks', () => {
    const r = run([
      'The cannery laid off its last packers in May.',
      'Most of them said they had liked the night shifts.',
      'Several of us think the quay should stay open.',
      'As many as three-fourths of them tell pollsters the levy is too high.',
    ], [], { attitudes: true });
    const speakers = r.quotes.map((q) => q.speaker);
    expect(speakers).toContain('Most of them');
    expect(speakers).toContain('Several of us');
    expect(speakers.some((s) => /three-fourths of them/.test(s ?? ''))).toBe(true);
  });

  it('still drops a phrase a pronoun heads ("they and their crews")', () => {
    const r = run(['The skippers met on Friday.', 'Later, they and their crews voted to strike.'], [], { attitudes: true });
    expect(r.quotes.map((q) => q.speaker)).not.toContain('they and their crews');
  });
});
