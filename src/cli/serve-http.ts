import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

/** Fails with one plain line when the port is taken, before anything else starts. */
export async function ensurePortFree(port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(new Error(err.code === 'EADDRINUSE' ? `port ${port} is already in use; choose another with --port N` : `port ${port}: ${err.message}`)),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export function listen(app: Hono, port: number, host: string): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) =>
      resolve({ port: info.port, close: () => new Promise((r) => server.close(() => r())) }),
    );
    // Readers behind a proxy or a keep-alive client reuse idle connections: a server that closes them first (Node's
    // default is 5 s) races the next request on them, which the client sees as a reset. Keep them longer than
    // common proxies (60 s) do.
    const http = server as Server;
    http.keepAliveTimeout = 65_000;
    http.headersTimeout = 66_000;
    server.once('error', reject);
  });
}
