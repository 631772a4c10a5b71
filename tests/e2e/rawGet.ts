import { get } from 'node:http';

export interface RawResponse {
  status: number;
  /** The bytes as sent: never decompressed. */
  body: Buffer;
  headers: Record<string, string | undefined>;
}

/**
 * A GET with the path sent exactly as written (browsers and Playwright's request resolve `..` first) and
 * the body kept as the server sent it (Playwright's request decompresses it).
 */
export function rawGet(origin: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const flat = Object.entries(response.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]);
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), headers: Object.fromEntries(flat) });
      });
    }).on('error', reject);
  });
}
