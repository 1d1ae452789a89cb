import { describe, expect, it } from 'vitest';
import { run } from './run';
import { headsBody, namesBody } from '../../../src/core/sources/refiners/body-head';

const speakerOf = (r: ReturnType<typeof run>, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker;

// Paragraphs that name the person by surname only, so that the title stands far back.
const between = [
  'Mr Lind has held the seat since 2010.',
  'The fair draws farmers from across the state.',
  'Its cattle show was cancelled last year.',
  'Mr Lind toured the stalls with his staff.',
  'Prices for feed have risen sharply.',
  'Mr Lind left before the parade.',
];

describe('a description naming a body and its head', () => {
  it('reads "the DHA chief" as the person titled at the head of that body', () => {
    const r = run([
      'Acting Department of Harbour Affairs Secretary Ilona Varga told the committee on Monday that the dredging was on time.',
      'Varga has run the department since March.',
      'The DHA chief acknowledged that two contracts had been signed late.',
    ]);
    expect(speakerOf(r, 'signed late')).toBe('Ilona Varga');
  });

  it('reads "the Tarn senator" as the senator the article titled with that place long before', () => {
    const r = run([
      'Tarn Sen. Oskar Lind opened the fair on Saturday.',
      ...between,
      'The Tarn senator said the farm bill would pass.',
    ]);
    expect(speakerOf(r, 'farm bill')).toBe('Oskar Lind');
  });

  it('does not read a description of another place as that senator', () => {
    const r = run([
      'Tarn Sen. Oskar Lind opened the fair on Saturday.',
      ...between,
      'The Ohio senator said the farm bill would pass.',
    ]);
    expect(speakerOf(r, 'farm bill')).not.toBe('Oskar Lind');
  });

  it('leaves the description when no one was given a title of that body', () => {
    const r = run([
      'Acting Department of Harbour Affairs Secretary Ilona Varga told the committee on Monday that the dredging was on time.',
      'Varga has run the department since March.',
      'The FRA chief acknowledged that two contracts had been signed late.',
    ]);
    expect(speakerOf(r, 'signed late')).not.toBe('Ilona Varga');
  });

  it('tests the body by a word or by initials written in capitals', () => {
    expect(namesBody('department harbour affairs secretary', 'DHA')).toBe(true);
    expect(namesBody('department harbour affairs secretary', 'Harbour')).toBe(true);
    expect(namesBody('department harbour affairs secretary', 'dha')).toBe(false);
    expect(namesBody('tarn sen', 'Ohio')).toBe(false);
    expect(headsBody('chief', 'department harbour affairs secretary')).toBe(true);
    expect(headsBody('chief', 'harbour pilot')).toBe(false);
    expect(headsBody('pilot', 'harbour pilot')).toBe(false);
  });
});
