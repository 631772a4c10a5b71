/**
 * Tells the bench page when React has committed, in the production build the app ships (whose <Profiler>
 * reports nothing). React DOM announces every commit to React DevTools' global hook, when one exists as
 * it loads; this module installs a minimal one, so it must be imported before anything imports react-dom.
 * Nothing else of DevTools is emulated: React only hands the hook its renderer once and calls it per commit.
 */
export interface CommitLog {
  /** Commits since the page loaded. */
  count: number;
  /** Called after every commit, and again after the commit's passive effects (useEffect) have run. */
  onWork: (() => void) | null;
}

export const commitLog: CommitLog = { count: 0, onWork: null };

interface DevToolsHook {
  supportsFiber: true;
  inject: () => number;
  checkDCE: () => void;
  onCommitFiberRoot: () => void;
  onPostCommitFiberRoot: () => void;
  onCommitFiberUnmount: () => void;
}

declare global {
  var __REACT_DEVTOOLS_GLOBAL_HOOK__: DevToolsHook | undefined;
}

if (globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ !== undefined) {
  throw new Error('could not measure: another React DevTools hook is installed');
}
globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  inject: () => 1,
  checkDCE: () => {},
  onCommitFiberRoot: () => {
    commitLog.count += 1;
    commitLog.onWork?.();
  },
  onPostCommitFiberRoot: () => commitLog.onWork?.(),
  onCommitFiberUnmount: () => {},
};
