/**
 * Shares a link the way the device offers: the system share sheet where the browser has the Web Share API
 * (phones, some desktops), otherwise the clipboard. Never throws: the caller shows the outcome.
 */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export async function shareLink(url: string, title: string): Promise<ShareOutcome> {
  const data: ShareData = { url, title };
  if (typeof navigator.canShare === 'function' && navigator.canShare(data)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      // The reader closed the share sheet: that is a choice, not an error.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Other failures (e.g. NotAllowedError without a user gesture) fall back to copying.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
