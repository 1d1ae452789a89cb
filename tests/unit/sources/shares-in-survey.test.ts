import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const said = (paragraphs: string[]) => run(paragraphs, [], ATTITUDES).quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('a share of respondents inside an opening survey phrase', () => {
  it('leaves the finding to the survey, not to the share again', () => {
    const found = said(['In a Courier poll released Monday, 79 percent of riders said they were satisfied with the ferry.']);
    expect(found.some((q) => q.startsWith('Courier poll | in | 79 percent of riders said'))).toBe(true);
    expect(found.some((q) => q.startsWith('79 percent of riders | said'))).toBe(false);
  });

  it('keeps a share that no survey phrase opens', () => {
    const found = said(['Six in 10 riders say the pier is safe.', 'Just 28 percent of skippers said the new quay was worth its cost.']);
    expect(found.some((q) => q.startsWith('Six in 10 riders | say'))).toBe(true);
    expect(found.some((q) => q.startsWith('Just 28 percent of skippers | said') || q.startsWith('28 percent of skippers | said'))).toBe(true);
  });

  it('keeps a named speaker inside the survey sentence', () => {
    const found = said(['In a Courier poll released Monday, Mayor Ada Lund said the ferry fares would fall.']);
    expect(found.some((q) => q.startsWith('Ada Lund | said'))).toBe(true);
  });
});
