import { articleRoutePath, type ArticleRoute } from './paths.ts';

/**
 * Reading is not an arrival: the reader's place replaces the current history entry's URL (no new entry, so
 * forty page turns leave no forty entries behind Back). Shared by the session (history.ts) and by the
 * reader before React has arrived (earlyReader.ts), which must not import React to do it.
 */
export function recordUrl(route: ArticleRoute): void {
  // Stryker disable next-line StringLiteral: the title argument is ignored by every browser.
  window.history.replaceState(window.history.state, '', articleRoutePath(route));
}
