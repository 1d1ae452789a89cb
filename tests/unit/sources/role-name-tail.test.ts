import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "…, who works … as Programme Officer, Mobilization and Outreach, says": the title runs on past its comma.
describe('a title after "as" that runs on past its comma', () => {
  it('leaves the relative clause\'s person the speaker', () => {
    const r = run(['Ms Ada Berg, who works with the Harbour Network as Programme Officer, Mobilization and Outreach, says lamps in towns cut theft.']);
    expect(said(r)).toEqual(['Ada Berg | lamps in towns cut theft']);
  });

  it('leaves a name set off as an aside after the cue', () => {
    const r = run(['Ms Ada Berg, who works with the Harbour Network as Programme Officer, Carl Dunn says, was the first to ask for lamps.']);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('Ada Berg');
  });
});
