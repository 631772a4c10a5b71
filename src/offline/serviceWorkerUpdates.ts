import { skipWaitingMessage } from '../serviceWorker/messages.ts';

/**
 * Registers the service worker (src/serviceWorker/) and tells the page when a new build is ready.
 *
 * The worker is registered once the page has loaded, so that neither its script nor its precaching (every
 * page and edition, fetched in the background) competes with the first view. A new build installs beside the
 * old one and waits: the open page keeps its own files. The update notice offers a reload; pressing it lets
 * the new worker take over and reloads once it has (`controllerchange`), so the page is never half old, half
 * new. A reader who ignores it gets the new build the next time they open the site with no page of the old
 * one open, as browsers activate a waiting worker then.
 */

const serviceWorkerUrl = '/sw.js';

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker | null): void {
  waiting = worker;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: whether a new version waits for the reader's reload. */
export const updateAvailability = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  snapshot: (): boolean => waiting !== null,
};

/** Reloads into the new version: the position is in the URL, and "continue reading" keeps it too. */
export function reloadIntoUpdate(): void {
  const worker = waiting;
  // Already active (another tab reloaded into it first), or gone: a plain reload loads the current build.
  if (!worker || worker.state !== 'installed') {
    location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  worker.postMessage(skipWaitingMessage);
}

/** A worker that finished installing while a page of the previous one is open is an update (not a first install). */
function watchInstalling(registration: ServiceWorkerRegistration): void {
  const worker = registration.installing;
  if (!worker) return;
  worker.addEventListener('statechange', () => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller) setWaiting(worker);
  });
}

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(serviceWorkerUrl);
  if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
  watchInstalling(registration);
  registration.addEventListener('updatefound', () => watchInstalling(registration));
  // Browsers look for a new worker when a page is opened; a reader may keep one article open for days, so
  // look again whenever they come back to it.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
  });
}

/** Registers the worker after the page's load event (now, if it has passed). */
export function registerServiceWorker(): void {
  // The dev server has no worker to register (it is made by the build), and one would keep stale files.
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const start = (): void => {
    // Registration fails where storage is blocked or the origin is not secure: the site works as before.
    register().catch(() => undefined);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
