import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const FINDING = / \| (?:find|finds|found|show|shows|showed|revealed|concluded|suggests) \| /;
/** Each sentence read alone (so that no two documents merge as one source): its finding, if any. */
const findings = (sentences: string[]) => sentences.flatMap((s) =>
  run([s], [], ATTITUDES).quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`).filter((l) => FINDING.test(l)));

describe('a document with a post-modifier as the subject of a finding verb', () => {
  it('reads a document opening its sentence with a phrase after its noun ("a poll out Monday showed …")', () => {
    expect(findings([
      'A Coastal Radio poll out Monday showed Vik with a narrow lead over Lund in the harbour wards.',
      'The little polling that was done on the islands before the vote showed a dead heat between the two.',
      'A legal opinion drafted for the ferry company in May concluded that the levy was lawful.',
    ])).toEqual([
      'Coastal Radio poll | showed | Vik with a narrow lead over Lund in the harbour wards',
      'little polling that was done on the islands before the vote | showed | a dead heat between the two',
      'legal opinion drafted for the ferry company in May | concluded | the levy was lawful',
    ]);
  });

  it('names the owner a "by" or "from" phrase gives, and reads records and inquiries as documents', () => {
    expect(findings([
      'A 2019 review by the Harbour Trust found that the quay had cost twice its budget.',
      'The inquiry found that the port office rarely answered letters before 2015.',
    ])).toEqual([
      'Harbour Trust | found | the quay had cost twice its budget',
      'inquiry | found | the port office rarely answered letters before 2015',
    ]);
  });

  it('takes a determiner and describing words the speaker reader leaves ("A Coastal rolling poll", "A newly released email")', () => {
    expect(findings([
      'A Coastal rolling poll shows Vik at the top with 36 percent support.',
      'A newly released email relating to the ferry finds that the port had only two guards on duty.',
    ])).toEqual([
      'Coastal rolling poll | shows | Vik at the top with 36 percent support',
      'newly released email relating to the ferry | finds | the port had only two guards on duty',
    ]);
  });

  it('reads a survey whose name the reader takes for a body\'s ("a new Harbour Gazette/Island University Poll")', () => {
    expect(findings([
      'Islanders overwhelmingly oppose cutting the ferry service, a new Harbour Gazette/Island University Poll finds.',
      'The Harbour Gazette/Island University Poll shows Vik ahead by six points.',
    ])).toEqual([
      'Harbour Gazette/Island University Poll | finds | Islanders overwhelmingly oppose cutting the ferry service',
      'Harbour Gazette/Island University Poll | shows | Vik ahead by six points',
    ]);
  });

  it('reads such a document closing its sentence after a comma, or after an opening subordinate clause', () => {
    expect(findings([
      'Ferry fares rose by a third in two years, council records compiled by the Island Forum show.',
      'As the skipper spoke about the storm, shaky video credited to a local station showed waves over the pier.',
      'Two shipping firms are paying for the campaign against the toll, filings made on Sunday night revealed.',
    ])).toEqual([
      'Island Forum | show | Ferry fares rose by a third in two years',
      'shaky video credited to a local station | showed | waves over the pier',
      'filings made on Sunday night | revealed | Two shipping firms are paying for the campaign against the toll',
    ]);
  });

  it('leaves a document noun that is no subject of the finding verb alone', () => {
    expect(findings([
      // (A participle with an object is the sentence's own verb: the bill faced, nobody found.)
      'A similar harbour bill faced long odds after the vote and found few friends on the council.',
      // (An infinitive after a coordinated verb: Vik praised the efforts; the report finds nothing.)
      'The report Vik read out and praised efforts to find a compromise on the levy.',
      // (After a comma, a finding verb with its own object is no document's closing the sentence.)
      'Tolls went up in May, and the ferry bill passed last week found support among skippers.',
    ])).toEqual([]);
  });
});
