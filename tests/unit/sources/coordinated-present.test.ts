import { describe, expect, it } from 'vitest';
import { presentMainSubject } from '../../../src/core/sources/coordinated-present';
import { analyzeText } from '../../../src/core/index';

// A plain present after "and / but" shares the plural subject of a plain-present main clause.
const subjectOf = (sentence: string, cue: string) => {
  const at = sentence.indexOf(` ${cue} `) + 1;
  return presentMainSubject(sentence, { start: 0, end: sentence.length }, at, cue)?.speaker.text ?? null;
};
const quotesOf = (text: string) => analyzeText(text, { referenceDate: new Date('2024-05-01'), url: null }).quotes;

describe('a plain-present verb coordinated with a plain-present main verb', () => {
  it('takes the main clause\'s plural subject', () => {
    expect(subjectOf('Local farmers plant pears along the canal and fear the new weir will drown the roots.', 'fear')).toBe('Local farmers');
    expect(subjectOf('Many residents pay steep rents, dread the winter and want the council to cap heating costs.', 'want')).toBe('Many residents');
    expect(subjectOf('The dock workers work long shifts but oppose the new rota.', 'oppose')).toBe('The dock workers');
  });

  it('refuses an infinitive, a modal, a relative clause, a list and a singular or past main clause', () => {
    expect(subjectOf('The dock workers plan to stage a walkout and oppose the new rota.', 'oppose')).toBeNull();
    expect(subjectOf('The dock workers will stage a walkout and oppose the new rota.', 'oppose')).toBeNull();
    expect(subjectOf('Crews who still work the night boats and want longer breaks met on Friday.', 'want')).toBeNull();
    expect(subjectOf('The new backers include Mayor Ida Holm, the harbour chief, and state Senator Ola Brandt.', 'state')).toBeNull();
    expect(subjectOf('The skipper works long shifts and wants a new rota.', 'wants')).toBeNull();
    expect(subjectOf('The dock workers worked long shifts and opposed the new rota.', 'opposed')).toBeNull();
    expect(subjectOf('Ticket prices rise every spring and fear grips the market.', 'fear')).toBeNull();
  });

  it('reads the stance in a whole analysis', () => {
    const quotes = quotesOf('The canal froze early this year.\n\nLocal farmers plant pears along the canal and fear the new weir will drown the roots.');
    const fear = quotes.find((q) => q.cue === 'fear');
    expect(fear?.text).toBe('the new weir will drown the roots');
    expect(fear?.speaker).toMatch(/farmers/i);
  });
});
