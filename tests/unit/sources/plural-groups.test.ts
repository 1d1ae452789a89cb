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

  it('reads the last word', () => {
    expect(namesAGroup('Tory MPs')).toBe(true);
    expect(namesAGroup('five local officials')).toBe(true);
    expect(namesAGroup('witnesses')).toBe(true);
    expect(namesAGroup('Ann Summers')).toBe(false);
    expect(namesAGroup('Conservative MP')).toBe(false);
    expect(namesAGroup('Gus')).toBe(false);
  });
});
