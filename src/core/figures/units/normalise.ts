// The same amount in a base unit, so that figures can be compared like with like (the panel groups
// them by dimension: "Length", "Money (GBP)"): cents and pence in their currency, lengths in metres,
// masses in kilograms, volumes in litres, areas in square metres, speeds in km/h, power in kW,
// energy in kWh, data in bytes, temperatures in °C. Rates ("USD per barrel") keep their
// denominator: "USD per barrel" and "USD" are not compared.

import { lookupTable } from '../../text/lookup-table';

export interface Normalized {
  low: number;
  high: number;
  unit: string;
  /** What is measured: "Length", "Money (USD)", "Temperature". */
  dimension: string;
}

type Linear = [dimension: string, base: string, factor: number];
const LINEAR = lookupTable<Linear>({
  km: ['Length', 'm', 1000], m: ['Length', 'm', 1], cm: ['Length', 'm', 0.01], mm: ['Length', 'm', 0.001], nm: ['Length', 'm', 1e-9],
  mi: ['Length', 'm', 1609.344], ft: ['Length', 'm', 0.3048], in: ['Length', 'm', 0.0254], yd: ['Length', 'm', 0.9144], nmi: ['Length', 'm', 1852],
  'sq km': ['Area', 'sq m', 1e6], 'sq mi': ['Area', 'sq m', 2_589_988.11], 'sq m': ['Area', 'sq m', 1], 'sq ft': ['Area', 'sq m', 0.09290304],
  acres: ['Area', 'sq m', 4046.8564], ha: ['Area', 'sq m', 1e4],
  kg: ['Mass', 'kg', 1], g: ['Mass', 'kg', 0.001], mg: ['Mass', 'kg', 1e-6], 'µg': ['Mass', 'kg', 1e-9], lb: ['Mass', 'kg', 0.45359237],
  oz: ['Mass', 'kg', 0.028349523], t: ['Mass', 'kg', 1000],
  l: ['Volume', 'l', 1], ml: ['Volume', 'l', 0.001], gal: ['Volume', 'l', 3.785411784], 'cu m': ['Volume', 'l', 1000], 'cu ft': ['Volume', 'l', 28.316846592],
  bcm: ['Volume', 'l', 1e12], barrels: ['Volume', 'l', 158.987294928],
  mph: ['Speed', 'km/h', 1.609344], 'km/h': ['Speed', 'km/h', 1], knots: ['Speed', 'km/h', 1.852], 'm/s': ['Speed', 'km/h', 3.6],
  W: ['Power', 'kW', 0.001], kW: ['Power', 'kW', 1], MW: ['Power', 'kW', 1e3], GW: ['Power', 'kW', 1e6], hp: ['Power', 'kW', 0.745699872],
  kWh: ['Energy', 'kWh', 1], MWh: ['Energy', 'kWh', 1e3], GWh: ['Energy', 'kWh', 1e6], TWh: ['Energy', 'kWh', 1e9], BTU: ['Energy', 'kWh', 0.00029307107],
  KB: ['Data', 'bytes', 1e3], MB: ['Data', 'bytes', 1e6], GB: ['Data', 'bytes', 1e9], TB: ['Data', 'bytes', 1e12],
  kPa: ['Pressure', 'kPa', 1], MPa: ['Pressure', 'kPa', 1e3], GPa: ['Pressure', 'kPa', 1e6],
  bpd: ['Flow', 'bpd', 1], ppm: ['Concentration', 'ppb', 1000], ppb: ['Concentration', 'ppb', 1],
  seconds: ['Time', 'days', 1 / 86400], minutes: ['Time', 'days', 1 / 1440], hours: ['Time', 'days', 1 / 24], days: ['Time', 'days', 1],
  weeks: ['Time', 'days', 7], months: ['Time', 'days', 30.436875], years: ['Time', 'days', 365.2425], decades: ['Time', 'days', 3652.425],
  centuries: ['Time', 'days', 36524.25],
});
// Sub-units of a currency: the printed amount stays the figure's value.
const SUB_UNITS = lookupTable<[string, number]>({ cents: ['USD', 0.01], pence: ['GBP', 0.01] });

export function normalise(kind: string, unit: string | null, low: number, high: number): Normalized | undefined {
  if (!unit) return undefined;
  const [head, per] = unit.split(' per ');
  const rate = per ? ` per ${per}` : '';
  if (kind === 'money') {
    const sub = SUB_UNITS[head!];
    const [code, factor] = sub ?? [head!, 1];
    return { low: low * factor, high: high * factor, unit: `${code}${rate}`, dimension: `Money (${code}${rate})` };
  }
  if (kind === 'age' || kind === 'count' || kind === 'number' || kind === 'ratio' || kind === 'multiplier') return undefined;
  if (head === '°C') return { low, high, unit: '°C', dimension: 'Temperature' };
  if (head === '°F') return { low: ((low - 32) * 5) / 9, high: ((high - 32) * 5) / 9, unit: '°C', dimension: 'Temperature' };
  if (head === 'K') return { low: low - 273.15, high: high - 273.15, unit: '°C', dimension: 'Temperature' };
  const linear = LINEAR[head!];
  if (!linear) return undefined;
  const [dimension, base, factor] = linear;
  return { low: low * factor, high: high * factor, unit: `${base}${rate}`, dimension: rate ? `${dimension}${rate}` : dimension };
}
