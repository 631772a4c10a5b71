import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { copyProject } from '../../../tests/fixtures/projectCopy.ts';
import { languages } from '../../../src/i18n/languages.ts';
import { articleTextFile, catalogFile } from '../../content/validateContent.ts';

/** Just enough of the source files' shape to rewrite them (validateContent.ts checks them in the build). */
const catalogJson = z.looseObject({ publishedAt: z.string(), updatedAt: z.string() });
const articleJson = z.looseObject({ headline: z.string() });

const hour = 3_600_000;

/**
 * Copies the project into `to` (tests/fixtures/projectCopy.ts) with exactly `count` articles under
 * locales/: the real ones, then synthetic copies of `seedSlug`, each with a headline and a publication time
 * of its own (an hour apart, after the seed), so that each has its own preview card and place in the library.
 * For the benchmarks only: never written into the project itself.
 */
export function projectWithArticles(root: string, to: string, seedSlug: string, count: number): void {
  copyProject(root, to);
  const real = readdirSync(join(to, 'locales', 'catalog')).filter((file) => file.endsWith('.json'));
  // Fewer than the real ones: remove all but the seed, so that a one-article build is one article.
  const kept = count < real.length ? [`${seedSlug}.json`] : real;
  for (const file of real) if (!kept.includes(file)) removeArticle(to, file.replace(/\.json$/, ''));
  const read = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));
  const seedCatalog = catalogJson.parse(read(catalogFile(seedSlug)));
  for (let n = kept.length + 1; n <= count; n += 1) {
    const slug = `synthetic-article-${n}`;
    const at = new Date(Date.parse(seedCatalog.publishedAt) + n * hour).toISOString();
    writeFileSync(join(to, catalogFile(slug)), JSON.stringify({ ...seedCatalog, publishedAt: at, updatedAt: at }));
    for (const language of languages) {
      const text = articleJson.parse(read(articleTextFile(language, seedSlug)));
      writeFileSync(join(to, articleTextFile(language, slug)), JSON.stringify({ ...text, headline: `${text.headline} ${n}` }));
    }
  }
}

function removeArticle(project: string, slug: string): void {
  for (const file of [catalogFile(slug), ...languages.map((language) => articleTextFile(language, slug))]) {
    rmSync(join(project, file), { force: true });
  }
}
