import { test as base, expect } from '@playwright/test';
import * as z from 'zod/mini';
import { launchChromium } from './chromiumDriver.ts';
import type { Engine, EngineBrowser, EngineDriver } from './driver.ts';
import { takeProbeProblems } from './errorProbe.ts';
import { launchFirefox } from './firefoxDriver.ts';
import { inPage } from './inPage.ts';
import { startProbeProxy } from './probeProxy.ts';
import { launchWebKit } from './webkitDriver.ts';

/** The option a project sets to pick its engine (playwright.config.ts). */
export interface EngineOptions {
  engine: Engine;
}

const launchers: Record<Engine, () => Promise<EngineBrowser>> = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };

const probeReport = z.nullable(z.array(z.string()));

/**
 * A driver for the project's engine, opening the site through the probe proxy. Every test fails on a console
 * error, an uncaught exception, a hydration warning or a CSP violation, in any document it opened, with the
 * engine named in the message.
 */
export const test = base.extend<{ driver: EngineDriver; expectedProblems: RegExp[] }, EngineOptions & { engineBrowser: EngineBrowser }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  engineBrowser: [
    async ({ engine }, provide) => {
      const browser = await launchers[engine]();
      await provide(browser);
      await browser.close();
    },
    // Starting Firefox or an X server and WebKit's driver takes a few seconds on a busy machine.
    { scope: 'worker', timeout: 60_000 },
  ],
  /** Problems a test provokes on purpose (the test of the probe itself). */
  expectedProblems: [[], { option: true }],
  // The fixture callback is `provide`, not Playwright's usual `use`, which the React hooks lint rule takes for React's.
  driver: [async ({ engineBrowser, baseURL, expectedProblems }, provide) => {
    const proxy = await startProbeProxy(baseURL ?? '');
    const driver = await engineBrowser.newDriver();
    const problems: string[] = [];
    let pageOpen = false;
    const collect = async (): Promise<void> => {
      problems.push(...driver.takeEngineProblems());
      if (!pageOpen) return;
      const seen = await inPage(driver, takeProbeProblems, undefined, probeReport);
      problems.push(...(seen ?? [`the page at ${await inPage(driver, () => location.href, undefined, z.string())} has no error probe`]));
    };
    await provide({
      ...driver,
      // Through the proxy; what the probe saw in the document being left is kept first.
      open: async (path, size) => {
        await collect();
        await driver.open(new URL(path, proxy.origin).href, size);
        pageOpen = true;
      },
    });
    try {
      await collect();
      const unexpected = problems.filter((problem) => !expectedProblems.some((pattern) => pattern.test(problem)));
      expect(unexpected, `console errors, uncaught exceptions, hydration warnings or CSP violations in ${driver.engine}`).toEqual([]);
    } finally {
      await driver.close();
      await proxy.close();
    }
  },
  // A new WebKit session starts a new MiniBrowser: over 30 s once on CI-like load (an average of 30), so
  // its own time, not the test's.
  { timeout: 60_000 }],
});

export { expect };
