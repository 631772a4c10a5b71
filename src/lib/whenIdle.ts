/**
 * Runs a task when the browser is idle (within two seconds at the latest), so that work the reader did not
 * ask for never competes with what they did. Returns a cancel function, for effect clean-ups.
 */
export function whenIdle(task: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}
