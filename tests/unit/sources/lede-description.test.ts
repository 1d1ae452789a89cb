import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A lede's "an analyst said" is the analyst the next paragraph names; a description met later, or one
// the named person's role does not echo, is someone the article leaves unnamed.
describe('a description merged with the person named after it', () => {
  it('keeps a description after a named speaker apart from the next person named', () => {
    const r = run([
      'Lena Horvat, who runs the port, said the ships were late.',
      'A harbour spokesman said the office does not comment on single shipments. Harbour Director Piet Maas later told reporters the cranes were fixed.',
    ]);
    expect(said(r)).toEqual([
      'Lena Horvat | the ships were late',
      'harbour spokesman | the office does not comment on single shipments',
      'Piet Maas | the cranes were fixed',
    ]);
  });

  it('keeps a lede\'s description apart from a person whose role says something else', () => {
    const r = run([
      'The mill will close in June, a Dornfeld executive said.',
      'Mayor Ruth Okafor, who leads the city council, said the town would lose 300 jobs.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Dornfeld executive', 'Ruth Okafor']);
  });

  it('merges a lede\'s description with the person introduced by the same word', () => {
    const r = run([
      'Ferry crews will strike next week, a union leader said.',
      'Grace Obi, general secretary of the Harbour Workers Union, said talks had failed.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Grace Obi', 'Grace Obi']);
  });
});
