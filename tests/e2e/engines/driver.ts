/**
 * The few things the cross-engine checks do to a page, the same in every engine: Playwright drives Chromium,
 * puppeteer-core drives Firefox ESR over WebDriver BiDi, selenium-webdriver drives WebKitGTK's MiniBrowser
 * over WebDriver (chromiumDriver.ts, firefoxDriver.ts, webkitDriver.ts). One description of each check
 * (tests/e2e/cross-engine.spec.ts) runs through this interface in all three.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export interface ViewportSize {
  width: number;
  height: number;
}

/** The keys the checks press; each driver maps them to its own names. */
export type ReaderKey = 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End';

export interface EngineDriver {
  readonly engine: Engine;
  /** Opens `url` (absolute) in a viewport of `size` CSS pixels and waits for the page's load event. */
  open: (url: string, size: ViewportSize) => Promise<void>;
  /**
   * Runs a JavaScript expression in the page and resolves to its value, or to what its promise resolves to,
   * as JSON. Checks call it through `inPage` (inPage.ts), which builds the expression and types the result.
   */
  run: (expression: string) => Promise<unknown>;
  /** A key press at the focused element (the document body when nothing is focused). */
  press: (key: ReaderKey) => Promise<void>;
  /** A real click (pointer events at the element's centre) on the first element matching a CSS selector. */
  click: (selector: string) => Promise<void>;
  /**
   * What the engine itself reported since the last call: console errors and uncaught exceptions where it
   * has an event for them (Chromium, Firefox); WebKitGTK's WebDriver has none, so there the in-page probe
   * (errorProbe.ts) is the only witness.
   */
  takeEngineProblems: () => string[];
  close: () => Promise<void>;
}

/** The engine's browser, shared by a worker's tests: each test gets a fresh, isolated page from it. */
export interface EngineBrowser {
  newDriver: () => Promise<EngineDriver>;
  close: () => Promise<void>;
}

/**
 * What an engine's own events report (Chromium's and Firefox's console and page errors): errors, uncaught
 * exceptions and, at any level, React's hydration warnings, as the Chromium-only specs count them.
 */
export class EngineProblemLog {
  private readonly problems: string[] = [];

  console(level: string, text: string): void {
    if (level === 'error' || /hydrat/i.test(text)) this.problems.push(`console ${level}: ${text}`);
  }

  uncaught(error: unknown): void {
    this.problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`);
  }

  take(): string[] {
    return this.problems.splice(0);
  }
}
