import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('the shape of a speaker\'s name', () => {
  it('drops a headline\'s describing words run into a name the article also gives alone', () => {
    const r = run([
      'Veteran Skipper Tomas Brandt Endorses Mara Jensen.',
      'Tomas Brandt, the veteran skipper who has fished the bay since 1980, has endorsed Mara Jensen for mayor.',
      '"She will fight for the harbour," Brandt wrote to members.',
    ], [], { attitudes: true });
    expect(said(r)).toContain('Tomas Brandt | She will fight for the harbour');
    expect(r.sources.map((s) => s.name)).toEqual(['Tomas Brandt']);
  });

  it('keeps a leading word the article never writes in lower case ("Rosa Lind Brandt")', () => {
    const r = run([
      'Rosa Lind Brandt Endorses Mara Jensen.',
      'Lind Brandt, who has fished the bay since 1980, has endorsed Mara Jensen for mayor.',
      '"She will fight for the harbour," Rosa Lind Brandt wrote to members.',
    ], [], { attitudes: true });
    expect(said(r)).toContain('Rosa Lind Brandt | She will fight for the harbour');
  });
});
