// Measures with units: lengths, areas, weights, volumes, energy, speed, temperature, data.
// Matched after the number, spaced, glued ("10km", "200lbs") or hyphenated ("six-mile", "3-inch").
// The unit is normalised to a short symbol ("km", "mi", "kg", "°C").

import type { Token } from '../lexer';
import { phraseAt, phrases, tokenAt } from '../token-utils';
import { lookupTable } from '../../text/lookup-table';

const UNITS = lookupTable<string[]>({
  km: ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
  m: ['metre', 'metres', 'meter', 'meters'],
  cm: ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'],
  mm: ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'],
  nm: ['nanometre', 'nanometres', 'nanometer', 'nanometers'],
  mi: ['mile', 'miles', 'mi'],
  ft: ['ft', 'foot', 'feet'],
  in: ['inch', 'inches'],
  yd: ['yard', 'yards', 'yd', 'yds'],
  nmi: ['nautical mile', 'nautical miles'],
  'sq km': ['sq km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers', 'km ²', 'km²'],
  'sq mi': ['sq mi', 'square mile', 'square miles'],
  'sq m': ['sq m', 'square metre', 'square metres', 'square meter', 'square meters', 'm ²', 'm²'],
  'sq ft': ['sq ft', 'square foot', 'square feet'],
  acres: ['acre', 'acres'],
  ha: ['ha', 'hectare', 'hectares'],
  kg: ['kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos'],
  g: ['g', 'gram', 'grams', 'gramme', 'grammes'],
  mg: ['mg', 'milligram', 'milligrams'],
  'µg': ['µg', 'μg', 'mcg', 'microgram', 'micrograms', 'microgramme', 'microgrammes'],
  lb: ['lb', 'lbs', 'pound', 'pounds'],
  oz: ['oz', 'ounce', 'ounces'],
  t: ['tonne', 'tonnes', 'ton', 'tons', 'metric ton', 'metric tons', 'metric tonnes'],
  l: ['l', 'litre', 'litres', 'liter', 'liters'],
  ml: ['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'],
  gal: ['gallon', 'gallons', 'gal'],
  'cu m': ['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters'],
  'cu ft': ['cubic foot', 'cubic feet', 'cu ft'],
  bcm: ['bcm', 'billion cubic metres', 'billion cubic meters'],
  barrels: ['barrel', 'barrels', 'bbl'],
  bpd: ['bpd', 'barrels per day', 'barrels a day'],
  mph: ['mph', 'm.p.h.', 'm.p.h', 'miles per hour', 'miles an hour'],
  'm/s': ['m / s', 'metres per second', 'meters per second', 'metres a second', 'meters a second'],
  'km/h': ['km / h', 'km / hr', 'kmh', 'kph', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour'],
  knots: ['knot', 'knots'],
  W: ['w', 'watt', 'watts'],
  kW: ['kw', 'kilowatt', 'kilowatts'],
  MW: ['mw', 'megawatt', 'megawatts'],
  GW: ['gw', 'gigawatt', 'gigawatts'],
  kWh: ['kwh', 'kilowatt-hour', 'kilowatt-hours', 'kilowatt hours'],
  MWh: ['mwh', 'megawatt-hour', 'megawatt-hours', 'megawatt hours'],
  GWh: ['gwh', 'gigawatt-hour', 'gigawatt-hours', 'gigawatt hours'],
  TWh: ['twh', 'terawatt-hour', 'terawatt-hours', 'terawatt hours'],
  V: ['volt', 'volts', 'kv', 'kilovolts'],
  hp: ['hp', 'horsepower'],
  cal: ['calorie', 'calories', 'kcal'],
  KB: ['kb', 'kilobyte', 'kilobytes'],
  MB: ['mb', 'megabyte', 'megabytes'],
  GB: ['gb', 'gigabyte', 'gigabytes'],
  TB: ['tb', 'terabyte', 'terabytes'],
  Mbps: ['mbps', 'gbps'],
  bit: ['bit', 'bits'],
  MP: ['megapixel', 'megapixels'],
  dB: ['db', 'decibel', 'decibels'],
  ppm: ['ppm', 'parts per million'],
  ppb: ['ppb', 'parts per billion'],
  kPa: ['kpa', 'kilopascal', 'kilopascals'],
  MPa: ['mpa', 'megapascal', 'megapascals'],
  GPa: ['gpa', 'gigapascal', 'gigapascals'],
  BTU: ['btu', 'btus', 'mmbtu', 'british thermal units'],
  '°C': ['° c', '°c', 'degc', 'deg c', 'degrees celsius', 'degree celsius', 'degrees centigrade', 'centigrade', 'celcius', 'degrees celcius', 'deg celsius', 'deg c', 'degrees c', 'degree c', 'celsius'],
  '°F': ['° f', '°f', 'degf', 'degrees fahrenheit', 'degree fahrenheit', 'deg f', 'degrees f', 'degree f', 'fahrenheit', 'deg fahrenheit', 'degree farenheit', 'degrees farenheit', 'farenheit'],
  K: ['kelvin', 'degrees kelvin'],
  '°': ['degrees', 'degree', '°', 'deg'],
});
// Names are matched token by token, split the way the lexer splits text ("°C" = "°", "c").
const NAME_PARTS = /\d+|[\p{L}]+|\S/gu;
const splitName = (name: string): string => (name.match(NAME_PARTS) ?? []).join(' ');
const TO_UNIT = new Map<string, string>();
for (const [unit, names] of Object.entries(UNITS)) for (const name of names) TO_UNIT.set(splitName(name), unit);
const PHRASES = phrases([...TO_UNIT.keys()]);
// Glued to digits these read as units; spaced they are too often words ("a 5 g network", "5 w").
const GLUED_ONLY = new Set(['g', 'w', 'kb', 'mb', 'gb', 'tb', 'db', 'ha', 'mi', 'kv', 'c', 'f', 'l']);

export interface UnitMatch {
  index: number;
  unit: string;
  /** Printed with a hyphen as an adjective: "a six-mile trip". */
  hyphenated: boolean;
}

export function measureAfter(tokens: readonly Token[], last: number, allowMetre: boolean): UnitMatch | null {
  let i = last + 1;
  let hyphenated = false;
  const next = tokenAt(tokens, i);
  if (!next || next.gap === 2) return null;
  if (next.type === 'punct' && next.text === '-' && next.gap === 0) {
    hyphenated = true;
    i++;
    if (tokenAt(tokens, i)?.gap !== 0) return null;
  } else if (next.gap > 1) return null;
  const start = tokenAt(tokens, i);
  if (!start) return null;
  const match = phraseAt(tokens, i, PHRASES);
  let key: string | null = match ? match.phrase.join(' ') : null;
  let end = match?.last ?? -1;
  // "300m" (glued) is metres unless a currency came before (then it was a magnitude), or it reads as
  // millions: "35m of its devices", "2.7m combined sales" (a plural or "of" after it).
  if (!key && allowMetre && start.lower === 'm' && start.gap === 0 && !hyphenated && !millionsAhead(tokens, i)) { key = 'metre'; end = i; }
  if (!key || end < 0) return null;
  // Spaced, "5 g" or "5 mb" is too often a word; "5 MB" in capitals is a unit.
  if (start.gap !== 0 && !hyphenated && GLUED_ONLY.has(key) && start.text === start.lower) return null;
  // "5G" and "4K" are names; grams are a small "g".
  if (key === 'g' && start.text !== 'g') return null;
  // "24703m212": a code, not a length.
  const after = tokenAt(tokens, end + 1);
  if (after && after.gap === 0 && (after.type === 'num' || after.type === 'word')) return null;
  const unit = TO_UNIT.get(key) ?? null;
  if (!unit) return null;
  return { index: end, unit, hyphenated };
}

// Sports distances that follow "100m": "the 100m hurdles" is metres whatever the plural says.
const EVENTS = new Set(['hurdles', 'relay', 'sprint', 'freestyle', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'dash', 'final', 'finals', 'race', 'heats', 'record', 'title', 'long', 'high', 'wide', 'deep', 'tall', 'away', 'above', 'below']);

/** After a glued "m": "of", or a plural noun within two words, means millions. */
export function millionsAhead(tokens: readonly Token[], m: number): boolean {
  const next = tokenAt(tokens, m + 1);
  if (!next || next.gap !== 1 || next.type !== 'word') return false;
  if (next.lower === 'of') return true;
  for (let k = 1; k <= 3; k++) {
    const word = tokenAt(tokens, m + k);
    if (!word || word.type !== 'word' || word.gap !== 1 || EVENTS.has(word.lower)) return false;
    if (/^\p{Ll}+s$/u.test(word.text) && !/(?:ss|us|is)$/.test(word.lower) && word.lower.length > 3) return true;
    if (word.lower === 'people') return true;
  }
  return false;
}
