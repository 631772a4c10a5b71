import { importArticle } from './importArticle.ts';
import { ImportError } from './importError.ts';

/**
 * The command (package.json, `article:import`): prints what it wrote, or the refusal alone, without a stack.
 * npm runs it at the project root; file arguments are relative to the folder it was typed in (INIT_CWD).
 */
try {
  console.log(importArticle(process.cwd(), process.argv.slice(2), process.env.INIT_CWD ?? process.cwd()).report);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
