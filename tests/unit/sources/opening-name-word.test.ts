import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const names = (paragraphs: string[]) => run(paragraphs).sources.map((s) => s.name);

// A one-word name no given-name list holds, that opens one full person name the article gave, is
// that person: the sheet lists her once, and her quotes carry her full name.
describe('the first word of a full name, alone', () => {
  it('is the person named in full, a given name no list holds', () => {
    const paragraphs = [
      'Tove Arnesen, the harbour engineer, said the pier would reopen in May.',
      '“The piles are sound,” Tove added.',
    ];
    expect(names(paragraphs)).toEqual(['Tove Arnesen']);
    expect(said(run(paragraphs))).toContain('Tove Arnesen | The piles are sound');
  });

  it('is the person when the surname is written first', () => {
    expect(names([
      'Ferry board spokesman Wu Lianhe said fares would stay the same.',
      'Wu said the board had no plans to sell the old ferries.',
    ])).toEqual(['Wu Lianhe']);
  });

  it('stays apart when the text names another person with that first word', () => {
    // (Only one of the two is a source; the word alone may still be the other.)
    expect(names([
      'Tove Arnesen said the pier would reopen in May.',
      'Her deputy, Tove Dahl, was on leave until June.',
      '“The piles are sound,” Tove added.',
    ])).toContain('Tove');
  });

  it('stays apart when two full names open with the word', () => {
    expect(names([
      'Tove Arnesen said the pier would reopen in May.',
      'Tove Dahl said the ferries were late again.',
      '“The piles are sound,” Tove added.',
    ])).toContain('Tove');
  });

  it('is not the one it opens when it also ends another full name', () => {
    expect(said(run([
      'Gunnar Strand said the pier would reopen in May.',
      'Eirik Gunnar said the ferries were late again.',
      'Gunnar said the board had no plans to sell the old ferries.',
    ]))).not.toContain('Gunnar Strand | the board had no plans to sell the old ferries');
  });

  it('leaves a known place apart from a person whose name opens with it', () => {
    expect(names([
      'Peru said it would open the border crossing on Monday.',
      'Peru Salas, a trucker, said the queue was ten miles long.',
    ])).toEqual(['Peru', 'Peru Salas']);
  });
});
