// The service as a real child process against the fake X and a real Redis: SIGKILL it at
// random points while mentions flow, start it again, and count the replies. Then two replicas
// at once on one Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeXApi, type FakeXApi } from '../support/fake-x-api.ts';
import { waitForEmptyQueue } from '../support/wait-for-empty-queue.ts';
import { startRedis, type TestRedis } from '../support/start-redis.ts';
import { startServiceProcess, type ServiceProcess } from '../support/start-service-process.ts';

// A started process polls once it has loaded the knowledge, the language model and the
// failing-now model: about 2 s on an idle 2-core machine, several times that when CI is busy.
const FIRST_POLL_MS = 30_000;

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});

function serviceEnv(fake: FakeXApi, prefix: string): Record<string, string> {
  return {
    X_API_KEY: 'test-key',
    X_API_SECRET: 'test-secret',
    X_ACCESS_TOKEN: 'test-token',
    X_ACCESS_SECRET: 'test-token-secret',
    X_API_BASE_URL: fake.baseUrl,
    X_POLL_DMS: 'false',
    REDIS_URL: redis.url,
    REDIS_PREFIX: prefix,
    PORT: '0',
    LOG_LEVEL: 'info',
    // Fast takeover after a kill, so the test runs in seconds, not minutes.
    X_POLL_INTERVAL_MS: '200',
    X_POLLER_LEASE_MS: '1000',
    JOB_LOCK_MS: '1000',
    DELIVERY_HOLD_MS: '2000',
    X_REQUEST_BUDGET_PER_15_MIN: '100000',
  };
}

function addMentions(fake: FakeXApi, count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, index) => {
    const n = from + index;
    return fake.addMention({
      text: `@LumoAiuta come faccio a ricaricare? #${n}`,
      lang: 'it',
      author: { id: String(5000 + n), username: `cliente${n}`, name: 'Carla Gialli' },
    }).id;
  });
}

function repliesPerMention(fake: FakeXApi, ids: string[]): Map<string, number> {
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const tweet of fake.postedTweets) {
    for (const reference of tweet.referencedTweets) {
      if (reference.type === 'replied_to' && counts.has(reference.id)) counts.set(reference.id, counts.get(reference.id)! + 1);
    }
  }
  return counts;
}

describe('the service under SIGKILL', () => {
  it('replies exactly once to each of 1,000 mentions across 3 kills and restarts', async () => {
    const fake = await startFakeXApi({ brand: { id: '1000', username: 'LumoAiuta', name: 'Lumo' } });
    const prefix = 'crash:';
    const env = serviceEnv(fake, prefix);
    let service: ServiceProcess = await startServiceProcess(env);
    await fake.waitFor((f) => f.requests.some((r) => r.path.endsWith('/mentions') && r.status === 200), FIRST_POLL_MS);

    const ids = addMentions(fake, 1_000);
    // Kill points drawn at random in the flow, different on every run.
    const killAt = [0.15, 0.45, 0.75].map((share) => Math.floor((share + Math.random() * 0.1) * ids.length));
    for (const threshold of killAt) {
      await fake.waitFor((f) => f.postedTweets.length >= threshold, 60_000);
      await service.kill('SIGKILL');
      service = await startServiceProcess(env);
    }
    await fake.waitFor((f) => new Set(f.postedTweets.flatMap((t) => t.referencedTweets.map((r) => r.id))).size >= ids.length, 120_000);
    await waitForEmptyQueue(redis.url, prefix);
    // A graceful stop: the process exits by itself with 0 on SIGTERM.
    expect(await service.kill('SIGTERM')).toBe(0);

    const perMention = [...repliesPerMention(fake, ids)];
    expect(perMention.filter(([, count]) => count === 0).map(([id]) => id), 'mentions never answered').toEqual([]);
    expect(perMention.filter(([, count]) => count > 1).map(([id]) => id), 'mentions answered twice').toEqual([]);
    await fake.close();
  }, 300_000);

  it('replies once per mention with two replicas on one Redis', async () => {
    const fake = await startFakeXApi({ brand: { id: '1000', username: 'LumoAiuta', name: 'Lumo' } });
    const prefix = 'replicas:';
    const env = serviceEnv(fake, prefix);
    const replicas = await Promise.all([startServiceProcess(env), startServiceProcess(env)]);
    await fake.waitFor((f) => f.requests.some((r) => r.path.endsWith('/mentions') && r.status === 200), FIRST_POLL_MS);
    const ids = addMentions(fake, 300);
    await fake.waitFor((f) => new Set(f.postedTweets.flatMap((t) => t.referencedTweets.map((r) => r.id))).size >= ids.length, 60_000);
    await waitForEmptyQueue(redis.url, prefix);
    await Promise.all(replicas.map((replica) => replica.kill('SIGTERM')));

    expect([...repliesPerMention(fake, ids).values()].filter((count) => count !== 1)).toEqual([]);
    await fake.close();
  }, 120_000);
});
