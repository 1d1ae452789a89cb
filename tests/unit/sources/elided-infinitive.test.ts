import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "… any school they wanted to, or …", "wanted to, but could not": a "to" whose verb is left out
// carries no content of the cue (what was wanted is told before it, or not at all).
describe('a cue with an elided infinitive', () => {
  const ATTITUDES = { attitudes: true };
  it('reads no content after "wanted to," (the attitude reader)', () => {
    expect(said(run(['Ruth Okafor wanted to, but she could not.'], [], ATTITUDES))).toEqual([]);
  });

  it('nor after a subject that is no named speaker (the any-verb reader)', () => {
    expect(said(run(['Ruth Okafor said the town was free. Families chose any school they wanted to, or they stayed home.'], [], ATTITUDES))).toEqual([
      'Ruth Okafor | the town was free',
    ]);
  });

  it('still reads an infinitive with its verb', () => {
    expect(said(run(['Councillor Mara Jensen wanted to close the ferry office.'], [], ATTITUDES))).toEqual([
      'Mara Jensen | to close the ferry office',
    ]);
  });
});
