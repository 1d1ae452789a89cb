import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A thing said named as the object of its speaker's verb, its words after a colon
// (spoken-object-colon.ts).
describe('a message, a warning or an answer given after a colon', () => {
  it('reads a quotation after "delivered a blunt message to …:"', () => {
    expect(said(run(['Councillor Maren Lund delivered a blunt message to the ferry board: “Fix the engines before the winter comes.”']))).toEqual([
      'Maren Lund | Fix the engines before the winter comes.',
    ]);
  });

  it('reads unquoted words after "has some advice for …:"', () => {
    expect(said(run(['Harbour master Ivo Ek has some advice for sailors who trust the forecast: Never leave port after dark.'], [], { attitudes: true }))).toEqual([
      'Ivo Ek | Never leave port after dark',
    ]);
  });

  it('reads a name between the verb and the noun as the one spoken to', () => {
    expect(said(run(['Mayor Tom Berg gave Lund an unmistakable warning: The pier will close if the vote fails.'], [], { attitudes: true }))).toEqual([
      'Tom Berg | The pier will close if the vote fails',
    ]);
  });

  it('does not read the one who got or faces the words as their speaker', () => {
    expect(said(run([
      'Councillor Maren Lund got a message from angry voters: “We will not vote for you again this year.”',
      'The ferry board faces one question: Can it keep the winter service running?',
    ], [], { attitudes: true })).some((line) => /^(?:Maren Lund|ferry board|board) \|/.test(line))).toBe(false);
  });

  it('leaves a copula and a phrase that is no sentence', () => {
    expect(said(run(['The only answer was: “Nobody knows why the ferry is late.”']))).toEqual([]);
    expect(said(run(['Mayor Tom Berg had one word for the plan: reckless.'], [], { attitudes: true }))).toEqual([]);
  });
});
