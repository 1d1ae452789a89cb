import { describe, expect, it } from 'vitest';
import { run } from './run';

const speakerOf = (r: ReturnType<typeof run>, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker;

describe('"went on to say": the saying goes on, the subject is before "went"', () => {
  it('reads a description or a name before "went on to" / "goes on to"', () => {
    const r = run([
      'The magistrate went on to say that the permit had been issued too late.',
      'The audit goes on to say that two depots kept no records.',
      'Ines Varga has gone on to say that the fund will close in June.',
    ]);
    expect(speakerOf(r, 'issued too late')).toBe('magistrate');
    expect(speakerOf(r, 'kept no records')).toBe('audit');
    expect(speakerOf(r, 'fund will close')).toBe('Ines Varga');
  });

  it('leaves a relative "who went on to say" to the relative clause', () => {
    const r = run(['The harbour master, who went on to say that fees would rise, resigned in May.']);
    expect(speakerOf(r, 'fees would rise')).toBe('harbour master');
  });

  it('does not take "went on" without "to" before the verb', () => {
    const r = run(['The talks went on for hours, and the mediator said both sides were tired.']);
    expect(speakerOf(r, 'both sides were tired')).toBe('mediator');
  });
});

describe('"who X say" before the reported verb: X speaks, "who" is what is reported on', () => {
  it('reads the phrase after "who" as the speaker', () => {
    const r = run(['Dara Kell, who police say admitted to hiding the van, was released on bail.']);
    expect(speakerOf(r, 'admitted to hiding the van')).toBe('police');
  });

  it('keeps "who said" with the person before it', () => {
    const r = run(['The fire chief met Dara Kell, who said the van had been hidden.']);
    expect(speakerOf(r, 'van had been hidden')).toBe('Dara Kell');
  });
});

describe('an apposition naming the speaker and where the person is from', () => {
  it('names the speaker, not the title before the comma', () => {
    const r = run(['Co-chair of the caucus, Marta Oyelaran from Portugal, told reporters the bloc would demand more funds.']);
    expect(speakerOf(r, 'bloc would demand')).toBe('Marta Oyelaran');
  });

  it('does not take a place run that is no full name', () => {
    const r = run(['The new director, Grant from Leeds, said the season would open early.']);
    expect(speakerOf(r, 'season would open')).not.toBe('Grant');
  });
});

describe('a subject pronoun and its verb inside a speaker phrase make a clause', () => {
  it('reads the person after the verb ("that she learned her uncle had …")', () => {
    const r = run(['Only years later did the archive open, and it was then that she learned her uncle had feared arrest.'], [], { attitudes: true });
    const feared = r.quotes.find((q) => q.cue === 'feared');
    expect(feared?.speaker).not.toMatch(/\bshe\b|learned/);
  });

  it('reads no speaker from a verb\'s object after the pronoun', () => {
    const r = run(['Ana Roe met the board. He revised his report explaining that the figures were wrong.']);
    expect(r.quotes.some((q) => /revised|report explaining/.test(q.speaker ?? ''))).toBe(false);
  });
});
