import type { Project } from '@playwright/test';
import type { EngineOptions } from './fixture.ts';

/**
 * The Firefox and WebKit projects: they run only the cross-engine checks (tests/e2e/cross-engine.spec.ts),
 * through engines/fixture.ts, not Playwright's own browsers (its Firefox and WebKit are patched builds it
 * downloads, which cannot drive Debian's firefox-esr or WebKitGTK). Each runs its file in one worker, in
 * order, so that each engine starts once per run; WebKit's X server and browser are the heaviest part.
 */
const crossEngineSpec = 'cross-engine.spec.ts';

export const otherEngineProjects: Array<Project<object, EngineOptions>> = [
  { name: 'firefox', testMatch: crossEngineSpec, fullyParallel: false, use: { engine: 'firefox' } },
  { name: 'webkit', testMatch: crossEngineSpec, fullyParallel: false, use: { engine: 'webkit' } },
];
