import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "…, X told Y, meaning …": the writer's gloss on a statement closed by its cue is neither its
// content nor a second statement (parsers/reporting-verb.ts, WRITERS_GLOSS).
const lines = (paragraph: string) => said(run([paragraph]));

describe("the writer's gloss after a closing cue", () => {
  it('reads the clause before ", X told Y, meaning …"', () => {
    const found = lines('The harbour pilot had not renewed his licence, Ann Roe told the Gazette, meaning the ferry stayed in port.');
    expect(found).toContain('Ann Roe | The harbour pilot had not renewed his licence');
    expect(found.some((l) => l.includes('| meaning'))).toBe(false);
  });

  it('ends the content of ", X said, meaning …" at the cue', () => {
    expect(lines('The school had no heating all winter, Ivo Brand said, meaning classes moved to the library.'))
      .toContain('Ivo Brand | The school had no heating all winter');
  });

  it('keeps ", adding that …" as a second statement', () => {
    const found = lines('The school had no gas supply, Ivo Brand said, adding that repairs would start in May.');
    expect(found).toContain('Ivo Brand | The school had no gas supply');
    expect(found).toContain('Ivo Brand | repairs would start in May');
  });

  it('leaves a "meaning" inside a forward content alone', () => {
    expect(lines('Ann Roe told the Gazette the pier was closed, meaning the ferry stayed in port.'))
      .toContain('Ann Roe | the pier was closed, meaning the ferry stayed in port');
  });
});
