/**
 * `npm run dev` for a browser test: Vite's dev server on a free port (or DEV_TEST_PORT), ready once
 * it has answered `path`. Stop it with `stop()` in afterAll.
 */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './harness.ts';

export interface DevServer {
  origin: string;
  /** Everything Vite printed so far. */
  log(): string;
  stop(): void;
}

/** A port nobody listens on now (two test runs on one machine must not share a dev server). */
async function freePort(): Promise<number> {
  if (process.env.DEV_TEST_PORT) return Number(process.env.DEV_TEST_PORT);
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

export async function startDevServer(
  path: string,
  env: Record<string, string> = {},
): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const vite = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    ['--port', String(port), '--strictPort', '--clearScreen', 'false'],
    // NO_COLOR: with CI set, Vite colours its banner and the port number would sit between escape codes.
    { cwd: ROOT, env: { ...process.env, ...env, BROWSER: 'none', NO_COLOR: '1' } },
  );
  let log = '';
  vite.stdout.on('data', (d: Buffer) => (log += d.toString()));
  vite.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const server: DevServer = {
    origin,
    log: () => log,
    stop: () => {
      if (vite.exitCode === null) vite.kill('SIGTERM');
    },
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (vite.exitCode !== null) throw new Error(`vite exited:\n${log}`);
    // Our own server said it listens (not some other process on the port), and it answers.
    // eslint-disable-next-line no-control-regex -- strip ANSI colour codes from Vite's banner
    if (log.replace(/\u001b\[[0-9;]*m/g, '').includes(`:${port}/`))
      try {
        // A first request can wait on dependency optimisation: give each try its own time limit.
        if ((await fetch(origin + path, { signal: AbortSignal.timeout(10_000) })).ok) return server;
      } catch {
        // not ready yet
      }
    await new Promise((r) => setTimeout(r, 300));
  }
  server.stop();
  throw new Error(`vite did not start on port ${port}:\n${log}`);
}
