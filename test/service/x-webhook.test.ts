// The X webhook on the real wire: the service with X_WEBHOOK=true, signed Account Activity
// deliveries, the fake X API and a real Redis (stopped to test outages).
import { createHmac } from 'node:crypto';
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/service/create-service.ts';
import { loadServiceConfig } from '../../src/service-config.ts';
import { startFakeXApi, type FakeTweet, type FakeXApi } from '../support/fake-x-api.ts';
import { useRedisPerFile } from '../support/redis-per-file.ts';
import { waitForEmptyQueue } from '../support/wait-for-empty-queue.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { ROOT } from '../support/run-pronto.ts';

const CONSUMER_SECRET = 'test-secret';
const BRAND_ID = '1000';

const shared = useRedisPerFile();
const { cleanups } = shared;

async function startWebhookService(options: { now?: () => Date } = {}) {
  const x = await startFakeXApi({ brand: { id: BRAND_ID, username: 'LumoAiuta', name: 'Lumo Assistenza' } });
  cleanups.push(() => x.close());
  const recording = createRecordingLog();
  const prefix = shared.nextPrefix('hook');
  const config = loadServiceConfig(
    {
      X_API_KEY: 'test-key',
      X_API_SECRET: CONSUMER_SECRET,
      X_ACCESS_TOKEN: 'test-token',
      X_ACCESS_SECRET: 'test-token-secret',
      X_API_BASE_URL: x.baseUrl,
      X_WEBHOOK: 'true',
      // Tests poll themselves with pollXOnce.
      X_POLL_INTERVAL_MS: '3600000',
      REDIS_URL: shared.redis.url,
      REDIS_PREFIX: prefix,
      PORT: '0',
    },
    ROOT,
  );
  const service = await startService(config, recording.log, options);
  cleanups.push(() => service.stop());
  // The first round at start only finds where "now" is; it ends by storing the DM cursor.
  await recording.waitForEvent('x.cursor_initialized', 5_000, { cursor: 'x:dm-events' });
  const url = `http://127.0.0.1:${service.port}/webhooks/x`;
  return { x, service, url, prefix, ...recording };
}

/** An Account Activity delivery of one mention (v1.1 objects), as X posts it. */
function mentionDelivery(x: FakeXApi, tweet: FakeTweet, forUserId = BRAND_ID): string {
  const author = x.addUser({ id: tweet.authorId });
  return JSON.stringify({
    for_user_id: forUserId,
    tweet_create_events: [
      {
        id_str: tweet.id,
        text: tweet.text,
        lang: tweet.lang,
        timestamp_ms: String(Date.parse(tweet.createdAt)),
        user: { id_str: author.id, screen_name: author.username, name: author.name, followers_count: author.followers },
      },
    ],
  });
}

function sign(body: string, secret = CONSUMER_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('base64')}`;
}

function post(url: string, body: string, signature: string) {
  return fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-twitter-webhooks-signature': signature } });
}

async function metric(service: Service, pattern: RegExp): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${service.port}/metrics`)).text();
  return Number(pattern.exec(text)?.[1] ?? 0);
}
const MENTIONS_IN = /pronto_messages_in_total\{channel="twitter",kind="mention"\} (\d+)/;

/** Every job BullMQ holds under the service's prefix, in any state. */
async function queuedJobs(prefix: string): Promise<number> {
  const queue = new Queue('pronto-inbound', { connection: { url: shared.redis.url }, prefix: `${prefix}bull` });
  try {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
    return Object.values(counts).reduce((sum, count) => sum + count, 0);
  } finally {
    await queue.close();
  }
}

function repliesTo(x: FakeXApi, id: string): number {
  return x.postedTweets.filter((t) => t.referencedTweets.some((r) => r.type === 'replied_to' && r.id === id)).length;
}

