import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes every file or none: each goes to a temporary file beside its target first, and only when all of
 * them are written are they renamed into place (a rename within a directory replaces the target at once,
 * so a reader, the dev server or a build never sees half a file). A failure while writing removes the
 * temporary files and leaves the targets as they were.
 */
export function writeFilesAtomically(root: string, files: ReadonlyMap<string, string>): void {
  const staged: Array<[temporary: string, target: string]> = [];
  try {
    for (const [file, text] of files) {
      const target = join(root, file);
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.import-${process.pid}.tmp`;
      staged.push([temporary, target]);
      writeFileSync(temporary, text);
    }
  } catch (error) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, target] of staged) renameSync(temporary, target);
}
