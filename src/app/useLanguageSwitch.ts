import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition } from '../articles/edition.ts';
import { loadEdition, readEdition } from '../articles/editionStore.ts';
import { paragraphStart, positionInEdition, type Position } from '../articles/position.ts';
import { otherLanguage, type Language } from '../i18n/languages.ts';
import type { Session } from '../routing/history.ts';
import { articlePath, type ArticleRoute } from '../routing/paths.ts';
import { whenIdle } from '../lib/whenIdle.ts';

export interface LanguageSwitch {
  /** The toggle's link: the other language at the reader's place (for a new tab, or without JavaScript). */
  href: string;
  /** The language the toggle leads to. */
  other: Language;
  switchTo: (language: Language) => void;
  /** Fetches the other edition now; resolves to whether it is at hand. */
  preload: () => Promise<boolean>;
  /** The last switch could not load the other language: the reader stays here and is told so. */
  unavailable: boolean;
  dismiss: () => void;
}

/**
 * "한국어" / "English": a new arrival at the same place in the other language. The other edition is fetched
 * while the reader reads, so the switch needs no network; if it still cannot be had (offline, a server
 * error), the reader keeps their page and is told, rather than being sent to a page that may not load.
 */
export function useLanguageSwitch(route: ArticleRoute, edition: Edition, go: Session['go']): LanguageSwitch {
  const { i18n } = useTranslation();
  const { language, slug, position } = route;
  const other = otherLanguage(language);
  // Which article and language a failed switch was tried from: the notice shows only there.
  const here = `${language}/${slug}`;
  const [failedFrom, setFailedFrom] = useState<string | null>(null);

  const preload = useCallback(
    () => loadEdition(i18n, other, slug).then((loaded) => loaded !== null, () => false),
    [i18n, other, slug],
  );
  useEffect(() => whenIdle(() => void preload()), [preload]);

  const switchTo = useCallback(
    (to: Language) => {
      const unavailable = (): void => setFailedFrom(here);
      void loadEdition(i18n, to, slug).then((target) => {
        if (!target) return unavailable();
        // Forgotten, or Back to this page would show the notice of a try that has since succeeded.
        setFailedFrom(null);
        go({ ...route, language: to, position: position && positionInEdition(position, edition, target) });
      }, unavailable);
    },
    [i18n, slug, route, position, edition, go, here],
  );

  const otherEdition = readEdition(i18n, other, slug);
  const href = articlePath(other, slug, position && carryPosition(position, edition, otherEdition), route.view);
  const dismiss = useCallback(() => setFailedFrom(null), []);
  return { href, other, switchTo, preload, unavailable: failedFrom === here, dismiss };
}

/** Exact when the other edition is at hand; otherwise the same paragraph's start (the keys are shared). */
function carryPosition(position: Position, from: Edition, to: Edition | null): Position {
  return to ? positionInEdition(position, from, to) : paragraphStart(position);
}
