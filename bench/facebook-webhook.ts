// The Facebook webhook under load: signed deliveries as Meta posts them → signature check →
// normalization → BullMQ on a real Redis → 200, while the same process answers the queued
// comments on the fake Graph API. Everything on this machine, nothing online.
import { pathToFileURL } from 'node:url';
import { startService } from '../src/service/create-service.ts';
import { loadServiceConfig } from '../src/service-config.ts';
import { PACKAGE_DIR } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { batchWebhooks, signWebhook, startFakeGraphApi, type FakeGraphApi } from '../test/support/fake-graph-api.ts';
import { startRedis } from '../test/support/start-redis.ts';
import { formatTable, type BenchTable } from './table.ts';

const APP_SECRET = 'bench-app-secret';
/** The target rate, offered whatever the answers take (open loop): Meta does not wait for us. */
const OFFERED_PER_SECOND = 500;
const OFFERED_SECONDS = 10;
/** How often the sender releases the deliveries that are due. */
const TICK_MS = 5;
/** Then the most the webhook takes: deliveries of a batch, as Meta sends them when a Page is busy, 16 in flight. */
const BATCH_DELIVERIES = 500;
const BATCH_SIZE = 10;
const IN_FLIGHT = 16;
const WARM_UP_DELIVERIES = 200;

interface Delivery {
  body: string;
  signature: string;
}

function deliveries(fake: FakeGraphApi, count: number, perDelivery: number, offset: number): Delivery[] {
  const texts = ['Come faccio a ricaricare la SIM?', 'does my plan work in Spain?', 'mi avete addebitato due volte', 'grazie mille!'];
  return Array.from({ length: count }, (_, index) => {
    const bodies = Array.from({ length: perDelivery }, (_, within) => {
      const n = offset + index * perDelivery + within;
      return fake.feedWebhook(fake.addComment({ text: `${texts[n % texts.length]} #${n}`, from: { name: 'Carla Gialli' } }).id);
    });
    const body = JSON.stringify(batchWebhooks(...bodies));
    return { body, signature: signWebhook(body, APP_SECRET) };
  });
}

async function postOne(url: string, { body, signature }: Delivery, latencies: number[]): Promise<void> {
  const sent = performance.now();
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`the webhook answered ${response.status}`);
  latencies.push(performance.now() - sent);
}

/** Sends the deliveries at `perSecond`, not waiting for answers; each answer's time in ms, and the rate achieved. */
async function offer(url: string, all: Delivery[], perSecond: number): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  let next = 0;
  while (next < all.length) {
    const due = Math.min(all.length, Math.floor(((performance.now() - started) / 1000) * perSecond) + 1);
    for (; next < due; next += 1) pending.push(postOne(url, all[next]!, latencies));
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  await Promise.all(pending);
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

/** Posts every delivery, `IN_FLIGHT` at a time, as fast as the webhook answers. */
async function saturate(url: string, all: Delivery[]): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < all.length) await postOne(url, all[next++]!, latencies);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function benchFacebookWebhook(): Promise<BenchTable> {
  const redis = await startRedis();
  const fake = await startFakeGraphApi({ accessToken: 'bench-page-token' });
  const config = loadServiceConfig(
    {
      FACEBOOK_PAGE_ID: fake.page.id,
      FACEBOOK_PAGE_ACCESS_TOKEN: 'bench-page-token',
      FACEBOOK_APP_SECRET: APP_SECRET,
      FACEBOOK_VERIFY_TOKEN: 'bench-verify-token',
      FACEBOOK_GRAPH_URL: fake.baseUrl,
      REDIS_URL: redis.url,
      PORT: '0',
    },
    PACKAGE_DIR,
  );
  const service = await startService(config, createLogger('error'));
  const url = `http://127.0.0.1:${service.port}/webhooks/facebook`;
  try {
    const offered = OFFERED_PER_SECOND * OFFERED_SECONDS;
    const warmUp = deliveries(fake, WARM_UP_DELIVERIES, 1, 0);
    const single = deliveries(fake, offered, 1, WARM_UP_DELIVERIES);
    const batched = deliveries(fake, BATCH_DELIVERIES, BATCH_SIZE, WARM_UP_DELIVERIES + offered);
    await saturate(url, warmUp);
    const rows: (string | number)[][] = [];
    const runs = [
      [`${OFFERED_PER_SECOND} deliveries/s offered, one comment each`, () => offer(url, single, OFFERED_PER_SECOND), single.length, 1],
      [`as fast as it answers, ${BATCH_SIZE} comments each, ${IN_FLIGHT} in flight`, () => saturate(url, batched), batched.length, BATCH_SIZE],
    ] as const;
    for (const [name, run, count, perDelivery] of runs) {
      const { latencies, seconds } = await run();
      latencies.sort((a, b) => a - b);
      rows.push([name, count, Math.round((count * perDelivery) / seconds), quantile(latencies, 0.5).toFixed(1), quantile(latencies, 0.99).toFixed(1)]);
    }
    const total = WARM_UP_DELIVERIES + offered + BATCH_DELIVERIES * BATCH_SIZE;
    const answering = performance.now();
    await fake.waitFor((graph) => graph.pageComments.length >= total, 600_000);
    return {
      title: 'Facebook webhook: signed deliveries → signature → BullMQ on Redis → 200',
      columns: ['load', 'deliveries', 'events/s accepted and queued', 'p50 answer ms', 'p99 answer ms'],
      rows,
      notes: [
        `Each delivery is checked (X-Hub-Signature-256 over the raw body), normalized and its comments added to the BullMQ queue on a real Redis before the 200; the answer time is measured by the sender (in the same process), from request to response, over keep-alive connections.`,
        `Meanwhile the same process answers the queued comments on the fake Graph API (WORKER_CONCURRENCY=4): all ${total.toLocaleString('en')} got their public reply, the last ${((performance.now() - answering) / 1000).toFixed(1)} s after the deliveries ended.`,
      ],
    };
  } finally {
    await service.stop();
    await fake.close();
    await redis.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatTable(await benchFacebookWebhook()));
}
