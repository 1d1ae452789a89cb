import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "Ana Ortiz, the editor of the Church's weekly paper, L'Osservatore Harbour, said": after a person's
// name and a description with a phrase of its own, the second name names that phrase's noun (the
// paper); the first name speaks.
describe('a name, a description with its own phrase, and a second name', () => {
  it('gives the statement to the first name', () => {
    expect(said(run(["Ana Maria Ortiz, the editor in chief of the Church's weekly paper, L'Osservatore Harbour, said every bishop was a politician at heart."]))
      .map((l) => l.split(' | ')[0])).toEqual(['Ana Maria Ortiz']);
  });

  it('still gives a description and its name to the name', () => {
    expect(said(run(["The company's chief executive, Alan Frost, told reporters the yard would close."])).map((l) => l.split(' | ')[0])).toEqual(['Alan Frost']);
  });

  it('still reads the name after an opening place phrase', () => {
    expect(said(run(["In Dover, the head of the harbour board, Alan Frost, said the yard would close."])).map((l) => l.split(' | ')[0])).toEqual(['Alan Frost']);
  });
});
