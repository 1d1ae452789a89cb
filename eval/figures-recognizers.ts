// Development pass rates of the figures step on Microsoft Recognizers-Text's English specs
// (../shared/eval/data/recognizers-text-specs-en, read at run time, never copied).
//
//   npx tsx eval/figures-recognizers.ts [--verbose] [--only NumberModel] [--js-only]
//
// A case passes when the figures found in its Input carry exactly the spec's values (within
// 1 %), each counted once. Ranges compare both ends; open ranges ("fewer than 1000") compare the
// printed bound and the qualifier's direction. Currency, dimension and temperature also report
// value+unit. Our conventions differ by design in places (shares are percentages: "one third"
// is 33.33 here; ordinals and years are not figures), so 100 % is not the goal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFigures } from '../src/core/figures/index';
import { splitSentences } from '../src/core/text/sentences';
import type { Figure } from '../src/core/types';
import { requireKit } from './kit';

const SPECS = requireKit('eval/data/recognizers-text-specs-en/Specs');
const FILES = [
  'Number/English/NumberModel.json', 'Number/English/NumberRangeModel.json', 'Number/English/PercentModel.json',
  'NumberWithUnit/English/CurrencyModel.json', 'NumberWithUnit/English/DimensionModel.json',
  'NumberWithUnit/English/AgeModel.json', 'NumberWithUnit/English/TemperatureModel.json',
];
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const jsOnly = args.includes('--js-only');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]! : null;

interface Spec {
  Input: string;
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results: { Text: string; TypeName: string; Resolution?: Record<string, unknown> }[];
}
type Key = [number | null, number | null];

const close = (a: number | null, b: number | null) => a === b || (a !== null && b !== null && Math.abs(a - b) <= Math.max(0.01 * Math.abs(b), 0.011));
const sameKey = (a: Key, b: Key) => close(a[0], b[0]) && close(a[1], b[1]);

/** The spec's expected key: a value, or an interval "[20,30)" / "(,1000)". */
function expectedKey(result: Spec['Results'][number]): Key | null {
  const raw = String(result.Resolution?.value ?? '');
  // Cents and pence are printed as counted (19 cents = 19, unit "cents"), as the spec counts them.
  const interval = /^[[(](-?[\d.e+]*),(-?[\d.e+]*)[\])]$/.exec(raw);
  if (interval) return [interval[1] ? Number(interval[1]) : null, interval[2] ? Number(interval[2]) : null];
  const value = Number(raw.replace('%', ''));
  return Number.isFinite(value) && raw !== '' ? [value, value] : null;
}

// The NumberWithUnit specs label one kind each; other figures in their sentences are not errors.
const KINDS: [RegExp, RegExp][] = [
  [/Currency/, /^money$/], [/Dimension/, /^(measure|percentage-points)$/], [/Age/, /^age$/], [/Temperature/, /^measure$/], [/Percent/, /^percent$/],
];
function relevant(figure: Figure, file: string): boolean {
  const rule = KINDS.find(([f]) => f.test(file));
  if (!rule) return true;
  if (/Temperature/.test(file)) return figure.unit === '°C' || figure.unit === '°F' || figure.unit === '°' || figure.unit === 'K';
  return rule[1].test(figure.kind) && !(/Dimension/.test(file) && ['°C', '°F', '°'].includes(figure.unit ?? ''));
}

function predictedKey(figure: Figure, file: string): Key {
  let low = figure.low;
  let high = figure.high;
  // Recognizers print fractions as numbers ("one third" = 0.333); we print shares as percentages.
  const share = figure.unit === 'percent' && /fraction|ratio/.test(figure.provenance.extractor);
  if (share && !file.includes('Percent')) { low /= 100; high /= 100; }
  if (file.includes('Range') && figure.value !== undefined) {
    if (figure.qualifier === 'more-than' || figure.qualifier === 'at-least') return [low, null];
    if (figure.qualifier === 'less-than' || figure.qualifier === 'at-most' || figure.qualifier === 'up-to') return [null, high];
  }
  return [low, high];
}

