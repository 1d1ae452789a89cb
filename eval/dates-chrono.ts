// Development pass rate of the dates step on chrono-node's English test cases
// (../shared/eval/data/chrono-tests-en/cases_en.json, read at run time).
//
//   npx tsx eval/dates-chrono.ts [--verbose]
//
// A case with an expected start date passes when some date we return has a value that the
// expected day starts with (our value may be coarser: "2012-08" for "August 2012"). A case with
// only an expected text passes when a date we return overlaps it. A negative case
// (testUnexpectedResult) passes when we return nothing. Cases about times of day alone are
// reported apart: the annotation guidelines say a time alone is not a date, so we return nothing
// for them by design. Durations ("within 5 days", "in 3 hours") are likewise not dates here.

import { readFileSync } from 'node:fs';
import { datesIn, isoDay, rate } from './dates-run';
import { requireKit } from './kit';

const FILE = requireKit('eval/data/chrono-tests-en/cases_en.json');
const verbose = process.argv.includes('--verbose');
process.stdout.on('error', () => process.exit(0)); // piped into head

interface Case {
  file: string;
  kind: 'testSingleCase' | 'testUnexpectedResult' | 'testWithExpectedDate';
  parser: string;
  input: string;
  refDate_or_ref?: string;
  expected_text?: string;
  expected_start?: string;
  expected_index?: string;
  source_snippet: string;
}

const DATE_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|day|days|week|weeks|weekend|month|months|year|years|quarter|decade|fortnight)|(?<![:\d])\d{1,4}[/-]\d{1,2}(?![:\d])|\d{1,2}\.\d{1,2}\.\d{2,4}|\b\d{4}\b/i;
// The reference is a variable defined elsewhere in chrono's test file: the case cannot be replayed.
const VARIABLE_REF = /^testSingleCase\(\s*[\w.]+,\s*"(?:[^"\\]|\\.)*",\s*[A-Za-z_]\w*\s*,/;
const DURATION = /\b(?:within|in|for)\s+(?:a|an|one|two|three|few|several|\d+)\b/i;

function evalNumber(expr: string): number | null {
  const clean = expr.trim();
  if (!/^[\d\s+\-*]+$/.test(clean)) return null;
  const parts = clean.split(/\s*([+-])\s*/);
  let total = Number(parts[0]);
  for (let i = 1; i < parts.length; i += 2) total += (parts[i] === '-' ? -1 : 1) * Number(parts[i + 1]);
  return Number.isFinite(total) ? total : null;
}

/** `new Date(2012, 7 - 1, 10, 12)` or `new Date("Sat Apr 18 2015")` → the calendar day it names. */
function dayOfDateExpr(expr: string | undefined): string | null {
  if (!expr) return null;
  const numeric = /new Date\(\s*(\d{4})\s*,\s*([^,)]+?)\s*(?:,\s*([^,)]+?)\s*)?(?:,[^)]*)?\)/.exec(expr);
  if (numeric) {
    const m = evalNumber(numeric[2]!);
    const d = numeric[3] ? evalNumber(numeric[3]) : 1;
    if (m === null || d === null) return null;
    const date = new Date(Date.UTC(Number(numeric[1]), m, d));
    return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const literal = /new Date\(\s*"([^"]+)"\s*\)/.exec(expr);
  if (literal) {
    const date = new Date(literal[1]!);
    if (Number.isNaN(date.getTime())) return null;
    if (/T\d|Z|GMT|[+-]\d{2}:?\d{2}/.test(literal[1]!)) return date.toISOString().slice(0, 10);
    return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }
  return null;
}

/** Expected start from `result.start.get("year")).toBe(2012)`-style assertions. */
function dayFromSnippet(snippet: string): string | null {
  const get = (unit: string): number | null => {
    const match = new RegExp(`result\\.start\\.get\\("${unit}"\\)\\)\\.toBe\\((\\d+)\\)`).exec(snippet);
    return match ? Number(match[1]) : null;
  };
  const y = get('year');
  const m = get('month');
  const d = get('day');
  if (y === null || m === null || d === null) return null;
  return isoDay(y, m, d);
}

/** Our value names the expected day: a prefix of it, or the quarter it falls in. */
function matchesDay(value: string, day: string): boolean {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return day.startsWith(quarter[1]!) && Math.ceil(Number(day.slice(5, 7)) / 3) === Number(quarter[2]);
  return day.startsWith(value);
}

const cases = JSON.parse(readFileSync(FILE, 'utf8')) as Case[];
const tally = new Map<string, { pass: number; total: number }>();
const bump = (key: string, pass: boolean): void => {
  const t = tally.get(key) ?? { pass: 0, total: 0 };
  t.total++;
  if (pass) t.pass++;
  tally.set(key, t);
};
const FALLBACK_REF = '2012-08-10';

for (const c of cases) {
  if (/\.fr\b|custom|strict/.test(c.parser)) continue;
  if (!c.refDate_or_ref && VARIABLE_REF.test(c.source_snippet.replace(/\s+/g, ' '))) continue;
  if (c.refDate_or_ref && !dayOfDateExpr(c.refDate_or_ref)) continue;
  const ref = dayOfDateExpr(c.refDate_or_ref) ?? FALLBACK_REF;
  const dayFirst = /GB|LittleEndian/.test(c.parser);
  const dates = datesIn(c.input, ref, dayFirst);
  if (c.kind === 'testUnexpectedResult') {
    const pass = dates.length === 0;
    bump('negative', pass);
    if (verbose && !pass) console.log(`FAIL negative ${JSON.stringify(c.input)} → ${dates.map((d) => `${d.text}=${d.value}`).join(', ')}`);
    continue;
  }
  const subject = c.expected_text ?? c.input;
  const timeOnly = !DATE_WORD.test(subject);
  const duration = DURATION.test(subject) && !/\b(?:in|on)\s+(?:\d{4}|[A-Z])/.test(subject);
  const group = timeOnly ? 'time-only (by design: none)' : duration ? 'duration (by design: none)' : 'date';
  const expectedDay = c.kind === 'testWithExpectedDate' || (c.expected_start && !c.refDate_or_ref?.includes('refInstant'))
    ? dayOfDateExpr(c.expected_start)
    : dayFromSnippet(c.source_snippet);
  let pass: boolean;
  let why: string;
  if (group !== 'date') {
    pass = dates.length === 0;
    why = 'expected nothing';
  } else if (expectedDay) {
    pass = dates.some((d) => matchesDay(d.value, expectedDay));
    why = `expected ${expectedDay}`;
  } else if (c.expected_text) {
    const at = c.input.indexOf(c.expected_text);
    pass = dates.some((d) => d.start < at + c.expected_text!.length && d.end > at);
    why = `expected text ${JSON.stringify(c.expected_text)}`;
  } else {
    continue;
  }
  bump(group, pass);
  if (group === 'date') bump(`  ${c.file}`, pass);
  if (verbose && !pass) {
    console.log(`FAIL [${c.file}] ${JSON.stringify(c.input)} ref ${ref}: ${why}; got ${dates.map((d) => `${d.text}=${d.value}`).join(', ') || 'nothing'}`);
  }
}

console.log('chrono-node English cases (dates step):');
for (const [key, t] of [...tally].sort((a, b) => (a[0].startsWith(' ') ? 1 : 0) - (b[0].startsWith(' ') ? 1 : 0))) {
  console.log(`${key.padEnd(48)} ${rate(t.pass, t.total)}`);
}
