import { describe, expect, it } from 'vitest';
import { isWeatherSystem } from '../../../src/core/sources/weather-system';
import { run, said } from './run';

// A named storm is read as a person by its capitals; it says and holds nothing.
const ATTITUDES = { attitudes: true };

describe('a named weather system as a speaker', () => {
  it('is a storm, a hurricane or a typhoon by its class word', () => {
    expect(isWeatherSystem('Hurricane Bodil', '')).toBe(true);
    expect(isWeatherSystem('Typhoon Mirel', '')).toBe(true);
    expect(isWeatherSystem('Tropical Storm Ansel', '')).toBe(true);
    expect(isWeatherSystem('Storm Tamsin', 'Storm Tamsin hit on Monday. The storm brought floods.')).toBe(true);
  });

  it('keeps a person named Storm, and bodies named after storms', () => {
    expect(isWeatherSystem('Storm Calder', 'Storm Calder said the film was her best work.')).toBe(false);
    expect(isWeatherSystem('Tornado and Storm Research Organisation', 'the storm')).toBe(false);
    expect(isWeatherSystem('Hurricane Relief Fund', '')).toBe(false);
  });

  it('takes no position from a storm in the sources step', () => {
    const found = said(run(['Storm Tamsin prompted amber warnings from forecasters on Monday.', 'The storm brought winds of 90mph to the coast.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Storm Tamsin |'))).toBe(false);
    expect(said(run(['Storm Calder said the film was the best work of her career.'], [], ATTITUDES))).toContain('Storm Calder | the film was the best work of her career');
  });
});
