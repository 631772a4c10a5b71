import { request as httpRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { probePath, probeScript } from './errorProbe.ts';

export interface ProbeProxy {
  /** The proxy's origin, e.g. `http://127.0.0.1:40123`: tests open the site through it. */
  origin: string;
  close: () => Promise<void>;
}

const probeTag = `<script src="${probePath}"></script>`;

/** Puts the probe first in `<head>`: before the page's meta policy and its module script. */
export const withProbe = (html: string): string => html.replace(/<head>/i, (head) => `${head}${probeTag}`);

/**
 * A reverse proxy in front of the test server (whatever serves dist/), on a free local port, that adds the
 * error probe to every HTML page and serves the probe script; everything else (status, headers, the
 * security policy, redirects) passes through unchanged, so the pages run under the site's real policy.
 */
export function startProbeProxy(upstream: string): Promise<ProbeProxy> {
  const target = new URL(upstream);
  const server = createServer((request, response) => {
    if (request.url === probePath) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end(probeScript);
      return;
    }
    forward(target, request, response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address !== 'object' || !address) return reject(new Error('the probe proxy has no port'));
      resolve({
        origin: `http://127.0.0.1:${address.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

function forward(target: URL, request: IncomingMessage, response: ServerResponse): void {
  // Uncompressed, so that HTML can be edited; the browser gets it uncompressed too.
  const headers = { ...request.headers, host: target.host, 'accept-encoding': 'identity' };
  const upstream = httpRequest({ hostname: target.hostname, port: target.port, path: request.url, method: request.method, headers }, (answer) => {
    const isHtml = /^text\/html/i.test(answer.headers['content-type'] ?? '');
    if (!isHtml) {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
      return;
    }
    const chunks: Buffer[] = [];
    answer.on('data', (chunk: Buffer) => chunks.push(chunk));
    answer.on('end', () => {
      const body = Buffer.from(withProbe(Buffer.concat(chunks).toString('utf8')), 'utf8');
      response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-length': String(body.length) });
      response.end(body);
    });
  });
  upstream.on('error', (error) => {
    response.writeHead(502, { 'content-type': 'text/plain' });
    response.end(`probe proxy: ${error.message}`);
  });
  request.pipe(upstream);
}
