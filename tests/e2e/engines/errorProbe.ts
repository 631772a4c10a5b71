/**
 * The test-only witness of what goes wrong in the page, in any engine: WebKitGTK's WebDriver gives no access
 * to the console, and no engine reports CSP violations through its driver. The probe proxy (probeProxy.ts)
 * serves `probeScript` from the site's own origin, so the strict policy (`script-src 'self'`) lets it run,
 * and puts it first in every page's `<head>`, before the app's code. It is never part of the build:
 * tests/e2e/error-probe.spec.ts checks that dist/ does not contain it.
 */

/** The probe's URL path on the proxied site, and the marker the build must never contain. */
export const probePath = '/__e2e-error-probe.js';

declare global {
  interface Window {
    /** What the probe saw in this document since it was last read. */
    e2eProblems?: string[];
  }
}

/** Self-contained: it runs in the page as source text. */
function recordProblems(): void {
  const problems: string[] = [];
  window.e2eProblems = problems;
  const describe = (value: unknown): string => (value instanceof Error ? value.message : String(value));
  // React reports hydration mismatches with console.error (and, for recoverable ones, window.reportError,
  // which fires the error event below).
  for (const level of ['error', 'warn'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      const text = args.map(describe).join(' ');
      if (level === 'error' || /hydrat/i.test(text)) problems.push(`console ${level}: ${text}`);
      original.apply(console, args);
    };
  }
  // In the capture phase: a failed load of a script, a stylesheet or an image fires a non-bubbling error
  // event at its element.
  window.addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) problems.push(`uncaught: ${event.message}`);
      else if (event.target instanceof Element) problems.push(`failed to load: <${event.target.localName}> ${event.target.getAttribute('src') ?? event.target.getAttribute('href') ?? ''}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${describe(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) => {
    problems.push(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
  });
}

export const probeScript = `(${recordProblems.toString()})();\n`;

/**
 * In the page: what the probe saw since the last call, emptied. `null` when the document has no probe (a
 * page not served through the proxy), which the fixture treats as a failure: no witness, no pass.
 */
export function takeProbeProblems(): string[] | null {
  return window.e2eProblems ? window.e2eProblems.splice(0) : null;
}
