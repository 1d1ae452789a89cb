import { describe, expect, it } from 'vitest';
import { run as runRules } from './run';

const run = (paragraphs: string[]) => runRules(['Harbour news.', ...paragraphs], [], { attitudes: true });

const speakerOf = (r: ReturnType<typeof runRules>, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker;

describe('speakers that swallowed a clause or a place', () => {
  it('cuts "Teachers waved placards" at its verb', () => {
    const r = run(['Teachers waved placards, including one that said "Hands off our pay".']);
    expect(speakerOf(r, 'Hands off')).toBe('Teachers');
  });

  it('gives a "that" after a verb\'s object to the object, not to the verb\'s subject', () => {
    const r = run(['A county judge on Monday struck down a city ordinance that banned street stalls after dark.']);
    expect(r.quotes.some((q) => /judge/.test(q.speaker ?? ''))).toBe(false);
  });

  it('still reads a subject before "declined to"', () => {
    const r = run(['The spokesman for the harbour board declined to comment on the closure.']);
    expect(r.quotes.every((q) => !/declined|closure/.test(q.speaker ?? ''))).toBe(true);
  });

  it('reads a one-word body after a role\'s "of" as the body a "that" clause describes', () => {
    const r = run(['"Fees must fall," said Maria Lopez, director of Harbourtel, a trade association that has argued that port fees are too high.']);
    expect(speakerOf(r, 'port fees are too high')).toBe('Harbourtel');
  });

  it('does not cut a body\'s name that holds "for" ("People for Parks")', () => {
    const r = run(['"Parks matter," said Ann Roe, director of People for Parks, a group that has pushed for more playgrounds.']);
    expect(speakerOf(r, 'more playgrounds')).not.toBe('Parks');
  });

  it('reads "A Portland, Oregon, software firm" as the firm, not the state', () => {
    const r = run(['A Portland, Oregon, software firm said it would hire two hundred workers.']);
    expect(speakerOf(r, 'two hundred workers')).toBe('software firm');
  });

  it('keeps a name before "a Portland, Ore., nurse"', () => {
    const r = run(['Ann Roe, a Portland, Ore., nurse, said the clinic was full.']);
    expect(speakerOf(r, 'clinic was full')).toBe('Ann Roe');
  });

  it('does not join a verb\'s two objects before "who" ("agreements former staff members")', () => {
    const r = run(['He would not release from nondisclosure agreements former staff members who said the firm owed them wages.']);
    expect(speakerOf(r, 'the firm owed them wages')).toBe('former staff members');
  });

  it('keeps plurals that modify or are joined: "human rights activists", "millions of young voters"', () => {
    const r = run([
      'At the harbour, the human rights activists demanded an inquiry.',
      'The party relies on millions of young voters who say its message is right.',
    ]);
    expect(r.quotes.find((q) => q.cue === 'demanded')?.speaker).toBe('human rights activists');
    expect(speakerOf(r, 'its message is right')).toBe('millions of young voters');
  });
});
