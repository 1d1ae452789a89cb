import { describe, expect, it } from 'vitest';
import { perfectAfterCoordinator } from '../../../src/core/sources/coordinated-lead';
import { analyzeText } from '../../../src/core/index';

const leads = (sentence: string, cue: string) => perfectAfterCoordinator(sentence, 0, sentence.indexOf(` ${cue}`) + 1);
const quotesOf = (text: string) => analyzeText(text, { referenceDate: new Date('2024-05-01'), url: null }).quotes;

// A perfect auxiliary may stand between a coordinator and the second verb of a coordinated predicate.
describe('a coordinated participle after a perfect auxiliary', () => {
  it('reads "and has", "but have since", "and had not"', () => {
    expect(leads('The warden lives near the marsh and has said that the dikes will hold.', 'said')).toBe(true);
    expect(leads('The ferry crews backed the strike at first, but have since argued that it went too far.', 'argued')).toBe(true);
    expect(leads('The clerk read the ledger and had not mentioned the missing pages.', 'mentioned')).toBe(true);
  });

  it('refuses an auxiliary with a subject of its own or no coordinator', () => {
    expect(leads('The warden lives near the marsh and she has said that the dikes will hold.', 'said')).toBe(false);
    expect(leads('The warden has said that the dikes will hold.', 'said')).toBe(false);
    expect(leads('The toll was raised, which has angered the drivers.', 'angered')).toBe(false);
  });

  it('gives the second verb the first one\'s subject in a whole analysis', () => {
    const quotes = quotesOf('Tide levels rose again on Sunday.\n\nSenator Ida Brand grew up near the marsh and has said that the dikes will hold through the winter.');
    const said = quotes.find((q) => q.cue === 'said');
    expect(said?.text).toBe('the dikes will hold through the winter');
    expect(said?.speaker).toMatch(/Brand/);
  });

  it('reads a stance after "and has"', () => {
    const quotes = quotesOf('Tide levels rose again on Sunday.\n\nThe ferry union opposes the new toll on barges and has vowed to fight it in court.');
    const vowed = quotes.find((q) => q.cue === 'vowed');
    expect(vowed?.text).toBe('to fight it in court');
    expect(vowed?.speaker).toMatch(/union/);
  });
});
