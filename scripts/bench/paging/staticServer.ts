import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `dir` on a free port of 127.0.0.1. The page is made cross-origin isolated (COOP + COEP) because
 * Chromium otherwise coarsens performance.now() to 100 µs, too coarse for a page turn of a fraction of a
 * millisecond; isolated pages get 5 µs.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const files = sirv(dir, {
    dev: true,
    setHeaders: (res) => {
      res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
      res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    },
  });
  const server: Server = createServer((req, res) => files(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('the bench server has no TCP port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
