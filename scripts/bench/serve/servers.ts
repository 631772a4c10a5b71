import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { projectRoot } from '../common/benchRun.ts';

/** A server of the built site, started for the benchmark in a process of its own. */
export interface BenchServer {
  name: string;
  origin: string;
  stop: () => Promise<void>;
}

/**
 * Each server runs in its own process, never in the benchmark's: the load generator's work would otherwise
 * share the event loop of a Node server (vite preview) and slow it down with it.
 */
async function startProcess(name: string, command: string, args: string[], port: number, env: Record<string, string> = {}): Promise<BenchServer> {
  const child: ChildProcess = spawn(command, args, { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  const exited = once(child, 'exit');
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before it answered on ${origin}`);
    const ready = await fetch(`${origin}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { name, origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`${name} did not answer on ${origin} within 20 s`);
}

/** nginx with the shipped configuration, as `npm run serve:nginx` starts it. */
export const startNginx = (port: number): Promise<BenchServer> =>
  startProcess('nginx', process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts/serve/nginx.ts')], port, { PORT: String(port) });

/** vite preview with the project's config, as `npm start` serves the site. */
export const startVitePreview = (port: number): Promise<BenchServer> =>
  startProcess('vite preview', process.execPath, [join(projectRoot, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], port);
