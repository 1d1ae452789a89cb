import { describe, expect, it } from 'vitest';
import { run } from './run';

const speakers = (paragraph: string) => run(['The ferry fares rose again in March.', paragraph], [], { attitudes: true }).quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('a document named by its maker in a "by" or "from" phrase', () => {
  it('reads the maker past an "of" phrase, without the client it worked for', () => {
    expect(speakers('A poll of 2,000 islanders conducted by Marsh and Lowe for the Harbour Gazette found that most want a bridge.'))
      .toEqual(['Marsh and Lowe | most want a bridge']);
    expect(speakers('A report from the Centre for Harbour Studies found that fares doubled.'))
      .toEqual(['Centre for Harbour Studies | fares doubled']);
  });

  it('reads a title written with its article, and an outlet named with what it is', () => {
    // (The naming refiners may drop the article: the outlet is the speaker either way.)
    expect(speakers('A study by The Islander found that fares doubled in ten years.')[0]).toMatch(/^(?:The )?Islander \| fares doubled in ten years$/);
    expect(speakers('An article by Skerry magazine claimed that the vote was rigged.'))
      .toEqual(['Skerry magazine | the vote was rigged']);
  });

  it('gives a firm of joined surnames as an organisation, and a person as a person', () => {
    const kinds = (paragraph: string) => run(['The ferry fares rose again in March.', paragraph], [], { attitudes: true }).sources.map((s) => `${s.kind} ${s.name}`);
    expect(kinds('A survey conducted by Marsh and Lowe found that most want a bridge.')).toEqual(['organization Marsh and Lowe']);
    expect(kinds('A study by Anna Lind and Tom Berg found that fares doubled.')).toEqual(['person Anna Lind and Tom Berg']);
  });

  it('lets the maker read what its document reads', () => {
    expect(speakers('The post from Skerry magazine reads, “Ferry strike called off.”')).toEqual(['Skerry magazine | Ferry strike called off.']);
  });

  it('leaves one who only obtained or saw the document', () => {
    expect(speakers('A memo of three pages obtained by the Harbour Gazette said the quay was unsafe.'))
      .toEqual(['memo of three pages obtained by the Harbour Gazette | the quay was unsafe']);
    expect(speakers('A study by the economist found that fares doubled.')).not.toContain('economist | fares doubled');
  });
});
