import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, chromiumPath } from '../browser.ts';
import { requireInstalled } from './installed.ts';
import { EngineProblemLog, type EngineBrowser, type EngineDriver } from './driver.ts';

/** Debian's Chromium through Playwright, as the Chromium-only specs use it; a fresh context per test. */
export async function launchChromium(): Promise<EngineBrowser> {
  requireInstalled('Chromium', chromiumPath, 'chromium');
  const browser = await chromium.launch(chromiumLaunchOptions());
  return {
    newDriver: async (): Promise<EngineDriver> => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = new EngineProblemLog();
      page.on('console', (message) => problems.console(message.type(), message.text()));
      page.on('pageerror', (error) => problems.uncaught(error));
      return {
        engine: 'chromium',
        open: async (url, size) => {
          await page.setViewportSize(size);
          await page.goto(url);
        },
        run: (expression) => page.evaluate(expression),
        press: (key) => page.keyboard.press(key),
        click: (selector) => page.locator(selector).first().click(),
        takeEngineProblems: () => problems.take(),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
