import { describe, expect, it } from 'vitest';
import { DATELINE } from '../../../src/core/sources/clause';
import { run, said } from './run';

// What opens a sentence before its subject (a dateline, a prepositional or participial phrase, a
// town and its state) names no speaker: the subject after it owns the cue.
describe('speakers after opening adverbials and datelines', () => {
  it('skips a dateline written as a name with the agency tag', () => {
    expect(said(run(['Brookfield (AFP) – Senator Mara Quill has attacked her rival\'s tax plan, saying that "reckless ideas" cost jobs.'])))
      .toEqual(['Mara Quill | "reckless ideas" cost jobs']);
  });

  it('skips a dateline with a state and a date', () => {
    expect(datelineOf('FERNDALE, Wash., Jan. 4 — Mara Quill said the mill would close.')).toBe('FERNDALE, Wash., Jan. 4 — ');
    expect(datelineOf('Mara Quill (Labor) — a long-time mayor — said so.')).toBeNull();
  });

  it('keeps the subject after a town and its state that close an opening phrase', () => {
    expect(said(run(['During a bus tour in Ferndale, Oregon, the retired judge promised to cut the ferry fares.'])))
      .toEqual(['retired judge | to cut the ferry fares']);
  });

  it('reads the person, not the state, before a relative clause that names a town and its state', () => {
    expect(said(run(['Tova Brenn, who lost her brother in a flood in Ferndale, Oregon, in May 2011, said the county had ignored the warnings.'])))
      .toEqual(['Tova Brenn | the county had ignored the warnings']);
  });

  it('still reads a person named after a phrase ending on a town', () => {
    expect(said(run(['Worried by the floods in Ferndale, Senator Olaf Brenn, the committee chair, said that he spoke with the mayor.'])))
      .toEqual(['Olaf Brenn | he spoke with the mayor']);
  });

  it('gives no description to a participle phrase or a preposition that opens the sentence', () => {
    expect(said(run(['Appearing on Channel Nine Tonight, the party leader said her rival "wrecked the budget" as treasurer.'])))
      .toEqual(['party leader | her rival "wrecked the budget" as treasurer']);
    expect(said(run(['Per his aides, the governor said the bridge would reopen.']))).toEqual(['governor | the bridge would reopen']);
    expect(said(run(['Among Brenn supporters, however, 61 percent said they had settled on a candidate.'])).some((s) => s.startsWith('Among'))).toBe(false);
  });

  it('does not split a number at its thousands separator', () => {
    expect(said(run(['Tova Brenn greeted 3,000 supporters at a noisy rally in Ferndale and told them that the port would reopen.'])))
      .toEqual(['Tova Brenn | the port would reopen']);
  });

  it('reads a person, not her state, before a relative clause: "Senator X of State, who …"', () => {
    expect(said(run(['The bill was drafted with former Representative Ola Quist of Oregon, who said the port must be audited.'])))
      .toEqual(['Ola Quist | the port must be audited']);
  });

  it('starts a new subject after a semicolon or a colon', () => {
    expect(said(run(['Two residents spoke against the dam, Ola Quist and Tova Brenn; the mayor said the dam would be built.'])))
      .toEqual(['mayor | the dam would be built']);
    expect(said(run(['The village had one candidate, Ola Quist: a local lawyer said she would win.'])))
      .toEqual(['local lawyer | she would win']);
  });
});

function datelineOf(text: string): string | null {
  return DATELINE.exec(text)?.[0] ?? null;
}
