// `pronto studio`: the Studio on its own port of 127.0.0.1, with in-memory state and the offline
// composer: no account, no key, nothing reaches the internet. The gap report and the team view
// read the sandbox, into which a replay file (by default the example inbound posts, with the
// example knowledge) is replayed at start.
import { createReadStream } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createPronto } from '../app.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../core/ports.ts';
import { parseInboundMessage } from '../channels/replay/parse-inbound-message.ts';
import { MAX_LINE_BYTES } from '../channels/replay/replay-messages.ts';
import { readLines } from '../channels/replay/read-lines.ts';
import { ProntoError } from '../errors.ts';
import { createSandbox, type Sandbox } from './sandbox/create-sandbox.ts';
import { createStudioRouter } from './create-studio.ts';

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
  close(): Promise<void>;
}

export async function startStudio(options: StudioOptions): Promise<StudioServer> {
  const { config, log } = options;
  const pronto = await createPronto({ config, log, watch: true });
  const sandbox = createSandbox(pronto, config, log);
  try {
    const replayed = options.replayFile ? await replayInto(sandbox, options.replayFile) : { lastDay: undefined, malformed: [] };
    const app = express();
    app.disable('x-powered-by');
    let port = options.port;
    app.use(localHostOnly(() => port));
    app.use(
      createStudioRouter({
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
      }),
    );
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
    return {
      url: `http://${HOST}:${port}`,
      async close() {
        sandbox.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await pronto.close();
      },
    };
  } catch (error) {
    sandbox.close();
    await pronto.close();
    throw error;
  }
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
