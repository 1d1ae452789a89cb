import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const positions = (paragraph: string) => said(run([paragraph], [], { attitudes: true }));

// "Ruiz was accused by a rival of misleading voters": a name or a pronoun alone is no content, but
// with the reason after the agent the whole clause is.
describe('a passive cue whose agent gives a reason', () => {
  it('reads the clause with its reason, the agent as the speaker', () => {
    expect(positions('Otto Lind has been criticized by residents for closing the ferry office in winter.'))
      .toContain('residents | Otto Lind has been criticized by residents for closing the ferry office in winter');
    expect(positions('She was accused by a rival of misleading voters about the harbour budget.'))
      .toContain('rival | She was accused by a rival of misleading voters about the harbour budget');
  });

  it('still takes no name alone, and no trade named by its gerund for a reason', () => {
    expect(positions('Otto Lind was endorsed by the union.').join('; ')).not.toContain('Otto Lind was endorsed');
    expect(positions('The levy was praised by the head of marketing at the ferry line.'))
      .toContain('head of marketing | The levy');
  });
});
