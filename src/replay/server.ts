// The replay server: serves the generated offline copy of the outlets over HTTP on loopback, behaving like
// real news servers — validators and 304s, gzip, per-outlet charset habits, a slow outlet, a flaky one,
// 301 short links, 404 for anything else. node:http only, so it runs anywhere the project does.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BodyStore } from './body-store.ts';
import { acceptsGzip, isNotModified } from './conditional.ts';
import { FlakySchedule } from './flaky.ts';
import { loadServeIndex, type Redirects, type ServeIndex, type ServedFile } from './site-index.ts';

export interface ReplayServerOptions {
  /** the corpus folder holding sites/, serve.json and redirects.json (e.g. fixtures/replay) */
  dir: string;
  port?: number;
  host?: string;
  /** seed of the flaky outlet's 503s */
  seed?: number;
}

export interface ReplayServer {
  /** origin, e.g. http://127.0.0.1:39123 (no trailing slash) */
  url: string;
  close(): Promise<void>;
}

interface Context {
  index: ServeIndex;
  redirects: Redirects;
  bodies: BodyStore;
  flaky: FlakySchedule;
  origin: string;
  timers: Set<NodeJS.Timeout>;
}

/** Own keys only: a request for /constructor must not find Object.prototype's members. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(
    `<!DOCTYPE html><html><head><title>${text}</title></head><body><h1>${text}</h1></body></html>\n`,
  );
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function contentType(ctx: Context, file: ServedFile): string {
  const outlet = file.outlet ? own(ctx.index.outlets, file.outlet) : undefined;
  if (!outlet) return `${file.type}; charset=utf-8`;
  return outlet.charsetIn === 'header' ? `${file.type}; charset=${outlet.charset}` : file.type;
}

async function serveFile(ctx: Context, req: IncomingMessage, res: ServerResponse, path: string, file: ServedFile) {
  const body = await ctx.bodies.get(path);
  const lastModified = new Date(file.lastModified);
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  const headers: Record<string, string | number> = {
    ETag: gzip ? `W/${body.etag}` : body.etag,
    'Last-Modified': lastModified.toUTCString(),
    'Cache-Control': 'public, max-age=60',
    Vary: 'Accept-Encoding',
  };
  if (isNotModified(req.headers, body.etag, lastModified)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const bytes = gzip ? body.gzip() : body.identity;
  res.writeHead(200, {
    ...headers,
    'Content-Type': contentType(ctx, file),
    'Content-Length': bytes.length,
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

async function answer(ctx: Context, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const slug = path.split('/')[1] ?? '';
  const outlet = own(ctx.index.outlets, slug);
  if (outlet?.flaky && ctx.flaky.next(path)) {
    plain(res, 503, '503 Service Temporarily Unavailable', { 'Retry-After': '1' });
    return;
  }
  const file = own(ctx.index.files, path);
  if (file) return serveFile(ctx, req, res, path, file);
  const target = own(ctx.redirects, path) ?? (own(ctx.index.files, `${path}/`) ? `${path}/` : undefined);
  if (target) {
    plain(res, 301, '301 Moved Permanently', { Location: ctx.origin + encodeURI(target) });
    return;
  }
  plain(res, 404, '404 Not Found');
}

function handle(ctx: Context, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return plain(res, 405, '405 Method Not Allowed', { Allow: 'GET, HEAD' });
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://replay.invalid').pathname);
  } catch {
    return plain(res, 400, '400 Bad Request');
  }
  const slug = path.split('/')[1] ?? '';
  const delay = own(ctx.index.outlets, slug)?.delayMs ?? 0;
  const run = () => {
    answer(ctx, req, res, path).catch(() => {
      if (!res.headersSent) plain(res, 500, '500 Internal Server Error');
      else res.destroy();
    });
  };
  if (delay <= 0) return run();
  const timer = setTimeout(() => {
    ctx.timers.delete(timer);
    run();
  }, delay);
  ctx.timers.add(timer);
}

export async function startReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  const { dir, port = 0, host = '127.0.0.1', seed = 1 } = options;
  const { index, redirects } = await loadServeIndex(dir).catch((e: Error) => {
    throw new Error(`${dir} is not a built replay corpus (${e.message}); run npm run replay:build first`);
  });
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actual}`;
  const ctx: Context = {
    index,
    redirects,
    bodies: new BodyStore(join(dir, 'sites'), origin),
    flaky: new FlakySchedule(seed),
    origin,
    timers: new Set(),
  };
  server.on('request', (req, res) => handle(ctx, req, res));
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of ctx.timers) clearTimeout(t);
        ctx.timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
