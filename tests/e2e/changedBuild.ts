import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceWorkerBundle, writeServiceWorker } from '../../scripts/build/serviceWorker.ts';
import { articleUrl, slug } from './fixtures.ts';

/**
 * The next build, for the update flow, without building again (a build takes a minute of CI): a copy of
 * `dist` in which the English article's first paragraph has one word changed (its page and its edition,
 * consistently, so it hydrates cleanly), with the service worker re-versioned by the build's own step
 * (scripts/build/serviceWorker.ts), exactly as a build that changed that text would write it.
 */
export async function changedBuild(dist: string, into: string): Promise<{ before: string; after: string }> {
  cpSync(dist, into, { recursive: true });
  const editionFile = join(into, 'content', 'en', `${slug}.json`);
  const pageFile = join(into, articleUrl('en').slice(1), 'index.html');
  const edition = readFileSync(editionFile, 'utf8');
  // A plain word of the first paragraph (letters only, so it reads the same in JSON and HTML), not in the slug.
  const firstParagraph = /"id":"p1","text":"([^"]*)"/.exec(edition)?.[1] ?? '';
  const before = /\b[A-Za-z]{7,}\b/.exec(firstParagraph.split(' ').filter((word) => !slug.includes(word.toLowerCase())).join(' '))?.[0];
  if (!before) throw new Error(`no word to change in the first paragraph of ${editionFile}`);
  const after = `${before}-revised`;
  const pattern = new RegExp(`\\b${before}\\b`, 'g');
  for (const file of [editionFile, pageFile]) writeFileSync(file, readFileSync(file, 'utf8').replace(pattern, after));
  await writeServiceWorker(serviceWorkerBundle(process.cwd()), into);
  return { before, after };
}
