import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a definite description no one was given, for the named person being quoted (epithet.ts)', () => {
  const r = run([
    'Travel agent Ola Brant shared her tips for a cheaper cruise.',
    'Brant said: “Book in the spring, when the lines run their offers.”',
    'Sara Holm, who has sailed forty times, gave her own advice.',
    'Holm said: “Pick a ship that leaves from a port near you.”',
    'The cruise fan explained: “An odd number of nights is often cheaper.”',
    'The expert added: “Never pay for the drinks package up front.”',
  ]);

  it('gives the epithet’s words to the person quoted just before', () => {
    expect(said(r)).toContain('Sara Holm | An odd number of nights is often cheaper.');
    expect(said(r)).toContain('Sara Holm | Never pay for the drinks package up front.');
  });

  it('leaves a description of an unnamed source alone', () => {
    const s = run([
      'Holm said: “Pick a ship that leaves from a port near you.”',
      'The official said the port would close in May.',
    ]);
    const port = said(s).filter((line) => line.includes('port would close'));
    expect(port).toHaveLength(1);
    expect(port[0]).not.toContain('Holm');
  });
});

describe('descriptions that are no epithet (epithet.ts)', () => {
  const quoted = '“Pick a ship that leaves from a port near you,” said Sara Holm.';

  it('leaves a description with an owner, or one that singles out another, alone', () => {
    for (const line of ['The news was confirmed by the girl’s mother.', 'The first woman to sail it said the trip was rough.']) {
      const r = run([quoted, line]);
      expect(said(r).filter((l) => !l.includes('Pick a ship')).every((l) => !l.startsWith('Sara Holm'))).toBe(true);
    }
  });

  it('leaves a description the article introduced before without a name alone', () => {
    const r = run([quoted, 'Holm joined a sailing club. Its leader became her mentor.', 'The leader said the club had grown.']);
    expect(said(r).find((l) => l.includes('club had grown'))).not.toMatch(/^Sara Holm/);
  });
});
