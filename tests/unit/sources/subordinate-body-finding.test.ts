import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "… after a state commission found that …": a body described with its article, after a
// subordinator, tells what it found, as a document does there ("after a state audit found that").

describe('a described body that found something, after a subordinator', () => {
  it('is the finding\'s source', () => {
    expect(said(run(['The levy passed after a harbour commission found that the pier was unsafe.']))).toEqual(['harbour commission | the pier was unsafe']);
  });

  it('leaves a person\'s or the police\'s discovery alone', () => {
    expect(said(run(['The road was closed after the man found that the bridge was unsafe.']))).toEqual([]);
    expect(said(run(['The road was closed after police found a body in the river.']))).toEqual([]);
  });
});
