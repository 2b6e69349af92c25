// The service's HTTP surface, one Express app: health for orchestrators, metrics for Prometheus,
// and each channel's routes (X webhook, Slack's receiver, later Facebook, Bot Framework, Studio)
// mounted with one call. No global body parser: webhook routes verify signatures over the exact
// bytes, so each reads its own body (see readRawBody). Whatever a client sends, it gets a JSON
// status and the process keeps serving.
import http, { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from '../core/ports.ts';
import type { ServiceMetrics } from './metrics.ts';
import type { ThrottledWarnings } from './throttled-warnings.ts';

/** A channel's routes: `router` (an express.Router, or any Express handler) serves under `path`. */
export interface HttpMount {
  path: string;
  router: RequestHandler;
}

export interface HttpServerDeps {
  metrics: ServiceMetrics;
  log: Logger;
  /** Per-request warnings (bad requests from outside) go here, so a flood cannot flood the logs. */
  warnings: ThrottledWarnings;
  /** Each check names a dependency and throws when it is not usable. */
  readiness: Record<string, () => Promise<void>>;
}

export interface HttpServer {
  server: http.Server;
  /** Adds routes; they are served from now on, before the 404 answer. */
  mount(...mounts: HttpMount[]): void;
}

/** Webhook payloads are small; anything larger is not a vendor talking to us. */
const MAX_BODY_BYTES = 1024 * 1024;

/** The body as the exact bytes received, up to MAX_BODY_BYTES (larger: 413), for signature checks. */
export const readRawBody: RequestHandler = express.raw({ type: () => true, limit: MAX_BODY_BYTES });

export function createHttpServer(deps: HttpServerDeps): HttpServer {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    const { ready, checks } = await checkReadiness(deps.readiness);
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  app.get('/metrics', async (_request, response) => {
    response.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  const channels = express.Router();
  app.use(channels);

  // The app's final handler is the one place that answers errors and unknown paths, also for
  // requests Express's router cannot route at all (an unparsable absolute URL).
  const server = http.createServer((incoming, outgoing) => {
    const [request, response] = [incoming as Request, outgoing as Response];
    app(request, response, (error?: unknown) => {
      try {
        finish(deps, error, request, response);
      } catch (failure) {
        // Answering failed too: drop this connection rather than the process.
        deps.log.error({ err: failure, method: request.method, path: pathOf(request) }, 'http.request_failed');
        request.socket.destroy();
      }
    });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(deps, error, socket));
  return {
    server,
    mount(...mounts) {
      for (const { path, router } of mounts) channels.use(path, router);
    },
  };
}

/** 404 when nothing answered; otherwise the error's 4xx (warned, throttled) or a 500 (logged as a bug). */
function finish(deps: HttpServerDeps, error: unknown, request: Request, response: Response): void {
  if (response.headersSent) {
    // Half an answer cannot be corrected: end the connection so the client sees the failure.
    if (error !== undefined) deps.log.error({ err: error, method: request.method, path: pathOf(request) }, 'http.request_failed');
    request.socket.destroy();
    return;
  }
  if (error === undefined) {
    response.status(404).json({ error: `no route ${request.method} ${pathOf(request)}` });
    return;
  }
  const status = clientErrorStatus(error);
  if (status !== undefined) {
    const reason = (error as Error).message;
    deps.warnings.warn({ status, method: request.method, path: pathOf(request), reason }, 'http.request_rejected');
    response.status(status).json({ error: reason });
    return;
  }
  deps.log.error({ err: error, method: request.method, path: pathOf(request) }, 'http.request_failed');
  response.status(500).json({ error: 'internal error' });
}

/** The path as sent, without parsing it (Express's `req.path` throws on some malformed URLs), nor the query. */
function pathOf(request: Request): string {
  return (request.originalUrl ?? request.url ?? '').split('?')[0] ?? '';
}

/** The status of errors meant for the client (body-parser's 400 and 413 carry `status` and `expose`). */
function clientErrorStatus(error: unknown): number | undefined {
  const { status, expose } = (error ?? {}) as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true ? status : undefined;
}

/**
 * Requests Node cannot even parse (a broken request line or header, garbage bytes, headers over
 * Node's limit) never reach Express: answer them here and close only that connection.
 */
function answerClientError(deps: HttpServerDeps, error: NodeJS.ErrnoException, socket: Socket): void {
  // The client hung up: nothing to answer and nothing wrong on our side.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  deps.warnings.warn({ status, code: error.code, reason: error.message }, 'http.request_unparsable');
  const body = JSON.stringify({ error: STATUS_CODES[status] });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

async function checkReadiness(readiness: HttpServerDeps['readiness']): Promise<{ ready: boolean; checks: Record<string, string> }> {
  const checks: Record<string, string> = {};
  let ready = true;
  await Promise.all(
    Object.entries(readiness).map(async ([name, check]) => {
      try {
        await check();
        checks[name] = 'ok';
      } catch (error) {
        ready = false;
        checks[name] = error instanceof Error ? error.message : String(error);
      }
    }),
  );
  return { ready, checks };
}
