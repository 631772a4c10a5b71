import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { validateContent, type Content, type ContentFiles } from './validateContent.ts';

/** Reads every JSON file under `locales/` and validates it (see validateContent.ts for the rules). */
export function readContent(root: string): Content {
  return validateContent(readContentFiles(root));
}

/** Every JSON file under `locales/`, by its path from `root` with `/` separators, unchecked. */
export function readContentFiles(root: string): ContentFiles {
  const files = new Map<string, string>();
  const localesDir = join(root, 'locales');
  for (const entry of readdirSync(localesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  }
  return files;
}
