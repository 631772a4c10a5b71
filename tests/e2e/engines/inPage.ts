import type * as z from 'zod/mini';
import type { EngineDriver } from './driver.ts';

/**
 * Runs `fn(arg)` in the page and checks what comes back against `result`. `fn` goes to the page as source
 * text, so it must be self-contained (no imports, no closure) and `arg` must be JSON. The check is how the
 * result gets its type without trusting three drivers' serializations (Selenium turns `undefined` into
 * `null`, for one): a mismatch fails with what the page actually returned.
 */
export async function inPage<A, S extends z.ZodMiniType>(driver: EngineDriver, fn: (arg: A) => unknown, arg: A, result: S): Promise<z.output<S>> {
  const value = await driver.run(`(${fn.toString()})(${JSON.stringify(arg)})`);
  return result.parse(value);
}
