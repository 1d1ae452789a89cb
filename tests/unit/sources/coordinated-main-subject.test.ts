import { describe, expect, it } from 'vitest';
import { coordinatedMainSubject } from '../../../src/core/sources/coordinated-main-subject';
import { analyzeText } from '../../../src/core/index';

const subjectOf = (sentence: string, cue: string) => {
  const at = sentence.indexOf(` ${cue}`) + 1;
  return coordinatedMainSubject(sentence, { start: 0, end: sentence.length }, at)?.speaker.text ?? null;
};

// A past-tense cue coordinated with the main clause's verb shares that clause's subject.
describe('the main clause subject of a coordinated cue', () => {
  it('reads a description or a name after an opening adverbial', () => {
    expect(subjectOf('As the ferry docked, the harbour union sent a letter to the council, and accused the mayor of neglect.', 'accused'))
      .toBe('the harbour union');
    expect(subjectOf('Earlier on Monday, Ingrid Vass visited the quay and criticized the new timetable.', 'criticized'))
      .toBe('Ingrid Vass');
  });

  it('refuses a passive or adjectival main clause', () => {
    expect(subjectOf('On the pier, the dock workers were spread along the rail and pressed against the fence.', 'pressed')).toBeNull();
    expect(subjectOf('By noon, the dock workers were tired and worried about the storm.', 'worried')).toBeNull();
  });

  it('refuses a thing as the shared subject', () => {
    expect(subjectOf('A second harbour bill faced long odds after the vote and found few friends on the council.', 'found')).toBeNull();
  });

  it('gives the position to the union in a whole analysis', () => {
    const sheet = analyzeText('As the ferry docked, the harbour union sent a letter to the council, and accused the mayor of neglect.', { referenceDate: new Date('2024-05-01'), url: null });
    const quote = sheet.quotes.find((q) => q.cue === 'accused');
    expect(quote?.speaker).toMatch(/union/);
  });
});
