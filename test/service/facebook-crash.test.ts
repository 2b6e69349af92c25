// The service as a real child process with the Facebook channel on: Meta delivers 1,000
// comments by webhook (batched, and again until it gets a 200, as Meta retries), the service is
// SIGKILLed at random points three times and started again, and every comment gets exactly one
// public reply.
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchWebhooks, deliverWebhook, startFakeGraphApi, type FakeGraphApi } from '../support/fake-graph-api.ts';
import { waitForEmptyQueue } from '../support/wait-for-empty-queue.ts';
import { startRedis, type TestRedis } from '../support/start-redis.ts';
import { startServiceProcess, type ServiceProcess } from '../support/start-service-process.ts';

const APP_SECRET = 'crash-app-secret';
const COMMENTS = 1_000;
/** Meta batches changes: a delivery carries several comments. */
const PER_DELIVERY = 10;
/** Deliveries in flight at once, as Meta sends them in parallel. */
const IN_FLIGHT = 8;
/** Meta retries a failed delivery; here after a short pause, so the test stays fast. */
const RETRY_PAUSE_MS = 50;

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Delivers each body until the service answers 200, `IN_FLIGHT` at a time, whatever happens to it. */
async function deliverAll(url: string, bodies: unknown[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      for (;;) {
        const status = await deliverWebhook(url, body, { appSecret: APP_SECRET }).then((response) => response.status, () => 0);
        if (status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

function repliesPerComment(fake: FakeGraphApi, ids: string[]): Map<string, number> {
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const reply of fake.pageComments) {
    const count = counts.get(reply.parentId);
    if (count !== undefined) counts.set(reply.parentId, count + 1);
  }
  return counts;
}

describe('the Facebook channel under SIGKILL', () => {
  it('replies exactly once to each of 1,000 comments across 3 kills and restarts', async () => {
    const fake = await startFakeGraphApi({ accessToken: 'crash-page-token' });
    const port = await freePort();
    const prefix = 'fbcrash:';
    const env = {
      FACEBOOK_PAGE_ID: fake.page.id,
      FACEBOOK_PAGE_ACCESS_TOKEN: 'crash-page-token',
      FACEBOOK_APP_SECRET: APP_SECRET,
      FACEBOOK_VERIFY_TOKEN: 'crash-verify-token',
      FACEBOOK_GRAPH_URL: fake.baseUrl,
      REDIS_URL: redis.url,
      REDIS_PREFIX: prefix,
      PORT: String(port),
      // Fast takeover after a kill, so the test runs in seconds, not minutes.
      JOB_LOCK_MS: '1000',
      DELIVERY_HOLD_MS: '2000',
    };
    let service: ServiceProcess = await startServiceProcess(env);
    const comments = Array.from({ length: COMMENTS }, (_, n) =>
      fake.addComment({ text: `Come faccio a ricaricare la SIM? #${n}`, from: { name: 'Carla Gialli' } }),
    );
    const ids = comments.map((comment) => comment.id);
    const bodies = Array.from({ length: COMMENTS / PER_DELIVERY }, (_, batch) =>
      batchWebhooks(...ids.slice(batch * PER_DELIVERY, (batch + 1) * PER_DELIVERY).map((id) => fake.feedWebhook(id))),
    );

    const delivered = deliverAll(`http://127.0.0.1:${port}/webhooks/facebook`, bodies);
    // Kill points drawn at random in the flow, different on every run.
    const killAt = [0.15, 0.45, 0.75].map((share) => Math.floor((share + Math.random() * 0.1) * COMMENTS));
    for (const threshold of killAt) {
      await fake.waitFor((graph) => graph.pageComments.length >= threshold, 60_000);
      await service.kill('SIGKILL');
      service = await startServiceProcess(env);
    }
    await delivered;
    await fake.waitFor((graph) => new Set(graph.pageComments.map((reply) => reply.parentId)).size >= COMMENTS, 120_000);
    await waitForEmptyQueue(redis.url, prefix);
    expect(await service.kill('SIGTERM')).toBe(0);

    const perComment = [...repliesPerComment(fake, ids)];
    expect(perComment.filter(([, count]) => count === 0).map(([id]) => id), 'comments never answered').toEqual([]);
    expect(perComment.filter(([, count]) => count > 1).map(([id]) => id), 'comments answered twice').toEqual([]);
    await fake.close();
  }, 300_000);
});
