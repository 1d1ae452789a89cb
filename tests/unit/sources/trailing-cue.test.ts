import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A feature writer's closing cue: "…, Ann Roe recalls.", "…, the skipper remembers.", "…, she
// estimates." (parsers/trailing-cue.ts; recall in reporting-verb.ts).
const lines = (...paragraphs: string[]) => said(run(paragraphs));

describe('a memory or estimate closing the sentence', () => {
  it('reads "…, NAME recalls." and "…, NAME recalled."', () => {
    expect(lines('The ferry ran twice a day back then, Ingrid Sola recalls.')).toContain('Ingrid Sola | The ferry ran twice a day back then');
    expect(lines('From the first morning, the boy loved the workshop, Pavel Dunn recalled.'))
      .toContain('Pavel Dunn | From the first morning, the boy loved the workshop');
  });

  it('reads "…, NAME remembers." and "…, her mother remembered."', () => {
    expect(lines('The nets came up empty for three weeks, Marta Kiel remembers.')).toContain('Marta Kiel | The nets came up empty for three weeks');
    expect(lines('Nobody on the quay spoke that evening, her mother remembered.')).toContain('mother | Nobody on the quay spoke that evening');
  });

  it('reads "…, a titled NAME estimates." with a content opening on "It"', () => {
    expect(lines('It has taken in about two hundred dogs, kennel manager Rosa Vink estimates.'))
      .toContain('Rosa Vink | It has taken in about two hundred dogs');
  });

  it('reads "…, NAME reflects.", "…, NAME speculated." and "…, NAME jokes."', () => {
    expect(lines('Winters on the island teach patience, Noor Vale reflects.')).toContain('Noor Vale | Winters on the island teach patience');
    expect(lines('The storm had moved the sandbar overnight, Pavel Dunn speculated.')).toContain('Pavel Dunn | The storm had moved the sandbar overnight');
    expect(lines('His goats understand more Dutch than he does, Ivo Brand jokes.')).toContain('Ivo Brand | His goats understand more Dutch than he does');
  });

  it('reads a person\'s "…, he estimated." as a statement', () => {
    expect(lines('Tom Abel said the roof had leaked for years. The repairs would take most of the summer, he estimated.'))
      .toContain('Tom Abel | The repairs would take most of the summer');
  });
});

describe('what stays unread', () => {
  it('reads no memory that does not close the sentence', () => {
    expect(lines('The old clerk remembers the flood of 1953 well.').some((l) => l.includes('flood'))).toBe(false);
    expect(lines('Few visitors, Ella Moss remembers, ever climbed to the chapel.').some((l) => l.startsWith('Ella Moss | Few visitors, Ella Moss remembers'))).toBe(false);
  });

  it('reads no product recall and no object of "remembers"', () => {
    expect(lines('The carmaker recalled 3,000 vans last spring.')).toEqual([]);
    expect(lines('She still hums the song, which her grandmother remembers.').some((l) => l.startsWith('grandmother'))).toBe(false);
  });

  it('reads no plural noun ("old jokes", "the host\'s jokes") as a cue', () => {
    expect(lines('The evening was full of songs, puns and old jokes.')).toEqual([]);
    expect(lines('The dinner ended with toasts, stories and the host\'s jokes.')).toEqual([]);
  });

  it('reads no plural noun "estimates" as a cue', () => {
    expect(lines('The harbour will need new cranes, government estimates.').some((l) => l.includes('estimates'))).toBe(false);
  });
});
