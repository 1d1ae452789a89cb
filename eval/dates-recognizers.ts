// Development pass rate of the dates step on Microsoft Recognizers-Text's English date-time specs
// (../shared/eval/data/recognizers-text-specs-en/Specs/DateTime/English/DateTimeModel.json,
// read at run time), on the cases whose expected results are all dates or date ranges.
//
//   npx tsx eval/dates-recognizers.ts [--verbose]
//
// An expected result is found when a date we return overlaps its span and names the same
// calendar place: its value is a prefix of the expected one or the other way round (we may be
// coarser, "2016-11" for the week of 7 November, or finer). A year-less expected date lists both
// readings (last and next occurrence); either counts. A case passes when all its results are
// found. "Extras" are dates we return where the spec expects nothing of any kind.

import { readFileSync } from 'node:fs';
import { datesIn, rate } from './dates-run';
import { requireKit } from './kit';

const FILE = requireKit('eval/data/recognizers-text-specs-en/Specs/DateTime/English/DateTimeModel.json');
const verbose = process.argv.includes('--verbose');
process.stdout.on('error', () => process.exit(0)); // piped into head

interface Value {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
}
interface Result {
  Text: string;
  Start: number;
  End: number;
  TypeName?: string;
  Resolution?: { values?: Value[] };
}
interface Spec {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  Results?: Result[];
}

const DATE_TYPES = new Set(['datetimeV2.date', 'datetimeV2.daterange']);

/** The calendar values an expected result accepts, as ISO prefixes. */
function acceptedValues(result: Result): string[] {
  const out = new Set<string>();
  for (const v of result.Resolution?.values ?? []) {
    const timex = v.timex ?? '';
    if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(timex)) out.add(timex);
    if (/^XXXX-\d{2}$/.test(timex) && v.start) out.add(v.start.slice(0, 7));
    if (v.value && /^\d{4}-\d{2}-\d{2}$/.test(v.value)) out.add(v.value);
    if (v.start && /^\d{4}-\d{2}-\d{2}/.test(v.start)) out.add(v.start.slice(0, 10));
  }
  return [...out];
}

function comparable(value: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  return quarter ? `${quarter[1]}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}` : value.split('/')[0]!;
}

const specs = JSON.parse(readFileSync(FILE, 'utf8').replace(/^\uFEFF/, '')) as Spec[];
let cases = 0;
let passedCases = 0;
let expected = 0;
let found = 0;
let jsCases = 0;
let jsPassed = 0;
let extras = 0;
let predicted = 0;
for (const spec of specs) {
  const results = spec.Results ?? [];
  if (!results.length || !results.every((r) => DATE_TYPES.has(r.TypeName ?? ''))) continue;
  const ref = spec.Context?.ReferenceDateTime?.slice(0, 10) ?? '2016-11-07';
  const dates = datesIn(spec.Input, ref);
  predicted += dates.length;
  let all = true;
  const misses: string[] = [];
  for (const result of results) {
    const accepted = acceptedValues(result);
    // A result without a calendar value ("this school year") cannot be compared.
    if (!accepted.length) continue;
    expected++;
    const hit = dates.some((d) => {
      if (d.start >= result.End + 1 || d.end <= result.Start) return false;
      const v = comparable(d.value);
      return accepted.some((a) => a.startsWith(v) || v.startsWith(a));
    });
    if (hit) found++;
    else {
      all = false;
      misses.push(`"${result.Text}" ∈ {${accepted.join(', ')}}`);
    }
  }
  for (const d of dates) {
    if (!results.some((r) => d.start < r.End + 1 && d.end > r.Start)) extras++;
  }
  cases++;
  if (all) passedCases++;
  const js = !/javascript/i.test(spec.NotSupported ?? '');
  if (js) {
    jsCases++;
    if (all) jsPassed++;
  }
  if (verbose && !all) {
    console.log(`FAIL ${JSON.stringify(spec.Input)} ref ${ref}: missed ${misses.join('; ')}; got ${dates.map((d) => `${d.text}=${d.value}`).join(', ') || 'nothing'}`);
  }
}

console.log('Recognizers-Text English DateTimeModel, date and date-range cases (dates step):');
console.log(`cases passed                         ${rate(passedCases, cases)}`);
console.log(`  of them supported by the JS port   ${rate(jsPassed, jsCases)}`);
console.log(`expected dates found (recall)        ${rate(found, expected)}`);
console.log(`dates returned outside any expected  ${extras} of ${predicted}`);
