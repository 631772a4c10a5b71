import autocannon, { type Result } from 'autocannon';
import { percentile } from '../common/stats.ts';

/** One load run: a file of the site, fetched over and over by `connections` clients for `seconds`. */
export interface LoadFigures {
  connections: number;
  requestsPerSecond: number;
  /** Latency of a request, from sending it to the end of its answer, in milliseconds. */
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
}

/**
 * Runs autocannon against one URL. Each client sends the Accept-Encoding a browser sends, so the server
 * answers as it answers a reader: nginx with the build's brotli file, vite preview compressing on the fly.
 * The latencies are autocannon's own per-response times, kept here: its summary histogram counts whole
 * milliseconds, and nginx answers most requests in a fraction of one.
 */
export async function load(url: string, connections: number, seconds: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  const result = await new Promise<Result>((resolve, reject) => {
    const run = autocannon(
      {
        url,
        connections,
        duration: seconds,
        headers: { 'accept-encoding': 'gzip, deflate, br' },
        // A request unanswered for 10 s counts as an error, not as a latency.
        timeout: 10,
        // nginx closes a keep-alive connection after 1000 requests (keepalive_requests). autocannon 9 then
        // keeps the request it had just sent in its queue, unanswered, and times every later response from
        // the request before it: a run that measures 0.03 ms reported 1 ms and growing. Opening a new
        // connection itself every 500 requests empties that queue (and costs the same on both servers).
        reconnectRate: 500,
      },
      (error: unknown, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    run.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const sorted = latencies.sort((a, b) => a - b);
  return {
    connections,
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