const UNIT_NAMES: Record<string, string[]> = {
  km: ['Kilometer'], m: ['Meter'], cm: ['Centimeter'], mm: ['Millimeter'], mi: ['Mile'], ft: ['Foot'], in: ['Inch'], yd: ['Yard'],
  kg: ['Kilogram'], g: ['Gram'], mg: ['Milligram'], lb: ['Pound'], oz: ['Ounce'], t: ['Ton', 'Metric ton'], l: ['Liter'], ml: ['Milliliter'],
  gal: ['Gallon'], acres: ['Acre'], ha: ['Hectare'], 'sq km': ['Square kilometer'], 'sq mi': ['Square mile'], 'sq m': ['Square meter'], 'sq ft': ['Square foot'],
  '°': ['Degree'], mph: ['Mile per hour'], 'km/h': ['Kilometer per hour'], '°C': ['C'], '°F': ['F'], K: ['K'], barrels: ['Barrel'], MB: ['Megabyte'], GB: ['Gigabyte'],
  KB: ['Kilobyte'], TB: ['Terabyte'], W: ['Watt'], kW: ['Kilowatt'], MW: ['Megawatt'], hp: ['Horsepower'], knots: ['Knot'],
};

function unitMatches(figure: Figure, result: Spec['Results'][number]): boolean {
  const expected = String(result.Resolution?.isoCurrency ?? result.Resolution?.unit ?? '');
  if (!figure.unit) return false;
  // A rate's unit is "USD per barrel"; cents and pence are their own units, normalised into the currency.
  if (figure.kind === 'money') {
    const unit = figure.unit.split(' per ')[0]!;
    if (/^(Cent)$/.test(expected) && unit === 'cents') return true;
    if (/^(Pence|Penny)$/.test(expected) && unit === 'pence') return true;
    return moneyUnit({ ...figure, unit }, expected);
  }
  if (figure.kind === 'age' || figure.kind === 'duration') return expected.toLowerCase().startsWith(figure.unit.replace(/s$/, ''));
  return (UNIT_NAMES[figure.unit] ?? []).some((name) => name.toLowerCase() === expected.toLowerCase());
}

function moneyUnit(figure: Figure & { unit: string }, expected: string): boolean {
  return figure.unit === expected || (expected === 'Dollar' && figure.unit === 'USD') || (expected === 'Euro' && figure.unit === 'EUR') || (expected === 'Pound' && figure.unit === 'GBP') || (/^(Cent)$/.test(expected) && figure.unit === 'USD') || (/^(Pence|Penny)$/.test(expected) && figure.unit === 'GBP');
}

let grandPass = 0;
let grandTotal = 0;
for (const file of FILES) {
  if (only && !file.includes(only)) continue;
  const specs: Spec[] = JSON.parse(readFileSync(join(SPECS, file), 'utf8').replace(/^\uFEFF/, ''));
  let pass = 0;
  let total = 0;
  let unitPass = 0;
  let unitTotal = 0;
  for (const spec of specs) {
    if (jsOnly && /javascript/i.test(spec.NotSupported ?? '')) continue;
    total++;
    const figures = findFigures(spec.Input, { sentences: splitSentences(spec.Input) }).filter((f) => relevant(f, file));
    const expected = spec.Results.map(expectedKey).filter((k): k is Key => k !== null);
    const predicted = figures.map((f) => predictedKey(f, file));
    const distinct = (keys: Key[]) => keys.filter((k, i) => keys.findIndex((o) => sameKey(o, k)) === i);
    const e = distinct(expected);
    const p = distinct(predicted);
    const ok = e.length === p.length && e.every((k) => p.some((o) => sameKey(o, k)));
    if (ok) pass++;
    const withUnits = /Currency|Dimension|Temperature|Age/.test(file);
    let unitOk = false;
    if (withUnits) {
      unitTotal++;
      unitOk = ok && spec.Results.every((r) => figures.some((f) => { const k = expectedKey(r); return k !== null && sameKey(predictedKey(f, file), k) && unitMatches(f, r); }));
      if (unitOk) unitPass++;
    }
    if (verbose && (!ok || (withUnits && !unitOk))) {
      console.log(`  ${ok ? 'UNIT' : 'FAIL'} ${JSON.stringify(spec.Input.slice(0, 140))}\n     want ${JSON.stringify(spec.Results.map((r) => [r.Text, r.Resolution?.value, r.Resolution?.isoCurrency ?? r.Resolution?.unit]))}\n     got  ${JSON.stringify(figures.map((f) => [f.text, f.value ?? [f.low, f.high], f.unit]))}`);
    }
  }
  grandPass += pass;
  grandTotal += total;
  const unitLine = unitTotal ? `   value+unit ${(unitPass / unitTotal * 100).toFixed(1)}% (${unitPass}/${unitTotal})` : '';
  console.log(`${file.split('/').pop()!.replace('.json', '').padEnd(22)} ${(pass / total * 100).toFixed(1).padStart(5)}% (${pass}/${total})${unitLine}`);
}
console.log(`${'all'.padEnd(22)} ${(grandPass / grandTotal * 100).toFixed(1).padStart(5)}% (${grandPass}/${grandTotal})`);
