import puppeteer, { type KeyInput } from 'puppeteer-core';
import { requireInstalled } from './installed.ts';
import { EngineProblemLog, type EngineBrowser, type EngineDriver, type ReaderKey } from './driver.ts';

/** Debian's Firefox ESR; FIREFOX_PATH points elsewhere. Playwright's Firefox needs its own patched build. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const keys: Record<ReaderKey, KeyInput> = { ArrowRight: 'ArrowRight', ArrowLeft: 'ArrowLeft', Home: 'Home', End: 'End' };

/** Firefox over WebDriver BiDi (puppeteer-core); a fresh browser context (own storage) per test. */
export async function launchFirefox(): Promise<EngineBrowser> {
  requireInstalled('Firefox', firefoxPath, 'firefox-esr');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  return {
    newDriver: async (): Promise<EngineDriver> => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const problems = new EngineProblemLog();
      page.on('console', (message) => problems.console(message.type(), message.text()));
      page.on('pageerror', (error) => problems.uncaught(error));
      return {
        engine: 'firefox',
        open: async (url, size) => {
          await page.setViewport(size);
          await page.goto(url);
        },
        run: (expression) => page.evaluate(expression),
        press: (key) => page.keyboard.press(keys[key]),
        click: (selector) => page.click(selector),
        takeEngineProblems: () => problems.take(),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
