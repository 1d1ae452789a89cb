import { describe, expect, it } from 'vitest';
import { possessedWordsOwner } from '../../../src/core/sources/refiners/possessed-words';
import type { SpeakerRef } from '../../../src/core/sources/model';
import { run } from './run';

const nominal = (text: string, start = 0): SpeakerRef => ({
  form: 'nominal', text, start, end: start + text.length, name: null, owner: null, role: null, affiliation: null,
  kind: 'other', head: null, modifiers: [], definite: true,
});

// Words or work a pronoun owns are its person's: the owner speaks.
describe('words a pronoun owns', () => {
  it('re-reads owned words, and owned work marked "own", as the pronoun', () => {
    expect(possessedWordsOwner(nominal('Her own research', 10))).toMatchObject({ form: 'pronoun', head: 'she', text: 'Her', start: 10, end: 13 });
    expect(possessedWordsOwner(nominal('his recent remarks'))).toMatchObject({ form: 'pronoun', head: 'he', kind: 'person' });
    expect(possessedWordsOwner(nominal('their own survey'))).toMatchObject({ form: 'pronoun', head: 'they', kind: 'other' });
  });

  it('keeps records about someone, and a work without "own"', () => {
    expect(possessedWordsOwner(nominal('her bank records'))).toBeNull();
    expect(possessedWordsOwner(nominal('his book'))).toBeNull();
    expect(possessedWordsOwner(nominal('her own lawyers'))).toBeNull();
    expect(possessedWordsOwner(nominal('the comments'))).toBeNull();
  });

  it('credits the owner, not a source named "own research"', () => {
    const r = run([
      'Many young parents leave work, said Dana Kirby, a sociologist at the harbour college.',
      'Her own research shows that most such families earn little.',
    ]);
    expect(r.sources.map((s) => s.name)).toEqual(['Dana Kirby']);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toContain('Dana Kirby | most such families earn little');
  });
});
