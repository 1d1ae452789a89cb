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
