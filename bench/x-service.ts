// End to end on the live path: fake X API → poll → BullMQ on a real Redis → responder →
// delivery marks → reply posted on the fake X. Everything on this machine, nothing online.
import { pathToFileURL } from 'node:url';
import { startService } from '../src/service/create-service.ts';
import { loadServiceConfig } from '../src/service-config.ts';
import { PACKAGE_DIR } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startFakeXApi, type FakeXApi } from '../test/support/fake-x-api.ts';
import { startRedis } from '../test/support/start-redis.ts';
import { formatTable, type BenchTable } from './table.ts';

const BACKLOG_MENTIONS = 2_000;
const STEADY_BATCHES = 100;
const STEADY_BATCH_SIZE = 10;

function addMentions(fake: FakeXApi, count: number, offset: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const n = offset + index;
    const texts = ['come faccio a ricaricare?', 'does my plan work in Spain?', 'mi avete addebitato due volte', 'grazie mille!'];
    return fake.addMention({
      text: `@LumoAiuta ${texts[n % texts.length]} #${n}`,
      author: { id: String(10_000 + n), username: `cliente${n}`, name: 'Carla Gialli' },
    }).id;
  });
}

/** Replies to `ids` posted so far; reads only tweets it has not seen, so waiting stays cheap. */
function answeredCounter(ids: Set<string>): (fake: FakeXApi) => number {
  let seen = 0;
  let count = 0;
  return (fake) => {
    for (; seen < fake.postedTweets.length; seen += 1) {
      if (fake.postedTweets[seen]!.referencedTweets.some((r) => ids.has(r.id))) count += 1;
    }
    return count;
  };
}

export async function benchXService(): Promise<BenchTable> {
  const redis = await startRedis();
  const fake = await startFakeXApi({ brand: { id: '1000', username: 'LumoAiuta', name: 'Lumo' } });
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
  try {
    await fake.waitFor((f) => f.requests.some((r) => r.path.endsWith('/mentions') && r.status === 200), 10_000);

    // Steady load: a poll finds a batch of mentions; latency = reply posted − poll started.
    const latencies: number[] = [];
    let offset = 0;
    for (let batch = 0; batch < STEADY_BATCHES; batch += 1) {
      const ids = new Set(addMentions(fake, STEADY_BATCH_SIZE, offset));
      offset += STEADY_BATCH_SIZE;
      const started = Date.now();
      await service.pollXOnce!();
      const answered = answeredCounter(ids);
      await fake.waitFor((f) => answered(f) >= ids.size, 30_000);
      for (const tweet of fake.postedTweets.slice(-ids.size)) latencies.push(Date.parse(tweet.createdAt) - started);
    }

    // Backlog: thousands of mentions found by one poll, answered as fast as Pronto can.
    const backlog = new Set(addMentions(fake, BACKLOG_MENTIONS, offset));
    const started = Date.now();
    await service.pollXOnce!();
    const answered = answeredCounter(backlog);
    await fake.waitFor((f) => answered(f) >= backlog.size, 120_000);
    const seconds = (Date.now() - started) / 1000;

    latencies.sort((a, b) => a - b);
    const quantile = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    return {
      title: 'Live path on X: fake X API → poll → BullMQ on Redis → responder → reply posted (WORKER_CONCURRENCY=16)',
      columns: ['mentions', 'mentions/s (backlog)', 'p50 ms (steady)', 'p99 ms (steady)', 'peak RSS MB'],
      rows: [[
        BACKLOG_MENTIONS + STEADY_BATCHES * STEADY_BATCH_SIZE,
        Math.round(BACKLOG_MENTIONS / seconds),
        quantile(0.5),
        quantile(0.99),
        (process.resourceUsage().maxRSS / 1024).toFixed(0),
      ]],
      notes: [
        `Backlog: ${BACKLOG_MENTIONS.toLocaleString('en')} mentions returned by one poll (X pages of 100), timed from the poll to the last reply on the fake X.`,
        `Steady: ${STEADY_BATCHES} polls of ${STEADY_BATCH_SIZE} mentions each; latency from the start of the poll to each reply being posted. The fake X answers on loopback in well under a millisecond, so the figure is Pronto's own: reading the page, queueing in Redis, deciding, the delivery marks and the reply call.`,
        'Peak RSS: the benchmark process, which also runs the fake X API; redis-server is a separate process.',
      ],
    };
  } finally {
    await service.stop();
    await fake.close();
    await redis.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatTable(await benchXService()));
}
