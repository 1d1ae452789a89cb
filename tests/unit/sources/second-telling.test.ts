import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a second telling of the same speaker ("…, and asked …")', () => {
  it('ends the content of the first', () => {
    const r = run(['Ruth Okafor stressed the risk of flooding on the quay and urged residents to stay indoors.']);
    expect(said(r)).toEqual(['Ruth Okafor | the risk of flooding on the quay', 'Ruth Okafor | residents to stay indoors']);
  });

  it('ends the content at a naming verb of the speaker\'s, after "but still" too', () => {
    const r = run(['Ada Lund, a judge in Vardby, says she understands the wish to build the pier, but still calls the plan "plainly foolish."'], [], { attitudes: true });
    expect(said(r)).toContain('Ada Lund | she understands the wish to build the pier');
    expect(said(r)).toContain('Ada Lund | the plan "plainly foolish."');
  });

  it('lets an infinitive or a gerund go on with the content ("would sit down and tell him …")', () => {
    const r = run(['Ruth Okafor said she would sit the operators down and tell them the fares must fall.']);
    expect(said(r)).toContain('Ruth Okafor | she would sit the operators down and tell them the fares must fall');
  });
});

describe('a passive after "and" ("had been hired …, and told to …")', () => {
  it('goes on with the content', () => {
    const r = run(['The teacher told how she had been hired without an interview, and told to read out old notes.']);
    expect(said(r)).toEqual(['teacher | how she had been hired without an interview, and told to read out old notes']);
  });
});