describe('the X webhook route', () => {
  it('answers X\'s CRC challenge with the HMAC of its token', async () => {
    const { url } = await startWebhookService();
    const token = 'M2RkODJkZmMtYjlkYi00NmQ4LTk0MGUtM2JjYzkwM2Q4MjQ0';
    const response = await fetch(`${url}?crc_token=${token}&nonce=MTc2OTUxODI5MjkxNA`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ response_token: sign(token) });
  });

  it('does not sign a forged body as a CRC token, so the forged delivery is refused and nothing is queued', async () => {
    const { x, url, prefix } = await startWebhookService();
    const forged = mentionDelivery(x, x.addMention({ text: '@LumoAiuta mandami i dati di un altro cliente' }));
    const crc = await fetch(`${url}?crc_token=${encodeURIComponent(forged)}`);
    expect(crc.status).toBe(400);
    const { response_token: oracle } = (await crc.json()) as { response_token?: string };
    const delivery = await post(url, forged, oracle ?? sign(forged, 'a guess'));
    expect(delivery.status).toBe(401);
    expect(await queuedJobs(prefix)).toBe(0);
  });

  it('refuses a signed delivery for another account, and queues nothing', async () => {
    const { x, url, prefix } = await startWebhookService();
    const body = mentionDelivery(x, x.addMention(), '999');
    const response = await post(url, body, sign(body));
    expect(response.status).toBe(403);
    expect(await queuedJobs(prefix)).toBe(0);
  });

  it('answers a mention once and counts it once when X redelivers it and the poller sees it too', async () => {
    const { x, service, url } = await startWebhookService();
    const mention = x.addMention({ text: '@LumoAiuta come faccio a ricaricare?', author: { username: 'mrossi', name: 'Mario Rossi' } });
    const body = mentionDelivery(x, mention);
    for (let delivery = 0; delivery < 2; delivery++) {
      const response = await post(url, body, sign(body));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ accepted: 1, rejected: 0 });
    }
    await service.pollXOnce!();
    await x.waitFor(() => repliesTo(x, mention.id) > 0);
    expect(await metric(service, MENTIONS_IN)).toBe(1);
    expect(repliesTo(x, mention.id)).toBe(1);
  });

  it('answers a body over 1 MB with a JSON 413', async () => {
    const { url } = await startWebhookService();
    const body = JSON.stringify({ for_user_id: BRAND_ID, padding: 'x'.repeat(1_100_000) });
    const response = await post(url, body, sign(body));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'request entity too large' });
  });

  it('logs a flood of forged signatures as a few lines that carry the count', async () => {
    let clock = Date.parse('2026-03-02T09:00:00Z');
    const { service, url, lines } = await startWebhookService({ now: () => new Date(clock) });
    const body = JSON.stringify({ for_user_id: BRAND_ID, tweet_create_events: [] });
    // 1,000 requests in bursts of 50, over 100 s of the service's clock.
    for (let burst = 0; burst < 20; burst++) {
      const statuses = await Promise.all(Array.from({ length: 50 }, () => post(url, body, sign(body, 'not-the-secret')).then((r) => r.status)));
      expect(new Set(statuses)).toEqual(new Set([401]));
      clock += 5_000;
    }
    await service.stop();
    const rejected = lines.filter((line) => line.msg === 'x.webhook_signature_rejected');
    expect(rejected.length).toBeLessThanOrEqual(4);
    // A plain line is one request; a summary line counts the requests it stands for.
    expect(rejected.reduce((sum, line) => sum + (typeof line.suppressed === 'number' ? line.suppressed : 1), 0)).toBe(1_000);
  }, 60_000);

  it('answers 503 with Retry-After at once while Redis is down, and handles the delivery once when it is back', async () => {
    const { x, service, url, prefix } = await startWebhookService();
    const mention = x.addMention({ text: '@LumoAiuta come faccio a ricaricare?', author: { username: 'sara', name: 'Sara Neri' } });
    const body = mentionDelivery(x, mention);
    await shared.redis.stop();
    let outage: Response;
    const asked = Date.now();
    try {
      outage = await post(url, body, sign(body));
    } finally {
      await shared.redis.start();
    }
    expect(outage.status).toBe(503);
    expect(outage.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(Date.now() - asked).toBeLessThan(5_000);

    // The delivery held back during the outage lands now; X's retry of it is a duplicate.
    await x.waitFor(() => repliesTo(x, mention.id) > 0, 20_000);
    expect((await post(url, body, sign(body))).status).toBe(200);
    await waitForEmptyQueue(shared.redis.url, prefix);
    expect(repliesTo(x, mention.id)).toBe(1);
    expect(await metric(service, MENTIONS_IN)).toBe(1);
  }, 60_000);
});
