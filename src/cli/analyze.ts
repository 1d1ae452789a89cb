// `npm run analyze`: the extension's analysis core, run in Node on linkedom's DOM.
// Standard output carries only fact sheets (JSON, JSON lines, or the text panel); every
// problem goes to standard error. Exit status: 0 when all files were analysed, 2 otherwise.

import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzeDocument, analyzeText } from '../core/index';
import { fromDocumentStart } from '../core/reader/document-start';
import type { FactSheet } from '../core/types';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { formatFactPanel } from './format-text';

function analyzeFile(file: string, options: CliOptions): FactSheet {
  const content = readFileSync(file, 'utf8');
  if (options.text) {
    return analyzeText(content, { referenceDate: options.referenceDate ?? new Date(), url: options.url });
  }
  const { document } = parseHTML(fromDocumentStart(content));
  return analyzeDocument(document as unknown as Document, {
    url: options.url,
    force: options.force,
    referenceDate: options.referenceDate ?? undefined,
  }).sheet;
}

function describeError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory`;
  if (code === 'EACCES') return `${file}: permission denied`;
  return `${file}: ${error instanceof Error ? error.message : String(error)}`;
}

function main(argv: string[]): number {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) console.error(`analyze: ${error.message}`);
      console.error(USAGE);
      return 2;
    }
    throw error;
  }
  if (options.text && !options.referenceDate) console.error('analyze: no --reference-date; relative dates resolve against today');

  let status = 0;
  for (const file of options.files) {
    let sheet: FactSheet;
    try {
      sheet = analyzeFile(file, options);
    } catch (error) {
      console.error(`analyze: ${describeError(file, error)}`);
      status = 2;
      if (options.jsonl) process.stdout.write(`${JSON.stringify({ file, error: describeError(file, error) })}\n`);
      continue;
    }
    if (options.format === 'text') process.stdout.write(`${formatFactPanel(sheet)}\n`);
    else if (options.jsonl) process.stdout.write(`${JSON.stringify({ file, ...sheet })}\n`);
    else process.stdout.write(`${JSON.stringify(sheet, null, 2)}\n`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
