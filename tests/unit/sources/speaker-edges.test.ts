import { describe, expect, it } from 'vitest';
import { trimSpeakerEdges } from '../../../src/core/sources/refiners/speaker-edges';
import { nominalSpeaker } from '../../../src/core/sources/speaker-ref';
import { run } from './run';

const ref = (text: string) => nominalSpeaker(text, 0, text.length, 'anonymous', null);

// A speaker text is a noun phrase: the word that links it to the clause before it, and the words of
// the clause it runs on into, are no part of it.
describe('the edges of a speaker phrase', () => {
  it('drops a leading preposition, conjunction or "whose"', () => {
    expect(trimSpeakerEdges(ref('of ferry workers'), 'of ferry workers').text).toBe('ferry workers');
    expect(trimSpeakerEdges(ref('and harbour pilots'), 'and harbour pilots').text).toBe('harbour pilots');
    expect(trimSpeakerEdges(ref('whose lawyers'), 'whose lawyers').text).toBe('lawyers');
  });

  it('drops a leading "including" or "among", which open a list or a group, not a noun phrase', () => {
    expect(trimSpeakerEdges(ref('including senior harbour pilots'), 'including senior harbour pilots').text).toBe('senior harbour pilots');
    expect(trimSpeakerEdges(ref('among ferry workers'), 'among ferry workers').text).toBe('ferry workers');
    // (Not an "-ing" word that is an adjective of the phrase: "leading economists".)
    expect(trimSpeakerEdges(ref('leading economists'), 'leading economists').text).toBe('leading economists');
  });

  it('drops a trailing modal, auxiliary, "only" or conjunction', () => {
    const text = 'a spokesman for the mayor could only';
    expect(trimSpeakerEdges(ref(text), text).text).toBe('a spokesman for the mayor');
    const who = 'a professor of history at Vardby College who has';
    expect(trimSpeakerEdges(ref(who), who).text).toBe('a professor of history at Vardby College');
  });

  it('drops a trailing auxiliary with a contracted "not", and a raising verb before the cue\'s infinitive', () => {
    const didnt = 'a spokesman for the harbour board didn\u2019t';
    expect(trimSpeakerEdges(ref(didnt), didnt).text).toBe('a spokesman for the harbour board');
    const dont = "people close to the ferry firm don't";
    expect(trimSpeakerEdges(ref(dont), dont).text).toBe('people close to the ferry firm');
    const seems = 'a recent audit of the port accounts seems';
    expect(trimSpeakerEdges(ref(seems), seems).text).toBe('a recent audit of the port accounts');
    const seem = 'officials at the morning briefing did not seem';
    expect(trimSpeakerEdges(ref(seem), seem).text).toBe('officials at the morning briefing');
  });

  it('drops a trailing article or preposition cut from what it governs', () => {
    const text = 'the authors of the';
    expect(trimSpeakerEdges(ref(text), text).text).toBe('the authors');
  });

  it('keeps a noun that only looks like a contraction or a verb', () => {
    const text = 'the appearance committee';
    expect(trimSpeakerEdges(ref(text), text)).toEqual(ref(text));
  });

  it('keeps a phrase whose inner preposition or capitalised last word belongs to it', () => {
    const text = 'members of the island council';
    expect(trimSpeakerEdges(ref(text), text)).toEqual(ref(text));
    const name = 'Theresa May';
    expect(trimSpeakerEdges(ref(name), name)).toEqual(ref(name));
  });

  it('keeps the phrase when nothing that reads as a speaker is left', () => {
    expect(trimSpeakerEdges(ref('with and'), 'with and').text).toBe('with and');
  });
});

