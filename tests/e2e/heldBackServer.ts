import { createServer, type Server } from 'node:http';

export interface HeldBackServer {
  /** The address to open, on this server. */
  url: (path: string) => string;
  /** Sends the rest of the held-back page. */
  release: () => void;
  close: () => Promise<void>;
}

/**
 * A pass-through server in front of the site under test that sends one page in two parts: everything up to
 * (not including) `holdAt`, then nothing until `release()`. The browser parses and paints what it has, as it
 * does whenever a page arrives in pieces or its parser yields (a busy machine), so a test sees the frame a
 * reader would see mid-page, deterministically.
 */
export async function startHeldBackServer(origin: string, pagePath: string, holdAt: string): Promise<HeldBackServer> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const server: Server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', origin), { headers: { 'accept-encoding': 'identity' } });
      const headers = new Headers(upstream.headers);
      for (const name of ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']) headers.delete(name);
      response.writeHead(upstream.status, Object.fromEntries(headers));
      const bytes = Buffer.from(await upstream.arrayBuffer());
      const body = headers.get('content-type')?.startsWith('text/html') ? withoutRenderBlocking(bytes) : bytes;
      const cut = request.url === pagePath ? body.indexOf(holdAt) : -1;
      if (request.url === pagePath && cut < 0) throw new Error(`${holdAt} is not in ${pagePath}`);
      if (cut < 0) {
        response.end(body);
        return;
      }
      response.write(body.subarray(0, cut));
      await released;
      response.end(body.subarray(cut));
    })().catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the held-back server has no port');
  const { port } = address;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    release: () => release(),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The browser keeps its connections open: without this, close waits out their keep-alive.
        server.closeAllConnections();
      }),
  };
}

/**
 * An article page holds its first frame until it is parsed (`<link rel="expect" href="#top"
 * blocking="render">`, for passage links: README, "Opening a passage link"), which Chromium honours and
 * Firefox and WebKit do not: they paint whatever has been parsed. Removed here (from HTML only), so that
 * Chromium paints those frames too.
 */
function withoutRenderBlocking(body: Buffer): Buffer {
  return Buffer.from(body.toString('utf8').replace(/<link rel="expect"[^>]*>/, ''));
}
