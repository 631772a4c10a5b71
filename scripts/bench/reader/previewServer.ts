import { preview } from 'vite';

export interface PreviewServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * The built site served exactly as `npm start` serves it (vite preview with the project's config: the same
 * headers, 404 handling and redirects), from any directory and port.
 */
export async function startPreview(root: string, outDir: string, port: number): Promise<PreviewServer> {
  const server = await preview({
    root,
    logLevel: 'silent',
    build: { outDir },
    preview: { port, strictPort: true, open: false },
  });
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? `http://localhost:${port}`;
  return { origin, close: () => server.close() };
}