describe('speakers in the fact sheet', () => {
  it('name the noun before a restrictive "who", not the preposition before it', () => {
    const r = run([
      'The plan drew anger from parents who said the fees were too high.',
      'The levy was popular with ferry workers who said it would save jobs.',
    ]);
    const speakers = r.quotes.map((q) => q.speaker);
    expect(speakers).toContain('parents');
    expect(speakers).toContain('ferry workers');
    expect(speakers.some((s) => /^(?:from|with)\s/.test(s ?? ''))).toBe(false);
  });

  it('stop before an auxiliary with a contracted "not" or before "seems"', () => {
    const r = run([
      'A spokesman for the harbour board didn\u2019t respond to a request for comment.',
      'A recent audit of the port accounts seems to show the clerk moved the funds twice.',
    ], [], { attitudes: true });
    const speakers = r.quotes.map((q) => q.speaker);
    expect(speakers).toContain('spokesman for the harbour board');
    expect(speakers).toContain('recent audit of the port accounts');
    expect(speakers.some((s) => /(?:n\u2019t|seems)$/.test(s ?? ''))).toBe(false);
  });

  it('name the noun after "whose" and stop before a modal', () => {
    const r = run([
      'The ruling was a blow for the ferry firm, whose lawyers argued that the papers were private.',
      'The timing was so odd that a spokesman for the mayor could only quip: "I guess we sail at dawn."',
    ]);
    expect(r.quotes.filter((q) => q.cue === 'argued').map((q) => q.speaker)).toEqual(['lawyers']);
    expect(r.quotes.filter((q) => q.cue === 'quip').map((q) => q.speaker)).toEqual(['spokesman for the mayor']);
  });
});

describe('a trim that would read another speaker', () => {
  it('keeps the phrase when only a name at its end would be left', () => {
    // (The name after "praising" is the participle's object and reads as no titled person,
    // participle-before-name.ts: what is left is the phrase itself, less its "or", never "Varga".)
    const text = 'Many carried banners praising Varga or';
    expect(trimSpeakerEdges(ref(text), text).text).toBe('Many carried banners praising Varga');
  });
});

describe('a name left by the trim', () => {
  it('is taken when it opens what is left', () => {
    const text = 'Tom Varga has';
    expect(trimSpeakerEdges(ref(text), text).text).toBe('Tom Varga');
  });
});

// A fronted clause's subordinator, capitalised at the head of its sentence, is no part of the subject.
describe('a subordinator before the subject of a fronted clause', () => {
  it('drops "Even as", "Despite", "Like" before the phrase', () => {
    const text = 'Even as supporters of the toll freeze tried to revive it, the council voted.';
    expect(trimSpeakerEdges(ref('Even as supporters of the toll freeze'), text).text).toBe('supporters of the toll freeze');
    expect(trimSpeakerEdges(ref('Despite polls'), 'Despite polls').text).toBe('polls');
    expect(trimSpeakerEdges(ref('Like other ferry owners'), 'Like other ferry owners').text).toBe('other ferry owners');
  });

  it('keeps words that only begin like a subordinator ("Likely voters", "Evening shift workers")', () => {
    expect(trimSpeakerEdges(ref('Likely voters'), 'Likely voters').text).toBe('Likely voters');
    expect(trimSpeakerEdges(ref('Evening shift workers'), 'Evening shift workers').text).toBe('Evening shift workers');
  });
});

// A bullet that opens with a gerund and a question word ("Explaining why …"): the clause's subject follows.
describe('a gerund and a question word before the subject', () => {
  it('drops "Explaining why", "Asking how" before the phrase', () => {
    expect(trimSpeakerEdges(ref('Explaining why colleagues in the harbour office'), 'Explaining why colleagues in the harbour office').text).toBe('colleagues in the harbour office');
    expect(trimSpeakerEdges(ref('Asking how ferry owners'), 'Asking how ferry owners').text).toBe('ferry owners');
  });

  it('keeps a word in -ing without a question word after it ("Building owners")', () => {
    expect(trimSpeakerEdges(ref('Building owners in the old town'), 'Building owners in the old town').text).toBe('Building owners in the old town');
  });
});

describe('a list item\'s dash or a live blog\'s clock before the subject', () => {
  it('leaves them out of the speaker', () => {
    const r = run([
      '- Early estimates suggested that the turnout had fallen in the north.',
      '14:30 First official projections in Norway show that the coalition lost two seats.',
    ]);
    expect(r.quotes.find((q) => q.text.includes('turnout had fallen'))?.speaker).toBe('Early estimates');
    expect(r.quotes.find((q) => q.text.includes('coalition lost'))?.speaker).toBe('First official projections in Norway');
  });

  it('keeps a count that opens the subject', () => {
    const r = run(['Officials met on Monday. 12 inspectors said the dam was safe.']);
    expect(r.quotes.find((q) => q.text.includes('dam was safe'))?.speaker).toBe('12 inspectors');
  });
});
