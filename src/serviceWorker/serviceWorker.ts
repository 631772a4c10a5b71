import { cacheNames, clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { notFoundPageUrl } from './notFoundPage.ts';
import { skipWaitingMessage } from './messages.ts';

/**
 * The reader's service worker (built by scripts/build/serviceWorker.ts after the prerender, which puts the
 * precache manifest in place of `self.__WB_MANIFEST`: every page, both editions of every article, the app's
 * hashed assets, the manifest and its icons, each with a revision from its content).
 *
 * Precached files are answered from the cache first, so a page always comes with the files of its own build:
 * a new build is installed beside the old one and takes over only when the reader asks for it (the update
 * notice, src/offline/) or when every page of the old one is closed.
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

precacheAndRoute(self.__WB_MANIFEST, {
  // `?view=both` (and any other query) is the same prerendered page, as on the static host.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  // `/en/articles/slug` without its slash: the host redirects to the directory, offline we serve its page.
  urlManipulation: ({ url }) => (url.pathname.endsWith('/') ? [] : [new URL(`${url.origin}${url.pathname}/index.html`)]),
});

/**
 * A navigation the precache does not know: the network's answer (the host's own not-found page, or a page
 * newer than this build), and offline the not-found page of the path's language.
 */
registerRoute(
  new NavigationRoute(async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch {
      return (await matchPrecache(notFoundPageUrl(url.pathname))) ?? Response.error();
    }
  }),
);

/** The reader chose to reload into the new version (src/offline/serviceWorkerUpdates.ts). */
self.addEventListener('message', (event) => {
  if (event.data === skipWaitingMessage) void self.skipWaiting();
});

/**
 * The first install takes the open page at once, so that it works offline without a reload. An update
 * activates only after skipWaiting (the reader's reload) or once no page uses the old worker.
 */
clientsClaim();

/**
 * Storage: Workbox drops the precache entries this build no longer lists; every other cache of this origin
 * (an older Workbox's, or one a former version made) goes too.
 */
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((name) => name !== cacheNames.precache).map((name) => caches.delete(name)))),
  );
});
