import { describe, expect, it } from 'vitest';
import { isStrayWordContent } from '../../../src/core/sources/stray-word-content';
import { run, said } from './run';

// What a source said or holds is a clause, a noun phrase, an infinitive or a gerund; a lone particle
// or adverb, or a preposition with one bare word, is what a reader left when it took the wrong word
// for its cue's object.
const ATTITUDES = { attitudes: true };

describe('a content that is only a particle, an adverb, or a preposition and one word', () => {
  it('is no statement or position', () => {
    expect(isStrayWordContent('back')).toBe(true);
    expect(isStrayWordContent('too.')).toBe(true);
    expect(isStrayWordContent('before')).toBe(true);
    expect(isStrayWordContent('as well')).toBe(true);
    expect(isStrayWordContent('out Halvorsen')).toBe(true);
    expect(isStrayWordContent('with scorn')).toBe(true);
    expect(isStrayWordContent('for long')).toBe(true);
    expect(isStrayWordContent('until now')).toBe(true);
  });

  it('keeps infinitives, descriptions, names, gerunds, words that open a sentence and longer contents', () => {
    expect(isStrayWordContent('to comment')).toBe(false);
    expect(isStrayWordContent('as Basque')).toBe(false);
    expect(isStrayWordContent('about Halvorsen')).toBe(false);
    expect(isStrayWordContent('with Halvorsen')).toBe(false);
    expect(isStrayWordContent('with him')).toBe(false);
    expect(isStrayWordContent('with leaving')).toBe(false);
    // (Other prepositions before a noun or a pronoun can hold what was asked for or talked about.)
    expect(isStrayWordContent('for records')).toBe(false);
    expect(isStrayWordContent('of fraud')).toBe(false);
    expect(isStrayWordContent('about it')).toBe(false);
    expect(isStrayWordContent('on something')).toBe(false);
    expect(isStrayWordContent('Back Roads')).toBe(false);
    expect(isStrayWordContent('the ferry')).toBe(false);
    expect(isStrayWordContent('higher tariffs')).toBe(false);
    expect(isStrayWordContent('with the budget cuts')).toBe(false);
    expect(isStrayWordContent('back the new harbour plan')).toBe(false);
  });

  it('drops the stray word from the sources step, keeps the statement beside it', () => {
    const found = said(run(['The ferry union kept pushing back, and Ilse Marrow, its chair, said the schedule was unsafe.'], [], ATTITUDES));
    expect(found.some((s) => / \| back$/.test(s))).toBe(false);
    expect(found).toContain('Ilse Marrow | the schedule was unsafe');
    const scorn = said(run(['Councillor Ivo Brandt responded with scorn.'], [], ATTITUDES));
    expect(scorn.some((s) => /with scorn/.test(s))).toBe(false);
  });

  it('keeps a quoted word, which is what was said', () => {
    const found = said(run(['“Out!” the dock workers yelled at Councillor Ivo Brandt.'], [], ATTITUDES));
    expect(found.some((s) => / \| Out!?$/.test(s))).toBe(true);
  });
});
