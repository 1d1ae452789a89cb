import { describe, expect, it } from 'vitest';
import { namesAGroup } from '../../../src/core/sources/refiners/plural-groups';
import { run } from './run';

const kinds = (paragraphs: string[]) => run(paragraphs, [], { attitudes: true }).sources.map((s) => `${s.name}: ${s.kind}`);

describe('a "person" named only by a plural of people', () => {
  it('is an unnamed group', () => {
    expect(kinds(['Labour MPs said the new fines would hurt small shops.'])).toContain('Labour MPs: anonymous');
    expect(kinds(['Detectives said the van had been stolen from a car park on Tuesday.'])).toContain('Detectives: anonymous');
    expect(kinds(['The inspectors said the bridge would stay closed until spring.'])).not.toContain('inspectors: person');
  });

  it('stays a person when the name is a person\'s', () => {
    expect(kinds(['Ruth Sanders said the ferry would run again in May.'])).toContain('Ruth Sanders: person');
    expect(kinds(['Mina and Steve said the house needed a new roof.'])).not.toContain('Mina and Steve: anonymous');
  });

  it('is an unnamed group when the article only gives the name plural verbs ("New Vardbyans have …")', () => {
    expect(kinds(['New Vardbyans have waited weeks for the ferry.', 'New Vardbyans said the crossing was too dear.'])).toContain('New Vardbyans: anonymous');
    expect(kinds(['Ola Summers said the ferry was late.', 'Summers has run the cafe for years.'])).toContain('Ola Summers: person');
    expect(kinds(['Max Walters said the ferry was late.', 'Walters say little about it.'])).toContain('Max Walters: person');
  });

  it('reads the last word', () => {
    expect(namesAGroup('Tory MPs')).toBe(true);
    expect(namesAGroup('five local officials')).toBe(true);
    expect(namesAGroup('witnesses')).toBe(true);
    expect(namesAGroup('Ann Summers')).toBe(false);
    expect(namesAGroup('Conservative MP')).toBe(false);
    expect(namesAGroup('Gus')).toBe(false);
  });
});
