// A real redis-server for tests, on a free port, with nothing written to disk. It can be stopped
// and started again on the same port to test outages. Missing redis-server fails loudly: tests
// that need Redis never skip.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';

const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? 'redis-server';
/** Longest wait for a fresh server to answer PING; it normally takes a few milliseconds. */
const READY_TIMEOUT_MS = 10_000;
/** Pause between two connection attempts while the server starts. */
const CONNECT_RETRY_DELAY_MS = 20;
/** Fresh ports tried when another process takes the free port before redis-server binds it. */
const PORT_ATTEMPTS = 3;

export interface TestRedis {
  url: string;
  port: number;
  /** Starts the server again on the same port after stop() (an empty database). */
  start(): Promise<void>;
  /** Kills the server at once, like a crash or an outage, and waits for it to exit. */
  stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    try {
      let server = await spawnRedis(port);
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        async start() {
          if (server.exitCode === null && server.signalCode === null) return;
          server = await spawnRedis(port);
        },
        async stop() {
          await killProcess(server);
        },
      };
    } catch (error) {
      if (attempt >= PORT_ATTEMPTS || !isPortTaken(error)) throw error;
    }
  }
}

async function spawnRedis(port: number): Promise<ChildProcess> {
  const server = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tmpdir()],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  // Always drain the pipes: a full pipe would block the server.
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  const killOnExit = (): void => {
    server.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  server.once('exit', () => process.off('exit', killOnExit));

  const failed = new Promise<never>((_, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `redis-server was not found (${REDIS_SERVER}). The Redis store tests need a real Redis: install it (apt-get install -y redis-server) or set REDIS_SERVER_BIN.`,
            )
          : error,
      );
    });
    server.once('exit', (code, signal) => {
      reject(new Error(`redis-server exited before it was ready (code ${code}, signal ${signal}):\n${output}`));
    });
  });
  failed.catch(() => undefined);
  try {
    await Promise.race([waitForPong(port), failed]);
    return server;
  } catch (error) {
    await killProcess(server);
    throw error;
  }
}

async function waitForPong(port: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    let lastProblem: unknown = 'it answered but is still loading';
    try {
      if (await ping(port)) return;
    } catch (error) {
      lastProblem = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`redis-server on port ${port} did not answer PING within ${READY_TIMEOUT_MS} ms`, {
        cause: lastProblem,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, CONNECT_RETRY_DELAY_MS));
  }
}

/** One PING over a raw socket; true on PONG, false on a reply such as -LOADING. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    socket.setTimeout(READY_TIMEOUT_MS, () => {
      socket.destroy();
      reject(new Error('PING got no reply'));
    });
    socket.once('error', reject);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (!reply.includes('\r\n')) return;
      socket.destroy();
      resolve(reply.startsWith('+PONG'));
    });
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}

async function killProcess(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGKILL');
  await exited;
}

function isPortTaken(error: unknown): boolean {
  return error instanceof Error && /Address already in use/i.test(error.message);
}
