import { describe, expect, it } from 'vitest';
import { figuresIn, only } from './helpers';

describe('vague magnitudes', () => {
  it('reads plural magnitudes as flagged ranges, one to ten of the unit ("dozens": two to ten dozen)', () => {
    const f = only('Millions of viewers tuned in.');
    expect([f.low, f.high, f.vague, f.unit]).toEqual([1e6, 1e7, true, 'viewers']);
    expect(only('Dozens of boats were damaged.')).toMatchObject({ low: 24, high: 120, vague: true });
    expect(only('Hundreds of kilometres of road were closed.')).toMatchObject({ low: 100, high: 1000, unit: 'km', vague: true });
  });
  it('multiplies "tens of" and "hundreds of" a magnitude', () => {
    expect(only('The repairs will cost tens of millions of dollars.')).toMatchObject({ low: 1e7, high: 1e8, unit: 'USD', kind: 'money', vague: true });
    expect(only('Hundreds of thousands of fans came.')).toMatchObject({ low: 1e5, high: 1e6, vague: true });
  });
});

describe('rates', () => {
  it('reads per-unit prices and per-year amounts', () => {
    expect(only('Brent traded at $71.10 per barrel.')).toMatchObject({ value: 71.1, unit: 'USD per barrel' });
    expect(only('The plan costs $9.99 a month.')).toMatchObject({ unit: 'USD per month' });
    expect(only('Homes sell for about $850 per square foot.')).toMatchObject({ unit: 'USD per square foot' });
    expect(only('Spending was £2,400 per capita.')).toMatchObject({ unit: 'GBP per person' });
    expect(only('Seas may rise 9 feet per century.')).toMatchObject({ unit: 'ft per century' });
    expect(only('The post pays between $40,000 and $50,000 a year.')).toMatchObject({ low: 40_000, high: 50_000, unit: 'USD per year' });
  });
});

describe('units, normalised', () => {
  it('keeps cents and pence as printed, normalised into their currency', () => {
    expect(only('Shares fell 23 cents.')).toMatchObject({ value: 23, unit: 'cents', normalized: { low: 0.23, unit: 'USD' } });
    expect(only('The chancellor offered a 3p cut.')).toMatchObject({ value: 3, unit: 'pence', normalized: { low: 0.03, unit: 'GBP' } });
    expect(only('The stock closed at 212.5p.')).toMatchObject({ value: 212.5, unit: 'pence' });
    expect(figuresIn('The clip streams at 1080p.')).toEqual([]);
  });
  it('reads data sizes, energy, speeds and temperatures, with a base unit', () => {
    expect(only('The phone has 512GB of storage.')).toMatchObject({ unit: 'GB', normalized: { low: 512e9, unit: 'bytes', dimension: 'Data' } });
    expect(only('The plant makes 40 GWh a year.').normalized).toMatchObject({ low: 40e6, unit: 'kWh per year' });
    expect(only('Gusts reached 90 mph.').normalized).toMatchObject({ unit: 'km/h', dimension: 'Speed' });
    expect(only('Jets hit 300 metres per second.')).toMatchObject({ unit: 'm/s' });
    expect(only('It was 2.5degF warmer.')).toMatchObject({ unit: '°F' });
    expect(only('The gas is cooled to minus-162 degrees Celsius.')).toMatchObject({ value: -162, unit: '°C' });
    expect(only('Chips are made at sub-5 nanometer scales.')).toMatchObject({ value: 5, unit: 'nm' });
  });
  it('reads glued currency codes, "pc" and millions written "m"', () => {
    expect(only('Revenue was EUR40m.')).toMatchObject({ value: 40e6, unit: 'EUR' });
    expect(only('Shares rose 18 sen to RM4.10.'.replace('18 sen to ', ''))).toMatchObject({ value: 4.1, unit: 'MYR' });
    expect(only('Profits rose 7pc.')).toMatchObject({ value: 7, unit: 'percent' });
    expect(only('It has 12m of its speakers in homes.')).toMatchObject({ value: 12e6 });
    expect(only('She won the 400m hurdles.')).toMatchObject({ value: 400, unit: 'm' });
  });
  it('reads a mixed number joined by a hyphen', () => {
    expect(only('The dispute ran for 2-1/2 years.')).toMatchObject({ value: 2.5, unit: 'years' });
  });
});
