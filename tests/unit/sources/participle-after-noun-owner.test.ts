import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// The owner of a noun cue in a preposition's phrase that opens the sentence ("In response to Lund's
// proposal to …,") is no subject of the main clause a participle hangs on.
describe('a participle after an opening phrase with a noun cue', () => {
  it('does not take the noun\'s owner as its speaker', () => {
    const r = run(['In response to Per Lund\'s proposal to close the ferry quay for a year, the mayor\'s deputy rallied the dock workers, saying: “We have to be ready to stop him.”'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('Per Lund | saying'))).toBe(false);
  });

  it('keeps the owner of a noun in the main clause, which is most often its subject', () => {
    const r = run(['Ada Roe runs the harbour board.', 'Yet she did not limit her attacks to the levy, also calling on the council to reject the new tolls.'], [], ATTITUDES);
    expect(lines(r).some((l) => /^Ada Roe \| calling/.test(l))).toBe(true);
  });
});
