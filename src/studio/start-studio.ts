// `pronto studio`: the Studio on its own port of 127.0.0.1, with in-memory state and the offline
// composer: no account, no key, nothing reaches the internet. It answers at once and says it is
// starting while the knowledge loads. The gap report and the team view
// read the sandbox, into which a replay file (by default the example inbound posts, with the
// example knowledge) is replayed at start.
import { createReadStream } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Config } from '../config.ts';
import type { Logger } from '../core/ports.ts';
import { parseInboundMessage } from '../channels/replay/parse-inbound-message.ts';
import { MAX_LINE_BYTES } from '../channels/replay/replay-messages.ts';
import { readLines } from '../channels/replay/read-lines.ts';
import { ProntoError } from '../errors.ts';
import type { Sandbox } from './sandbox/create-sandbox.ts';
import { html } from './html.ts';

export const DEFAULT_STUDIO_PORT = 4000;
const HOST = '127.0.0.1';

export interface StudioOptions {
  config: Config;
  log: Logger;
  /** 0 picks a free port. */
  port: number;
  /** Inbound posts (JSON lines) replayed into the sandbox at start, for the gap report and the team view. */
  replayFile?: string;
  evalFile?: string;
}

export interface StudioServer {
  url: string;
  /**
   * Resolves once the knowledge is loaded and the replay file replayed; until then every page
   * says the Studio is starting (503, and it refreshes itself). Rejects when loading fails.
   */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** A starting page refreshes itself this often, in seconds. */
const STARTING_REFRESH_S = 1;

export async function startStudio(options: StudioOptions): Promise<StudioServer> {
  const { config, log } = options;
  const app = express();
  app.disable('x-powered-by');
  let port = options.port;
  let studio: RequestHandler | undefined;
  app.use(localHostOnly(() => port));
  // Listening comes first: the page answers at once and follows the loading, which takes a
  // second or more (the matcher learns the example questions).
  app.use((request, response, next) => (studio ? studio(request, response, next) : answerStarting(response, config.knowledgeDir)));
  const server = app.listen(options.port, HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new ProntoError('port_in_use', `port ${options.port} on ${HOST} is in use: pass --port with another number`)
          : error,
      ),
    );
  });
  port = (server.address() as AddressInfo).port;
  const cleanups: (() => Promise<void> | void)[] = [];
  const ready = (async () => {
    // Loaded once listening: the responder's modules (triage lexicons, matcher) take most of a
    // second to import, and the starting page need not wait for them.
    const [{ createPronto }, { createSandbox }, { createStudioRouter }] = await Promise.all([
      import('../app.ts'),
      import('./sandbox/create-sandbox.ts'),
      import('./create-studio.ts'),
    ]);
    const pronto = await createPronto({ config, log, watch: true });
    cleanups.push(() => pronto.close());
    const sandbox = createSandbox(pronto, config, log);
    cleanups.push(() => sandbox.close());
    const replayed = options.replayFile ? await replayInto(sandbox, options.replayFile) : { lastDay: undefined, malformed: [] };
    studio = createStudioRouter({
      pronto,
      config,
      log,
      sandbox,
      live: false,
      ...(options.evalFile ? { evalFile: options.evalFile } : {}),
      insights: {
        store: sandbox.store,
        label: options.replayFile ? `the replay of ${options.replayFile} and the playground` : 'the playground',
        lastDay: () => latest(today(), replayed.lastDay),
        malformed: () => replayed.malformed,
      },
    });
  })();
  return {
    url: `http://${HOST}:${port}`,
    ready,
    async close() {
      await ready.catch(() => undefined);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
  };
}

function answerStarting(response: Response, knowledgeDir: string): void {
  response.status(503).setHeader('Retry-After', String(STARTING_REFRESH_S));
  response.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
  response.type('html').send(
    html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${STARTING_REFRESH_S}"><title>Starting · Pronto Studio</title></head>
<body><main><h1>Pronto Studio is starting</h1><p role="status">Loading the knowledge from ${knowledgeDir}: this page opens the Studio by itself in a moment.</p></main></body></html>`.value,
  );
}

/** Replays a file of inbound posts into the sandbox; malformed lines are kept to be shown. */
async function replayInto(sandbox: Sandbox, file: string): Promise<{ lastDay: string | undefined; malformed: string[] }> {
  const malformed: string[] = [];
  let lastDay: string | undefined;
  try {
    for await (const line of readLines(createReadStream(file), MAX_LINE_BYTES)) {
      if ('tooLong' in line) {
        malformed.push(`line ${line.number}: too long (over ${MAX_LINE_BYTES} bytes)`);
        continue;
      }
      if (line.text.trim() === '') continue;
      const parsed = parseInboundMessage(line.text, new Date());
      if ('error' in parsed) {
        malformed.push(`line ${line.number}: ${parsed.error}`);
        continue;
      }
      await sandbox.replay(parsed.message);
      lastDay = latest(parsed.message.at.slice(0, 10), lastDay);
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ProntoError('input_unreadable', `cannot read ${file}: ${reason}`, { cause: error });
  }
  return { lastDay, malformed };
}

/**
 * Only requests addressed to this machine: a web page elsewhere cannot point a name of its own
 * at 127.0.0.1 (DNS rebinding) and read the Studio.
 */
function localHostOnly(port: () => number) {
  return (request: Request, response: Response, next: NextFunction) => {
    const allowed = [`${HOST}:${port()}`, `localhost:${port()}`, `[::1]:${port()}`];
    if (allowed.includes(request.headers.host ?? '')) next();
    else response.status(403).type('text').send('Pronto Studio answers only on 127.0.0.1.');
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function latest(day: string, other: string | undefined): string {
  return other !== undefined && other > day ? other : day;
}
