import { describe, expect, it } from 'vitest';
import { isGreetingOnly } from '../../../src/core/sources/greeting-content';
import { run, said } from './run';

// A greeting or a parting said to someone ("said goodbye to the old house") is an act of taking
// leave, not a statement or a position.
const ATTITUDES = { attitudes: true };

describe('a greeting or a parting as the content of "say"', () => {
  it('is no statement', () => {
    expect(isGreetingOnly('say', 'goodbye to the old lighthouse')).toBe(true);
    expect(isGreetingOnly('said', 'farewell to the crew of the ferry')).toBe(true);
    expect(isGreetingOnly('saying', 'hello to every child in the queue')).toBe(true);
    expect(isGreetingOnly('bade', 'farewell')).toBe(true);
  });

  it('keeps statements that only mention a greeting, and other verbs', () => {
    expect(isGreetingOnly('said', 'goodbye letters were found in the drawer')).toBe(false);
    expect(isGreetingOnly('said', 'the harbour would reopen in May')).toBe(false);
    expect(isGreetingOnly('wrote', 'goodbye to the old lighthouse')).toBe(false);
  });

  it('drops the parting from the sources step, keeps the statement beside it', () => {
    const found = said(run(['As she began to say goodbye to the old lighthouse, Mara Quill said the town had changed.'], [], ATTITUDES));
    expect(found.some((s) => /goodbye/.test(s))).toBe(false);
    expect(found).toContain('Mara Quill | the town had changed');
    expect(said(run(['Mayor Tom Vell said farewell to the ferry crew on Friday.'], [], ATTITUDES)).some((s) => /farewell/.test(s))).toBe(false);
  });

  it('keeps a quoted greeting, which is words spoken', () => {
    const found = said(run(['“Hello to all of you, and welcome back,” Mayor Tom Vell said.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Tom Vell |'))).toBe(true);
  });
});
