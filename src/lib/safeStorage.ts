/**
 * localStorage that never throws. Storage can be missing (some embedded web views), blocked (cookies off:
 * merely touching `window.localStorage` throws a SecurityError) or full; the reader then works for the
 * session and simply does not remember.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered; nothing else to do.
  }
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, or nothing reachable: either way nothing to remove.
  }
}
