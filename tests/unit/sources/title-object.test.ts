import { describe, expect, it } from 'vitest';
import { isTitledObjectOfRole } from '../../../src/core/sources/title-object';
import { run } from './run';

const speakerOf = (sentence: string) => run([sentence]).quotes[0]?.speaker ?? null;

// A lower-case role, "for/to/of", then a titled name: the role's holder speaks, not the name
// (title-object.ts).
describe('a titled name after a role\'s preposition', () => {
  it('reads the words before the name', () => {
    expect(isTitledObjectOfRole(['spokesman', 'for', 'Mayor'])).toBe(true);
    expect(isTitledObjectOfRole(['chief', 'spokesperson', 'for', 'Vardish', 'President'])).toBe(true);
    expect(isTitledObjectOfRole(['aide', 'to', 'Sen.'])).toBe(true);
    expect(isTitledObjectOfRole(['Secretary', 'of', 'State'])).toBe(false);
    expect(isTitledObjectOfRole(['head', 'of', 'Harbour', 'Police'])).toBe(false);
    expect(isTitledObjectOfRole(['Harbour', 'Department', 'spokesman'])).toBe(false);
  });

  it('gives the statement to the spokesman, not to the mayor', () => {
    expect(speakerOf('A spokesman for Mayor Ola Vik said the pier would close.')).toMatch(/^spokesman for Mayor Ola Vik$/);
    expect(speakerOf('An aide to Vardish President Ola Vik said the talks had stalled.')).toMatch(/^aide to Vardish President Ola Vik$/);
  });

  it('keeps a title with its own "of" or "for" as the name\'s role', () => {
    expect(speakerOf('Secretary of State Ola Vik said the talks had stalled.')).toBe('Ola Vik');
    expect(speakerOf('Minister for Public Health Ola Vik said the clinic would open.')).toBe('Ola Vik');
  });
});
