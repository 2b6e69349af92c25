// The Facebook webhook under load: signed deliveries as Meta posts them (from another process,
// bench/webhook-sender.ts) → signature check → normalization → BullMQ on a real Redis → 200,
// while the same service answers the queued comments on the fake Graph API. Everything on this
// machine, nothing online.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startService } from '../src/service/create-service.ts';
import { loadServiceConfig } from '../src/service-config.ts';
import { PACKAGE_DIR } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { batchWebhooks, signWebhook, startFakeGraphApi, type FakeGraphApi } from '../test/support/fake-graph-api.ts';
import { startRedis } from '../test/support/start-redis.ts';
import { formatTable, type BenchTable } from './table.ts';
import type { SenderResult, SignedDelivery } from './webhook-sender.ts';

const SENDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'webhook-sender.ts');
const APP_SECRET = 'bench-app-secret';
/** The target rate, offered whatever the answers take (open loop): Meta does not wait for us. */
const OFFERED_PER_SECOND = 500;
const OFFERED_SECONDS = 10;
/** Then the most the webhook takes: batches, as Meta sends them when a Page is busy. */
const BATCH_DELIVERIES = 500;
const BATCH_SIZE = 10;
const IN_FLIGHT = 16;
const WARM_UP_DELIVERIES = 200;
/** Graph answers this slow keep the workers waiting, so only the webhook works. */
const HELD_GRAPH_LATENCY_MS = 5_000;

function deliveries(fake: FakeGraphApi, count: number, perDelivery: number, offset: number): SignedDelivery[] {
  const texts = ['Come faccio a ricaricare la SIM?', 'does my plan work in Spain?', 'mi avete addebitato due volte', 'grazie mille!'];
  return Array.from({ length: count }, (_, index) => {
    const bodies = Array.from({ length: perDelivery }, (_, within) => {
      const n = offset + index * perDelivery + within;
      return fake.feedWebhook(fake.addComment({ text: `${texts[n % texts.length]} #${n}`, from: { name: 'Carla Gialli' } }).id);
    });
    const body = JSON.stringify(batchWebhooks(...bodies));
    return { body, headers: { 'x-hub-signature-256': signWebhook(body, APP_SECRET) } };
  });
}

async function send(url: string, dir: string, all: SignedDelivery[], mode: 'offer' | 'saturate', amount: number): Promise<SenderResult> {
  const file = path.join(dir, `${mode}.json`);
  await writeFile(file, JSON.stringify(all));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SENDER, url, file, mode, String(amount)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(output) as SenderResult) : reject(new Error(`the sender exited with ${code}`))));
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** One run: the service against a fake Graph API answering after `graphLatencyMs`, fed by `load`. */
async function run(graphLatencyMs: number, load: (url: string, dir: string, fake: FakeGraphApi) => Promise<(string | number)[][]>): Promise<(string | number)[][]> {
  const redis = await startRedis();
  const fake = await startFakeGraphApi({ accessToken: 'bench-page-token', latencyMs: graphLatencyMs });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pronto-bench-'));
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
  try {
    return await load(`http://127.0.0.1:${service.port}/webhooks/facebook`, dir, fake);
  } finally {
    await service.stop();
    await fake.close();
    await redis.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A row of figures from one sender run; `answered` waits for the replies when given. */
async function measure(
  name: string,
  url: string,
  dir: string,
  all: SignedDelivery[],
  mode: 'offer' | 'saturate',
  amount: number,
  perDelivery: number,
  answered?: () => Promise<void>,
): Promise<(string | number)[]> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { latencies, seconds } = await send(url, dir, all, mode, amount);
  const used = process.cpuUsage(cpu);
  const events = all.length * perDelivery;
  let answerRate: string | number = 'n/a';
  if (answered !== undefined) {
    await answered();
    answerRate = Math.round(events / ((performance.now() - started) / 1000));
  }
  const cpuMsPerDelivery = ((used.user + used.system) / 1000 / all.length).toFixed(2);
  return [name, all.length, Math.round(events / seconds), quantile(latencies, 0.5).toFixed(1), quantile(latencies, 0.99).toFixed(1), cpuMsPerDelivery, answerRate];
}

export async function benchFacebookWebhook(): Promise<BenchTable> {
  const offered = OFFERED_PER_SECOND * OFFERED_SECONDS;
  // A Graph API that takes 5 s to answer holds the 4 workers on their first comments: what is
  // measured is the webhook alone.
  const alone = await run(HELD_GRAPH_LATENCY_MS, async (url, dir, fake) => {
    await send(url, dir, deliveries(fake, WARM_UP_DELIVERIES, 1, 0), 'saturate', 4);
    return [
      await measure(`${OFFERED_PER_SECOND}/s offered for ${OFFERED_SECONDS} s, one comment each; replies held back`, url, dir, deliveries(fake, offered, 1, WARM_UP_DELIVERIES), 'offer', OFFERED_PER_SECOND, 1),
      await measure(`as fast as answered, ${BATCH_SIZE} comments each, ${IN_FLIGHT} in flight; replies held back`, url, dir, deliveries(fake, BATCH_DELIVERIES, BATCH_SIZE, WARM_UP_DELIVERIES + offered), 'saturate', IN_FLIGHT, BATCH_SIZE),
    ];
  });
  const meanwhile = await run(0, async (url, dir, fake) => {
    await send(url, dir, deliveries(fake, WARM_UP_DELIVERIES, 1, 0), 'saturate', 4);
    await fake.waitFor((graph) => graph.pageComments.length >= WARM_UP_DELIVERIES, 60_000);
    const all = deliveries(fake, offered, 1, WARM_UP_DELIVERIES);
    const answered = () => fake.waitFor((graph) => graph.pageComments.length >= WARM_UP_DELIVERIES + offered, 600_000);
    return [await measure(`${OFFERED_PER_SECOND}/s offered for ${OFFERED_SECONDS} s, one comment each; answered meanwhile`, url, dir, all, 'offer', OFFERED_PER_SECOND, 1, answered)];
  });
  return {
    title: 'Facebook webhook: signed deliveries → signature → BullMQ on Redis → 200',
    columns: ['load', 'deliveries', 'events/s accepted and queued', 'p50 answer ms', 'p99 answer ms', 'service CPU ms per delivery', 'comments/s answered'],
    rows: [...alone, ...meanwhile],
    notes: [
      'Each delivery is checked (X-Hub-Signature-256 over the raw body), normalized and its comments added to the BullMQ queue on a real Redis before the 200. The answer time is measured by the sender, a separate process as Meta is, from request to response, over at most 64 keep-alive connections.',
      `"Replies held back": the fake Graph API answers after ${HELD_GRAPH_LATENCY_MS / 1000} s, so the workers wait and the figures are the webhook's own. "Answered meanwhile": the same process also decides and posts every reply (WORKER_CONCURRENCY=4), so webhook answers share the CPU with that work; comments/s answered runs from the first delivery to the last public reply.`,
      'Service CPU per delivery: CPU time of the process running the service (and the fake Graph API) over the run, per delivery: unlike answer times it does not depend on what else the machine is doing.',
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatTable(await benchFacebookWebhook()));
}
