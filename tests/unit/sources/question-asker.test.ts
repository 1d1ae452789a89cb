import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };

describe('the one who asks a quoted question is no antecedent for the answer\'s pronoun', () => {
  it('gives "she responded" after "Quill asked" to the one interviewed', () => {
    const r = run([
      '"The ferries have run late all winter," Tamsin Hale said.',
      '"Will you keep working there?" Quill asked.',
      '"I will, and I want the delays made public," she responded.',
    ], [], ATTITUDES);
    expect(said(r)).toContain('Tamsin Hale | I will, and I want the delays made public');
    expect(said(r)).toContain('Quill | Will you keep working there?');
  });

  it('gives "he said" after "Corr asked," to the man who spoke before', () => {
    const r = run([
      '"The harbour needs a new crane," engineer Peter Vance said.',
      'Corr asked, "Do you see the port differently now?"',
      '"I think the town has waited long enough," he said.',
    ], [], ATTITUDES);
    expect(said(r)).toContain('Peter Vance | I think the town has waited long enough');
  });

  it('leaves an asker who made a statement, not a question, as the antecedent', () => {
    const r = run([
      '"The harbour needs a new crane," engineer Peter Vance said.',
      '"The board has no money for it," Corr said.',
      '"We will find it," he said.',
    ], [], ATTITUDES);
    expect(said(r)).toContain('Corr | We will find it');
  });
});
