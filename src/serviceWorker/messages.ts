/** What a page posts to a waiting service worker to make it take over (the reader pressed Reload). */
export const skipWaitingMessage = 'reader:skip-waiting';
