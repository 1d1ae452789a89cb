import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"Microphones picked up Ann Lowe saying, “…”": the name perceived speaks', () => {
  it('reads the name after a phrasal verb of perception as the speaker', () => {
    const r = run(['Microphones picked up Ann Lowe saying to the mayor, “You look tired, friend.”']);
    expect(said(r)).toEqual(['Ann Lowe | You look tired, friend.']);
  });

  it('reads it after "recorded" too', () => {
    const r = run(['A phone recorded Per Vik saying, “Nobody leaves the pier tonight.”']);
    expect(said(r)).toEqual(['Per Vik | Nobody leaves the pier tonight.']);
  });
});
