import { describe, expect, it } from 'vitest';
import { isPassiveCharge } from '../../../src/core/sources/passive-charge';
import { run, said } from './run';

// "was arrested and charged with theft", "Ferryman charged with fraud": verbs of accusing and
// commanding take the person first, so the participle straight before its preposition is passive.
const ATTITUDES = { attitudes: true };

describe('a passive of accusing or commanding', () => {
  it('reads the participle before its preposition as passive', () => {
    expect(isPassiveCharge('charged', ' with theft of a boat')).toBe(true);
    expect(isPassiveCharge('ordered', ' to stay away from the docks')).toBe(true);
    expect(isPassiveCharge('accused', ' of lying')).toBe(true);
  });

  it('keeps the active uses', () => {
    expect(isPassiveCharge('charged', ' that the fares were rigged')).toBe(false);
    expect(isPassiveCharge('ordered', ' the crew to stay ashore')).toBe(false);
    // ("asked to speak", "pleaded with the board": active uses go straight to the preposition.)
    expect(isPassiveCharge('asked', ' to speak at the meeting')).toBe(false);
    expect(isPassiveCharge('pleaded', ' with the board to wait')).toBe(false);
  });

  it('gives no position to the one arrested and charged', () => {
    const found = said(run(['Harbour worker Tom Vell was arrested on Monday and charged with stealing two outboard motors.'], [], ATTITUDES));
    expect(found.some((s) => s.includes('with stealing'))).toBe(false);
  });

  it('gives none to one released and ordered to stay away', () => {
    const found = said(run(['Tom Vell was released on bail and ordered to stay away from the marina until his trial.'], [], ATTITUDES));
    expect(found.some((s) => s.includes('to stay away'))).toBe(false);
  });

  it('still reads an active charge', () => {
    const found = said(run(['Councillor Ada Lund charged that the ferry fares had been set in secret.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Ada Lund |') && s.includes('ferry fares'))).toBe(true);
  });
});
