// The service's HTTP surface: health for orchestrators, metrics for Prometheus, and the X
// webhook when enabled. node:http keeps raw bodies intact for signature checks.
import http from 'node:http';
import type { Logger } from '../core/ports.ts';
import type { ServiceMetrics } from './metrics.ts';

/** A route handler gets the raw body (webhook signatures are computed over the exact bytes). */
export type RouteHandler = (request: http.IncomingMessage, rawBody: Buffer, url: URL) => Promise<HttpResult>;

export interface HttpResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface HttpServerDeps {
  metrics: ServiceMetrics;
  log: Logger;
  /** Each check names a dependency and throws when it is not usable. */
  readiness: Record<string, () => Promise<void>>;
  routes?: Record<string, RouteHandler>;
  /** Paths handed over untouched (request body unread), e.g. Slack's receiver, which checks signatures itself. */
  passThrough?: Record<string, http.RequestListener>;
}

/** Webhook payloads are small; anything larger is not X talking to us. */
const MAX_BODY_BYTES = 1024 * 1024;

export function createHttpServer(deps: HttpServerDeps): http.Server {
  return http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const passThrough = deps.passThrough?.[url.pathname];
    if (passThrough) {
      passThrough(request, response);
      return;
    }
    handle(deps, request, url)
      .then(({ status, body, headers }) => {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        response.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain; version=0.0.4' : 'application/json', ...headers });
        response.end(text);
      })
      .catch((error: unknown) => {
        deps.log.error({ err: error, path: request.url }, 'http.request_failed');
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'internal error' }));
      });
  });
}

async function handle(deps: HttpServerDeps, request: http.IncomingMessage, url: URL): Promise<HttpResult> {
  if (request.method === 'GET' && url.pathname === '/healthz') return { status: 200, body: { status: 'ok' } };
  if (request.method === 'GET' && url.pathname === '/readyz') return readiness(deps);
  if (request.method === 'GET' && url.pathname === '/metrics') {
    return { status: 200, body: await deps.metrics.registry.metrics(), headers: { 'content-type': deps.metrics.registry.contentType } };
  }
  const route = deps.routes?.[url.pathname];
  if (route) return route(request, await readBody(request), url);
  return { status: 404, body: { error: `no route ${request.method} ${url.pathname}` } };
}

async function readiness(deps: HttpServerDeps): Promise<HttpResult> {
  const checks: Record<string, string> = {};
  let ready = true;
  await Promise.all(
    Object.entries(deps.readiness).map(async ([name, check]) => {
      try {
        await check();
        checks[name] = 'ok';
      } catch (error) {
        ready = false;
        checks[name] = error instanceof Error ? error.message : String(error);
      }
    }),
  );
  return { status: ready ? 200 : 503, body: { status: ready ? 'ready' : 'not ready', checks } };
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
