import { describe, expect, it } from 'vitest';
import { run } from './run';

// A source the article never names takes its name from a description. A headline's capitalised
// common noun ("Judge rejects …") is read first; the description that ends in that noun ("a Denver
// judge") names the source, the bare noun does not.
describe('the fuller description names an unnamed source', () => {
  it('prefers "Denver judge" to the headline\'s "Judge"', () => {
    const result = run([
      // (A plain text's first line: the title, read as a paragraph.)
      'Judge rejects port plan.',
      'A Denver judge has rejected a request to open the port records, saying the courts have no business deciding what voters need.',
    ], [], { attitudes: true });
    const names = result.sources.map((s) => s.name);
    expect(names).toContain('Denver judge');
    expect(names).not.toContain('Judge');
  });

  it('keeps a bare description no longer one ends in', () => {
    const result = run(['Economists say the harbour fee plan will raise prices for fishermen.']);
    expect(result.sources.map((s) => s.name)).toContain('Economists');
  });
});
