import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articlePath } from '../../../src/routing/paths.ts';
import { readContentFiles } from '../readContent.ts';
import { decodeText } from './decodeText.ts';
import { ImportError } from './importError.ts';
import { parseCapture } from './parseCapture.ts';
import { parseTranslation } from './parseTranslation.ts';
import { planImport, type ImportPlan } from './planImport.ts';
import { writeFilesAtomically } from './writeFilesAtomically.ts';

/**
 * `npm run article:import -- <capture.txt> [--ko <translation.txt>] [--force]`: adds an article (or updates
 * one) under locales/ from a plain-text capture of its English page (parseCapture.ts) and, optionally, a
 * Korean translation (parseTranslation.ts). Everything is read and checked first (planImport.ts); then the
 * files are written all at once, or, on any refusal, none.
 */
export const usage = 'usage: npm run article:import -- <capture.txt> [--ko <translation.txt>] [--force]';

/** `cwd`: where relative paths in `args` start (the shell's folder: npm runs scripts at the project root). */
export function importArticle(root: string, args: readonly string[], cwd = root): { plan: ImportPlan; report: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { ko: { type: 'string' }, force: { type: 'boolean', default: false } } });
  } catch (error) {
    throw new ImportError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const [captureArgument, ...extra] = parsed.positionals;
  if (captureArgument === undefined || extra.length > 0) throw new ImportError(usage);
  /** A file argument as the person typed it, and as messages name it (from the project root). */
  const input = (argument: string): { path: string; file: string } => {
    const path = resolve(cwd, argument);
    return { path, file: relative(root, path) || path };
  };
  const { path: capturePath, file: captureFile } = input(captureArgument);
  const capture = parseCapture(captureFile, decodeText(captureFile, readInput(capturePath)));
  let translation = null;
  let translationFile = null;
  if (parsed.values.ko !== undefined) {
    const { path, file } = input(parsed.values.ko);
    translationFile = file;
    translation = parseTranslation(file, decodeText(file, readInput(path)), captureFile, capture.paragraphs.length);
  }

  const plan = planImport({ capture, captureFile, translation, translationFile, existing: readContentFiles(root), force: parsed.values.force });
  writeFilesAtomically(root, plan.writes);
  const lines =
    plan.writes.size === 0
      ? [`${plan.slug}: already imported, nothing changed`]
      : [...plan.writes.keys()].map((file) => `wrote ${file}`);
  lines.push(`  ${articlePath('en', plan.slug)}`, `  ${articlePath('ko', plan.slug)}${plan.untranslated ? ' (not yet translated: shows the English text, marked)' : ''}`);
  return { plan, report: lines.join('\n') };
}

function readInput(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ImportError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
