// End to end on the live path: fake X API → poll → BullMQ on a real Redis → responder →
// delivery marks → reply posted on the fake X. Everything on this machine, nothing online.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startService } from '../src/service/create-service.ts';
import { loadServiceConfig } from '../src/service-config.ts';
import { PACKAGE_DIR } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startRedis } from '../test/support/start-redis.ts';
import type { MentionInput } from '../test/support/fake-x-api.ts';
import { formatTable, type BenchTable } from './table.ts';
import type { FakeXAnswer, FakeXCommand, FakeXRequest } from './fake-x-side.ts';

const FAKE_X_SIDE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fake-x-side.ts');
const BACKLOG_MENTIONS = 2_000;
const STEADY_BATCHES = 100;
const STEADY_BATCH_SIZE = 10;
/** Not measured: the first polls pay for cold code paths (JIT, first Redis scripts, sockets). */
const WARM_UP_BATCHES = 5;

/** The fake X API in its own process (bench/fake-x-side.ts), driven over IPC. */
interface FakeXSide {
  baseUrl: string;
  addMentions(mentions: MentionInput[]): Promise<string[]>;
  waitForFirstPoll(timeoutMs: number): Promise<void>;
  /** When the reply to each of `to` was posted on the fake X (epoch ms, the fake's clock). */
  waitForReplies(to: string[], timeoutMs: number): Promise<number[]>;
  close(): Promise<void>;
}

async function startFakeXSide(): Promise<FakeXSide> {
  // Its stdout goes to our stderr: run-one.ts prints the tables as JSON on stdout.
  const child = fork(FAKE_X_SIDE, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 2, 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { baseUrl: string }) => resolve(message.baseUrl));
    child.once('error', reject);
    void exited.then(() => reject(new Error('the fake X side exited before listening')));
  });
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  let lastId = 0;
  child.on('message', (answer: FakeXAnswer) => {
    const waiter = pending.get(answer.id);
    pending.delete(answer.id);
    if ('error' in answer) waiter?.reject(new Error(`fake X side: ${answer.error}`));
    else waiter?.resolve(answer.result);
  });
  // A crashed fake fails the run instead of leaving it waiting.
  void exited.then(() => {
    for (const waiter of pending.values()) waiter.reject(new Error('the fake X side exited'));
    pending.clear();
  });
  const ask = <T>(request: FakeXRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      lastId += 1;
      pending.set(lastId, { resolve: resolve as (result: unknown) => void, reject });
      child.send({ ...request, id: lastId } satisfies FakeXCommand);
    });
  return {
    baseUrl,
    addMentions: (mentions) => ask<string[]>({ type: 'add-mentions', mentions }),
    waitForFirstPoll: (timeoutMs) => ask<void>({ type: 'wait-first-poll', timeoutMs }),
    waitForReplies: (to, timeoutMs) => ask<number[]>({ type: 'wait-replies', to, timeoutMs }),
    async close() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}

function addMentions(fake: FakeXSide, count: number, offset: number): Promise<string[]> {
  const texts = ['come faccio a ricaricare?', 'does my plan work in Spain?', 'mi avete addebitato due volte', 'grazie mille!'];
  return fake.addMentions(
    Array.from({ length: count }, (_, index) => {
      const n = offset + index;
      return {
        text: `@LumoAiuta ${texts[n % texts.length]} #${n}`,
        author: { id: String(10_000 + n), username: `cliente${n}`, name: 'Carla Gialli' },
      };
    }),
  );
}

/** One poll finding a batch: when each of its replies was posted, counted from the poll's start. */
async function pollBatch(fake: FakeXSide, pollXOnce: () => Promise<unknown>, ids: string[], timeoutMs: number): Promise<number[]> {
  // Date.now() here and the fake's reply stamps (its Date.now()) read the same machine's clock.
  const started = Date.now();
  await pollXOnce();
  return (await fake.waitForReplies(ids, timeoutMs)).map((postedAt) => postedAt - started);
}

