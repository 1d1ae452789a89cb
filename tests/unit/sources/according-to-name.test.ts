import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"According to <post>, <Name>, …"', () => {
  it('reads the person named after the post as the source, with the post as role', () => {
    const r = run(['According to the harbour master\'s spokesman, Omar Haddad, the ferry was held back by fog.']);
    expect(said(r)).toEqual(['Omar Haddad | the ferry was held back by fog']);
    expect(r.sources.find((s) => s.name === 'Omar Haddad')?.role).toBe("harbour master's spokesman");
  });

  it('reads it at the end of the sentence too', () => {
    const r = run(['The road stayed closed overnight, according to a council spokeswoman, Ada Lund.']);
    expect(said(r)).toEqual(['Ada Lund | The road stayed closed overnight']);
  });

  it('leaves a name the content is about: after a group, or before an age', () => {
    const r = run([
      'According to police, Tom Varga, 45, was arrested at the scene.',
      'According to the officer, Tom Varga, 45, had been drinking.',
    ]);
    expect(said(r)).toEqual([
      'police | Tom Varga, 45, was arrested at the scene',
      'officer | Tom Varga, 45, had been drinking',
    ]);
  });

  it('leaves a name after a document', () => {
    const r = run(['According to an agency summary of its inquiry, Carla Mendes, a former aide, had kept the files.']);
    expect(r.quotes[0]?.speaker).not.toBe('Carla Mendes');
  });
});
