import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a magazine as a source', () => {
  it('reads "<Title> magazine" as the body that reports or writes', () => {
    const r = run(['Harbour magazine reported that the ferry line had closed.', '“The last boat has sailed,” Skerry magazine wrote.']);
    expect(said(r)).toEqual(['Harbour magazine | the ferry line had closed', 'Skerry magazine | The last boat has sailed']);
  });

  it('does not read a magazine that is only mentioned as a speaker', () => {
    const r = run(['Ada Vik read the magazine on the ferry.']);
    expect(said(r)).toEqual([]);
  });
});
