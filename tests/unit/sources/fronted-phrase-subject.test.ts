import { describe, expect, it } from 'vitest';
import { run } from './run';

// "In the call, Rep. Dale Orr, who …, casts …": the person named after a short fronted phrase is the
// subject of the sentence, so a "he" in the sentences after it is that person, not the speaker before.
const speakerOf = (paragraphs: string[], words: RegExp) => run(paragraphs).quotes.find((q) => words.test(q.text))?.speaker;

describe('a subject after a fronted phrase', () => {
  it('takes the "he" of the next sentence after a prepositional phrase', () => {
    expect(speakerOf([
      'Governor Tom Reyes said the bridge would reopen in May.',
      'In a radio advert, Harbour Ward Rep. Dale Orr, who was elected last spring, voted against the plan. He said the tolls would hurt commuters.',
    ], /tolls/)).toBe('Dale Orr');
  });

  it('takes it after a participle phrase too, from the paragraph before', () => {
    expect(speakerOf([
      'Governor Tom Reyes said the bridge would reopen in May.',
      'Reached by phone, Dale Orr, the chairman of the transport committee, voted against the plan.',
      'He said the tolls would hurt commuters.',
    ], /tolls/)).toBe('Dale Orr');
  });

  it('is the subject a "he" stands for when its sentence also names an object', () => {
    expect(speakerOf([
      'In a radio advert on Monday, Harbour Ward Rep. Dale Orr thanked Governor Tom Reyes for the new pier.',
      'He said the tolls would pay for the repairs.',
    ], /tolls/)).toBe('Dale Orr');
  });

  it('leaves a possessive name to the speaker before', () => {
    expect(speakerOf([
      'Governor Tom Reyes said the bridge would reopen in May.',
      "In a radio advert, Dale Orr's campaign voted against the plan. He said the tolls would pay for the repairs.",
    ], /tolls/)).toBe('Tom Reyes');
  });

  it('leaves a name with nothing of a person about it to the speaker before', () => {
    expect(speakerOf([
      'Governor Tom Reyes said the bridge would reopen in May.',
      'In that sense, Pine Hollow was the first town to lose its ferry. He said the tolls would pay for the repairs.',
    ], /tolls/)).toBe('Tom Reyes');
  });
});
