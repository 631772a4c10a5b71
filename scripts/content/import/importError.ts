/**
 * A refusal of the import, for a person: which file, which line (when one is to blame) and what was expected
 * there. The command prints the message alone, without a stack, and writes nothing.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** `capture.txt, line 5: expected …`: the line is 1-based, as an editor numbers it. */
export function lineError(file: string, line: number, expected: string): ImportError {
  return new ImportError(`${file}, line ${line}: ${expected}`);
}
