import { describe, expect, it } from 'vitest';
import { run } from './run';

// A survey named in a prepositional phrase is the source of the clause it frames: "In the poll, …",
// "In May's Gazette poll, …", and "… in the latest Gazette poll, a drop of four points."
describe('a survey in a prepositional phrase', () => {
  const read = (p: string) => run([p], [], { attitudes: true }).quotes.filter((q) => q.cue === 'in').map((q) => `${q.speaker} | ${q.text}`);

  it('reads "In the poll, …" (one survey, not "the polls" of voting)', () => {
    expect(read('In the poll, Ruiz has led the race since March, rising from 40 percent to 46 percent.')).toEqual([
      'poll | Ruiz has led the race since March, rising from 40 percent to 46 percent',
    ]);
  });

  it('reads a survey named with a possessive ("In May\'s Harbour Gazette poll, …")', () => {
    expect(read("In May's Harbour Gazette poll, Lind led Ruiz on most attributes.")).toHaveLength(1);
  });

  it('reads a closing survey before a last aside', () => {
    expect(read('Ruiz fell to 10 percent in the latest Gazette poll released Wednesday, a collapse driven by gaffes.')).toEqual([
      'Gazette poll | Ruiz fell to 10 percent',
    ]);
  });

  it('leaves a survey that is part of the subject, and a report that is how someone said it', () => {
    expect(read('Fifteen percent of voters in the poll were undecided about Ruiz, a sign of trouble for Lind.')).toEqual([]);
    expect(read('The ferry lost 8 percent of its riders, the agency said in a June report, and fares rose.')).toEqual([]);
  });
});
