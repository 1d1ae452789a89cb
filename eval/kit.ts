import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Where the evaluation kit is. It lives outside the project (its pages and labels are never
// copied in): `../shared` beside the project by default, or wherever FOOTNOTE_SHARED points.
// Measurements that need it say so in one line and exit 3 when it is absent; tests never need it.

/** The folder that holds `eval/` and `seed/` of the kit. */
export const SHARED = resolve(process.env.FOOTNOTE_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));

/** Exits with a one-line message unless the kit (or `part` of it) is there; returns its path. */
export function requireKit(part = ''): string {
  const path = join(SHARED, part);
  if (!existsSync(path)) {
    console.error(`${process.argv[1] ?? 'this script'}: the evaluation kit is not at ${path}; `
      + 'put it beside the project as ../shared, or set FOOTNOTE_SHARED to its folder.');
    process.exit(3);
  }
  return path;
}
