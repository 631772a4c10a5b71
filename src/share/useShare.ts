import { useCallback, useEffect, useState } from 'react';
import { shareLink, type ShareOutcome } from './shareLink.ts';

export interface ShareState {
  /** The last outcome worth telling the reader about, with the link (for "copy it yourself"). */
  status: { outcome: Exclude<ShareOutcome, 'cancelled'>; url: string } | null;
  share: (url: string) => void;
  dismiss: () => void;
}

const visibleFor = 4000;

/** One share action for the page (toolbar button and paragraph links alike) and its visible outcome. */
export function useShare(title: string): ShareState {
  const [status, setStatus] = useState<ShareState['status']>(null);
  const share = useCallback(
    (url: string) => {
      void shareLink(url, title).then((outcome) => setStatus(outcome === 'cancelled' ? null : { outcome, url }));
    },
    [title],
  );
  useEffect(() => {
    // A confirmation fades away; a failure stays until dismissed, since it carries the link to copy.
    if (!status || status.outcome === 'failed') return;
    const timer = setTimeout(() => setStatus(null), visibleFor);
    return () => clearTimeout(timer);
  }, [status]);
  const dismiss = useCallback(() => setStatus(null), []);
  return { status, share, dismiss };
}
