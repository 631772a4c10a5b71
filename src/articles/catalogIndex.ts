import * as z from 'zod/mini';
import { languages } from '../i18n/languages.ts';

/** `/content/index.json`: every published article, newest first. Read by the home page only. */
export const catalogIndexSchema = z.object({
  articles: z.array(
    z.object({
      slug: z.string(),
      publishedAt: z.string(),
      headlines: z.partialRecord(z.enum(languages), z.string()),
    }),
  ),
});

export type CatalogIndex = z.infer<typeof catalogIndexSchema>;