export async function benchXService(): Promise<BenchTable> {
  const redis = await startRedis();
  const fake = await startFakeXSide();
  try {
    const config = loadServiceConfig(
      {
        X_API_KEY: 'k', X_API_SECRET: 's', X_ACCESS_TOKEN: 't', X_ACCESS_SECRET: 'u',
        X_API_BASE_URL: fake.baseUrl,
        X_POLL_DMS: 'false',
        // The benchmark drives polling itself.
        X_POLL_INTERVAL_MS: '3600000',
        X_REQUEST_BUDGET_PER_15_MIN: '1000000',
        REDIS_URL: redis.url,
        PORT: '0',
        WORKER_CONCURRENCY: '16',
      },
      PACKAGE_DIR,
    );
    const service = await startService(config, createLogger('error'));
    const pollXOnce = service.pollXOnce!;
    try {
      await fake.waitForFirstPoll(10_000);

      let offset = 0;
      const nextBatch = async (size: number): Promise<string[]> => {
        const ids = await addMentions(fake, size, offset);
        offset += size;
        return ids;
      };
      for (let batch = 0; batch < WARM_UP_BATCHES; batch += 1) await pollBatch(fake, pollXOnce, await nextBatch(STEADY_BATCH_SIZE), 30_000);

      // Steady load: a poll finds a batch of mentions; latency = reply posted − poll started.
      const latencies: number[] = [];
      for (let batch = 0; batch < STEADY_BATCHES; batch += 1) latencies.push(...(await pollBatch(fake, pollXOnce, await nextBatch(STEADY_BATCH_SIZE), 30_000)));

      // Backlog: thousands of mentions found by one poll, answered as fast as Pronto can.
      const backlog = await nextBatch(BACKLOG_MENTIONS);
      const cpu = process.cpuUsage();
      const answeredAfter = await pollBatch(fake, pollXOnce, backlog, 120_000);
      const used = process.cpuUsage(cpu);
      const seconds = Math.max(...answeredAfter) / 1000;

      latencies.sort((a, b) => a - b);
      const quantile = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
      return {
        title: 'Live path on X: fake X API → poll → BullMQ on Redis → responder → reply posted (WORKER_CONCURRENCY=16)',
        columns: ['mentions', 'mentions/s (backlog)', 'p50 ms (steady)', 'p99 ms (steady)', 'service CPU ms per mention (backlog)', 'peak RSS MB'],
        rows: [[
          BACKLOG_MENTIONS + STEADY_BATCHES * STEADY_BATCH_SIZE,
          Math.round(BACKLOG_MENTIONS / seconds),
          quantile(0.5),
          quantile(0.99),
          ((used.user + used.system) / 1000 / BACKLOG_MENTIONS).toFixed(2),
          (process.resourceUsage().maxRSS / 1024).toFixed(0),
        ]],
        notes: [
          'The fake X API runs in its own process (bench/fake-x-side.ts, driven over IPC), as X is another machine: the service process does not share its CPU with the fake vendor parsing signed requests and storing posts. Both processes share the 2 cores of this machine with redis-server.',
          `Warm-up: ${WARM_UP_BATCHES} polls of ${STEADY_BATCH_SIZE} mentions each, answered but not measured, before both measures, so cold start (first compiles, first Redis scripts, first connections) is not in the steady p99. "mentions" counts the measured ones only.`,
          `Backlog: ${BACKLOG_MENTIONS.toLocaleString('en')} mentions returned by one poll (X pages of 100), timed from the poll to the last reply on the fake X.`,
          `Steady: ${STEADY_BATCHES} polls of ${STEADY_BATCH_SIZE} mentions each; latency from the start of the poll to each reply being posted. The start is Date.now() in the service process, the end the reply's createdAt as the fake X stamps it on arrival (Date.now() in its process): the same wall clock of one machine, and IPC time is in neither. The fake X answers on loopback in well under a millisecond, so the figure is Pronto's own: reading the page, queueing in Redis, deciding, the delivery marks and the reply call.`,
          'Service CPU per mention: CPU time (process.cpuUsage, user + system) of the service process from the backlog poll to its last reply, per mention; the fake X and redis-server are not in it. It depends much less than mentions/s on what else the machine is doing; at one core, 1,000 ÷ this figure is the most mentions/s the service can answer.',
          'Peak RSS: the service process (with the small benchmark driver); the fake X API and redis-server are separate processes.',
        ],
      };
    } finally {
      await service.stop();
    }
  } finally {
    await fake.close();
    await redis.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatTable(await benchXService()));
}
