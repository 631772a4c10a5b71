import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFileName, parseHeadersFile } from '../../scripts/build/securityHeaders.ts';
import { answerRequest, fileUrl } from '../../scripts/build/staticHost.ts';

export interface DeployServer {
  url: (path: string) => string;
  /** Serves another build from now on, as a deploy switches the served folder. */
  deploy: (dist: string) => void;
  close: () => Promise<void>;
}

/**
 * A static host for one origin whose build can be switched, for the update flow of the service worker: the
 * static host rule of the preview server (scripts/build/staticHost.ts: directory URLs, 301s, the not-found
 * pages), the build's own security headers from its `_headers`, and `no-cache` revalidation everywhere.
 */
export async function startDeployServer(firstDist: string): Promise<DeployServer> {
  let dist = firstDist;
  let files = sirv(dist, { dev: true, etag: true });
  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(parseHeadersFile(readFileSync(join(dist, headersFileName), 'utf8')))) response.setHeader(name, value);
    response.setHeader('Cache-Control', 'no-cache');
    const hasFile = (file: string): boolean => statSync(join(dist, file), { throwIfNoEntry: false })?.isFile() ?? false;
    const answer = answerRequest(request.url ?? '/', hasFile);
    if (answer.kind === 'redirect') {
      response.writeHead(301, { Location: answer.location }).end();
      return;
    }
    if (answer.kind === 'notFound') {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(readFileSync(join(dist, answer.file)));
      return;
    }
    request.url = fileUrl(answer.file);
    files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the deploy server has no port');
  const { port } = address;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    deploy: (next) => {
      dist = next;
      files = sirv(dist, { dev: true, etag: true });
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
