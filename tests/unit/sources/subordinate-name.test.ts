import { describe, expect, it } from 'vitest';
import { run } from './run';
import { subordinateName } from '../../../src/core/sources/subordinate-name';

const quotes = (paragraphs: string[]) => run(paragraphs, [], { attitudes: true }).quotes.map((q) => `${q.speaker} ${q.cue}: ${q.text}`);

/** The name read from the first comma-free segment of `text`, or null. */
function name(text: string): string | null {
  const seg = { start: 0, end: text.indexOf(',') };
  const found = subordinateName(text, seg);
  return found ? text.slice(found.start, found.end) : null;
}

describe('a described name right after a subordinator, late in its clause', () => {
  it('holds the position, not the clause before the subordinator', () => {
    expect(quotes(['The county suit was among those where Rita Vale, a labor lawyer and adviser to the mayor, sought to block the new voter rules.']))
      .toEqual(['Rita Vale sought: to block the new voter rules']);
  });

  it('is read alone: the words before the subordinator are no part of the name', () => {
    expect(quotes(['Twenty trainees at the Harbour Bank listened while Rob Ruiz, the former finance minister, opined on the state of the port.']).map((q) => q.split(' opined')[0]))
      .toEqual(['Rob Ruiz']);
  });

  it('takes a title with the name, and "that" as a subordinator', () => {
    expect(name('Aides say that Gov. Ada Lund, who must decide, has said little')).toBe('Gov. Ada Lund');
    expect(name('The crowd waited while Tom Hale, the host, spoke')).toBe('Tom Hale');
    expect(name('The hall fell silent as Tom Hale, the host, spoke')).toBe('Tom Hale');
  });

  it('leaves a segment that is a name alone, or that ends in no name', () => {
    expect(name('Rob Ruiz, the former minister, said')).toBeNull();
    expect(name('When the vote came, Ruiz said')).toBeNull();
    expect(name('The panel met while the mayor, who chairs it, waited')).toBeNull();
    // ("until" also governs a noun as a preposition: "until September" is a time, no subject.)
    expect(name('The council put off the vote until September, its chair said')).toBeNull();
  });
});
