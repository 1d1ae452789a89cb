// Command-line arguments of `npm run analyze`.

export interface CliOptions {
  files: string[];
  url: string | null;
  jsonl: boolean;
  text: boolean;
  referenceDate: Date | null;
  format: 'json' | 'text';
  force: boolean;
}

export const USAGE = `usage: npm run analyze -- [--url URL] [--format json|text] [--force] FILE.html
       npm run analyze -- --jsonl FILE...
       npm run analyze -- --text --reference-date YYYY-MM-DD [--jsonl] FILE.txt...`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { files: [], url: null, jsonl: false, text: false, referenceDate: null, format: 'json', force: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const value = (): string => {
      const next = argv[++index];
      if (next === undefined) throw new UsageError(`missing value for ${arg}`);
      return next;
    };
    if (arg === '--url') options.url = value();
    else if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--text') options.text = true;
    else if (arg === '--force') options.force = true;
    else if (arg === '--reference-date') options.referenceDate = parseDay(value());
    else if (arg === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'text') throw new UsageError(`--format takes json or text, not ${format}`);
      options.format = format;
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (!options.files.length) throw new UsageError('no file given');
  if (!options.jsonl && options.files.length > 1) throw new UsageError('several files need --jsonl');
  return options;
}

function parseDay(text: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new UsageError(`--reference-date takes YYYY-MM-DD, not ${text}`);
  }
  return new Date(`${text}T12:00:00Z`);
}
