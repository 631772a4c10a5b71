import { importArticle } from './importArticle.ts';
import { ImportError } from './importError.ts';

/** The command (package.json, `article:import`): prints what it wrote, or the refusal alone, without a stack. */
try {
  console.log(importArticle(process.cwd(), process.argv.slice(2)).report);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
