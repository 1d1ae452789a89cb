import { describe, expect, it } from 'vitest';
import { isProducedStatementOnly } from '../../../src/core/sources/produced-statement';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// Putting a statement out is an act: what the statement says is the attribution, not its release.
describe('positions that are only a statement put out', () => {
  it('drops a release, an issue or a speech with only when, where or to whom after it', () => {
    expect(isProducedStatementOnly('released', 'a brief statement on Tuesday night')).toBe(true);
    expect(isProducedStatementOnly('issued', 'the following statement')).toBe(true);
    expect(isProducedStatementOnly('gave', 'a fiery speech in Tulsa')).toBe(true);
    expect(isProducedStatementOnly('delivered', 'her remarks to the dock workers')).toBe(true);
  });

  it('keeps a statement that says something, and other verbs and objects', () => {
    expect(isProducedStatementOnly('issued', 'a statement saying the ferry would run')).toBe(false);
    expect(isProducedStatementOnly('released', 'a letter that blames the port board')).toBe(false);
    expect(isProducedStatementOnly('gave', 'a speech about the harbour tolls')).toBe(false);
    expect(isProducedStatementOnly('issued', 'a statement of regret on Friday')).toBe(false);
    expect(isProducedStatementOnly('delivered', 'a hopeful message to the crews')).toBe(false);
    expect(isProducedStatementOnly('criticized', 'the statement on Friday')).toBe(false);
    expect(isProducedStatementOnly('released', 'the ferry schedule on Friday')).toBe(false);
  });

  it('reads the words of the statement, not its release', () => {
    const r = run([
      'Mara Jensen released a short statement on Monday evening.',
      'Jensen issued a statement calling the toll increase unfair.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | issued | a statement calling the toll increase unfair']);
  });
});
