import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a pronoun is no one the content it reports names', () => {
  it('passes over the subject of the content for the speaker before it', () => {
    const r = run([
      '“We have waited for years,” Tom Berg said. “I need a mayor who keeps his word.”',
      'Mr. Lund, who has refused large donations, fits that bill for many people, he said.',
    ]);
    expect(said(r)).toContain('Tom Berg | Mr. Lund, who has refused large donations, fits that bill for many people');
  });
});
