import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('a loosely read source with a relative clause after its head', () => {
  it('names the phrase before the relative clause, and a person in the clause stays no part of it', () => {
    const r = run([
      'The harbour is on track to meet its target, according to new modelling that minister Ada Lind will use to defend the plan.',
      'In a statement, the minister said the plan was working.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'new modelling | according to | The harbour is on track to meet its target',
      'Ada Lind | said | the plan was working',
    ]);
  });

  it('reads an agent noun the lexicon does not list as an unnamed person, no document', () => {
    const r = run(['The flaw is serious, according to a computer programmer who has released code that exploits it.'], [], ATTITUDES);
    expect(r.sources.map((s) => `${s.name} | ${s.kind}`)).toEqual(['computer programmer | anonymous']);
  });
});
