import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a fronted "according to" with no comma after its source', () => {
  it('ends the source at a name followed by a clause’s subject', () => {
    const r = run(['According to Tove the quietest time to visit the pier is usually in April, when the ferry runs daily.']);
    expect(said(r)).toEqual(['Tove | the quietest time to visit the pier is usually in April, when the ferry runs daily']);
    const pronoun = run(['According to Ada Lind it will take two summers to rebuild the old pier.']);
    expect(said(pronoun)).toEqual(['Ada Lind | it will take two summers to rebuild the old pier']);
  });

  it('leaves a possessive, a lower-case phrase and a comma as they read', () => {
    expect(said(run(['According to Harbour Watch, the pier is unsafe for children.']))).toEqual(['Harbour Watch | the pier is unsafe for children']);
    expect(said(run(['According to Tove Arnesen’s survey the pier is unsafe for children.'])).some((l) => l.startsWith('Tove Arnesen |'))).toBe(false);
    expect(said(run(['The pier is unsafe for children, according to Tove Arnesen.']))).toEqual(['Tove Arnesen | The pier is unsafe for children']);
  });
});
