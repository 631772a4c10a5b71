import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
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

export function importArticle(root: string, args: readonly string[]): { plan: ImportPlan; report: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { ko: { type: 'string' }, force: { type: 'boolean', default: false } } });
  } catch (error) {
    throw new ImportError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const [capturePath, ...extra] = parsed.positionals;
  if (capturePath === undefined || extra.length > 0) throw new ImportError(usage);
  const captureFile = relative(root, capturePath) || capturePath;
  const capture = parseCapture(captureFile, decodeText(captureFile, readInput(capturePath)));
  const translationPath = parsed.values.ko;
  const translationFile = translationPath === undefined ? null : relative(root, translationPath) || translationPath;
  const translation =
    translationPath === undefined || translationFile === null
      ? null
      : parseTranslation(translationFile, decodeText(translationFile, readInput(translationPath)), captureFile, capture.paragraphs.length);

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
