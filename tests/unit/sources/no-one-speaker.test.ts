import { describe, expect, it } from 'vitest';
import type { SpeakerRef } from '../../../src/core/sources/model';
import { isNoOne } from '../../../src/core/sources/no-one-speaker';
import { run } from './run';

/** A descriptive speaker phrase as a parser builds it. */
const nominal = (text: string): SpeakerRef => {
  const words = text.split(' ');
  return { form: 'nominal', text, start: 0, end: text.length, name: null, owner: null, role: null, affiliation: null, kind: 'unknown' as SpeakerRef['kind'], head: words[words.length - 1]!.toLowerCase(), modifiers: [], definite: /^the\b/i.test(text) };
};
const named = (text: string): SpeakerRef => ({ ...nominal(text), form: 'name', name: text, head: null });

describe('speakers that are no one', () => {
  it('drops a stretch of time', () => {
    expect(isNoOne(nominal('the past three weeks'))).toBe(true);
    expect(isNoOne(nominal('many months'))).toBe(true);
    expect(isNoOne(nominal('Several decades'))).toBe(true);
  });

  it('drops a part of the text', () => {
    expect(isNoOne(nominal('the headline'))).toBe(true);
    expect(isNoOne(nominal('the second paragraph'))).toBe(true);
  });

  it('drops an object', () => {
    expect(isNoOne(nominal('reserved tickets'))).toBe(true);
    expect(isNoOne(nominal('all signs'))).toBe(true);
  });

  it('drops the things a slogan is printed on', () => {
    expect(isNoOne(nominal('The shirts'), true)).toBe(true);
    expect(isNoOne(nominal('a banner'), true)).toBe(true);
    expect(isNoOne(nominal('the poster'), true)).toBe(false);
    expect(run(['Lund sells shirts on her page. The shirts say “Free the pier.”']).sources.map((s) => s.name)).toEqual([]);
  });

  it('drops a clause read as a name', () => {
    expect(isNoOne(nominal("You don't notice the quiet harm done to the crews"))).toBe(true);
  });

  it('keeps a real speaker with a time in it', () => {
    expect(isNoOne(nominal('the Monday statement from the White House'))).toBe(false);
    expect(isNoOne(nominal('a ferry survey taken last week'))).toBe(false);
    expect(isNoOne(nominal('riders polled over two weeks'))).toBe(false);
  });

  it('keeps a body named like a thing', () => {
    expect(isNoOne(named('the Times'))).toBe(false);
    expect(isNoOne(named('Harbour Times'))).toBe(false);
    expect(isNoOne(named('Hours'))).toBe(false);
    expect(isNoOne(nominal('the ferry board'))).toBe(false);
  });

  it('keeps a pronoun and a phrase built on one', () => {
    expect(isNoOne({ ...nominal('they'), form: 'pronoun' })).toBe(false);
    expect(isNoOne(nominal('She and her aides'))).toBe(false);
  });

  it('gives no source to a time or an object before a cue', () => {
    const found = run([
      'The last three weeks have signaled that the ferry board wants a later sailing.',
      'Numbered tickets said the pier would open at nine, the harbour master said.',
    ], [], { attitudes: true }).sources.map((s) => s.name);
    expect(found.some((n) => /weeks|tickets/.test(n))).toBe(false);
    expect(found).toContain('harbour master');
  });

  it('keeps a paper named like a thing as a source', () => {
    const found = run(['The Vardby Times reported that the ferry would not sail until spring.']).sources.map((s) => s.name);
    expect(found.some((n) => /Times/.test(n))).toBe(true);
  });

  it('drops a subject the determiner "no" denies', () => {
    expect(isNoOne(nominal('No rebel faction'))).toBe(true);
    expect(isNoOne(nominal('no senior official'))).toBe(true);
    expect(isNoOne(nominal('No Veridian party'))).toBe(true);
  });

  it('keeps "no one", a number, a rank and a body named "No …"', () => {
    expect(isNoOne(nominal('No one'))).toBe(false);
    expect(isNoOne(nominal('No fewer than 20 senators'))).toBe(false);
    expect(isNoOne(nominal('No. 2 official'))).toBe(false);
    expect(isNoOne(named('No Borders Network'))).toBe(false);
  });

  it('gives no source to "No militant group claimed responsibility"', () => {
    const r = run(['No rebel faction immediately claimed responsibility for the blast, the harbour police said.', 'No one expects the ferry to sail before March.']);
    expect(r.sources.map((s) => s.name).some((n) => /faction/.test(n))).toBe(false);
    expect(r.sources.map((s) => s.name)).toContain('harbour police');
  });
});
