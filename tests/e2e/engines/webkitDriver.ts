import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, By, Capabilities, Key, type WebDriver } from 'selenium-webdriver';
import { requireInstalled } from './installed.ts';
import type { EngineBrowser, EngineDriver, ReaderKey } from './driver.ts';

/** WebKitGTK's WebDriver and browser from Debian's webkit2gtk-driver; WEBKIT_DRIVER_PATH / MINIBROWSER_PATH point elsewhere. */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const xvfbRunPath = '/usr/bin/xvfb-run';
/** WebKitGTK hyphenates (`hyphens: auto`, as Safari does) only with a dictionary for the language. */
const englishHyphenation = '/usr/share/hyphen/hyph_en_US.dic';

const keys: Record<ReaderKey, string> = { ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, Home: Key.HOME, End: Key.END };

/**
 * Each session starts its own MiniBrowser. `--automation` lets WebDriver control it (and gives it its own
 * throwaway storage); `--full-screen` drops the toolbar, which otherwise takes its height from the window,
 * so that a window of 390x844 is a 390x844 viewport (measured: 447x806 without it).
 */
const capabilities = (): Capabilities =>
  new Capabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation', '--full-screen'] },
  });

/** A TCP port nobody listens on right now, for the driver's server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits until the driver's server answers its status endpoint (it takes a moment under a fresh X server). */
async function waitUntilReady(url: string, server: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${server.exitCode}: ${log()}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within 20 s: ${log()}`);
}

/**
 * WebKitWebDriver under a virtual X server (MiniBrowser is a GTK window; there is no headless mode), driven
 * over WebDriver classic by selenium-webdriver through `usingServer`, so it never looks for or downloads a
 * driver of its own. One driver server per worker, one browser session per test.
 */
export async function launchWebKit(): Promise<EngineBrowser> {
  requireInstalled('WebKitWebDriver', webkitDriverPath, 'webkit2gtk-driver');
  requireInstalled('MiniBrowser', miniBrowserPath, 'webkit2gtk-driver');
  requireInstalled('xvfb-run', xvfbRunPath, 'xvfb');
  requireInstalled('The English hyphenation dictionary', englishHyphenation, 'hyphen-en-us');
  const port = await freePort();
  // Its own process group (detached), so that closing stops xvfb-run, Xvfb and the driver together. The
  // screen is larger than any viewport the checks use.
  const server = spawn(xvfbRunPath, ['-a', '-s', '-screen 0 1920x1200x24', webkitDriverPath, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = (): void => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  try {
    await waitUntilReady(url, server, () => stderr);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    newDriver: async () => webkitSession(await new Builder().usingServer(url).withCapabilities(capabilities()).build()),
    close: async () => stop(),
  };
}

function webkitSession(driver: WebDriver): EngineDriver {
  return {
    engine: 'webkit',
    open: async (url, size) => {
      await driver.manage().window().setRect(size);
      await driver.get(url);
    },
    run: async (expression) => {
      // An async script, so that a promise is awaited as in the other drivers; an error comes back as data.
      const reply: unknown = await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${expression})).then(
          (value) => done({ value: value === undefined ? null : value }),
          (error) => done({ error: String((error && error.stack) || error) }),
        );`,
      );
      if (typeof reply !== 'object' || reply === null) throw new Error(`WebKit returned ${String(reply)}`);
      if ('error' in reply) throw new Error(`in the page (webkit): ${String(reply.error)}`);
      return 'value' in reply ? reply.value : null;
    },
    press: (key) => driver.actions().sendKeys(keys[key]).perform(),
    click: async (selector) => {
      await driver.findElement(By.css(selector)).click();
    },
    // WebKitGTK's WebDriver exposes no console or error events: the in-page probe reports them.
    takeEngineProblems: () => [],
    close: () => driver.quit(),
  };
}
