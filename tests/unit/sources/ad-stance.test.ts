import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('what a campaign ad says of its target', () => {
  it('reads the ad\'s verb of attack or praise as its stance', () => {
    const r = run([
      'The nearly 60-second ad slams Tom Berg for voting against the bridge.',
      'A second ad, which is airing on island radio, touts Ada Lind’s record on housing.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'nearly 60-second ad | slams | Tom Berg for voting against the bridge',
      'second ad | touts | Ada Lind’s record on housing',
    ]);
  });

  it('reads no attack where an ad only "hits" the airwaves, nor a verb with no ad before it', () => {
    const r = run([
      'The ad hit the airwaves on Monday night.',
      'The weather slams the harbour towns every winter.',
      'The campaign is launching two new radio ads targeting the island’s older voters.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('prints an ad\'s title in quotation marks as written', () => {
    const r = run(['The “Plain Facts” ad contrasts Lind’s record as mayor with Berg’s.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['“Plain Facts” ad | contrasts | Lind’s record as mayor with Berg’s']);
  });
});
