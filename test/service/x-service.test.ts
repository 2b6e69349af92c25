import { createServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/service/create-service.ts';
import { loadServiceConfig } from '../../src/service-config.ts';
import { startFakeXApi, type FakeXApi } from '../support/fake-x-api.ts';
import { startRedis, type TestRedis } from '../support/start-redis.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { ROOT } from '../support/run-pronto.ts';

const CREDENTIALS = {
  X_API_KEY: 'test-key',
  X_API_SECRET: 'test-secret',
  X_ACCESS_TOKEN: 'test-token',
  X_ACCESS_SECRET: 'test-token-secret',
};

let redis: TestRedis;
let prefixCounter = 0;
const running: Service[] = [];
const fakes: FakeXApi[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((service) => service.stop()));
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

async function startWithFakeX(env: Record<string, string> = {}, before: (fake: FakeXApi) => void = () => undefined) {
  const fake = await startFakeXApi({ brand: { id: '1000', username: 'LumoAiuta', name: 'Lumo Assistenza' } });
  fakes.push(fake);
  before(fake);
  const recording = createRecordingLog();
  const config = loadServiceConfig(
    {
      ...CREDENTIALS,
      PORT: '0',
      REDIS_URL: redis.url,
      REDIS_PREFIX: `test${++prefixCounter}:`,
      X_API_BASE_URL: fake.baseUrl,
      // Tests drive polling themselves with pollXOnce.
      X_POLL_INTERVAL_MS: '3600000',
      ...env,
    },
    ROOT,
  );
  const service = await startService(config, recording.log);
  running.push(service);
  // The first round at start only finds where "now" is; it ends with the DM events.
  await fake.waitFor((f) => f.requests.some((r) => r.path === '/2/dm_events' && r.status !== undefined));
  return { fake, service, ...recording };
}

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

async function get(service: Service, path: string) {
  const response = await fetch(`http://127.0.0.1:${service.port}${path}`);
  return { status: response.status, text: await response.text() };
}

describe('the service on X with Redis', () => {
  it('answers new mentions in their thread and moves account matters to a DM', async () => {
    const { fake, service } = await startWithFakeX();
    const old = fake.requests.length;
    const question = fake.addMention({ text: '@LumoAiuta come faccio a ricaricare?', lang: 'it', author: { id: '42', username: 'mrossi', name: 'Mario Rossi' } });
    const refund = fake.addMention({ text: '@LumoAiuta mi avete addebitato due volte la ricarica, rivoglio i soldi', lang: 'it', author: { id: '47', username: 'giorgia', name: 'Giorgia Marino' } });
    await service.pollXOnce!();
    await fake.waitFor((f) => f.postedTweets.length >= 2 && f.sentDms.length >= 1);
    expect(fake.requests.length).toBeGreaterThan(old);
    const replyTo = (id: string) => fake.postedTweets.find((t) => t.referencedTweets.some((r) => r.type === 'replied_to' && r.id === id));
    expect(replyTo(question.id)?.text).toMatch(/^Ciao Mario! .*ricaric/);
    expect(replyTo(refund.id)?.text).toMatch(/^Ciao Giorgia!/);
    expect(replyTo(refund.id)?.text).toContain('https://x.com/messages/compose?recipient_id=1000');
    expect(fake.sentDms).toEqual([expect.objectContaining({ participantId: '47' })]);
  });

  it('never repeats personal data posted in public, and continues in a DM', async () => {
    const { fake, service } = await startWithFakeX();
    const mention = fake.addMention({
      text: '@LumoAiuta vorrei cambiare intestatario, il mio numero è 347 123 4567 e la mail luca.v@example.com',
      lang: 'it',
      author: { id: '46', username: 'lucav', name: 'Luca Verdi' },
    });
    await service.pollXOnce!();
    await fake.waitFor((f) => f.postedTweets.length >= 1 && f.sentDms.length >= 1);
    const reply = fake.postedTweets.find((t) => t.referencedTweets.some((r) => r.id === mention.id));
    expect(reply?.text).not.toMatch(/347|4567|luca\.v/);
    expect(fake.sentDms[0]).toMatchObject({ participantId: '46' });
  });

  it('waits for the rate-limit reset when X answers 429, then delivers everything', async () => {
    const { fake, service, events } = await startWithFakeX();
    const resetInOneSecond = String(Math.ceil(Date.now() / 1000) + 1);
    fake.failNext({ method: 'POST', path: '/2/tweets' }, { status: 429, headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': resetInOneSecond } });
    const mentions = [1, 2, 3].map((n) =>
      fake.addMention({ text: `@LumoAiuta come faccio a ricaricare? (${n})`, lang: 'it', author: { id: `5${n}`, username: `user${n}`, name: 'Anna Neri' } }),
    );
    await service.pollXOnce!();
    await fake.waitFor((f) => f.postedTweets.length >= 3, 10_000);
    const answered = mentions.map((m) => fake.postedTweets.filter((t) => t.referencedTweets.some((r) => r.id === m.id)).length);
    expect(answered).toEqual([1, 1, 1]);
    expect(events()).toContain('delivery.rate_limited');
    const metrics = await get(service, '/metrics');
    expect(metrics.text).toMatch(/pronto_rate_limit_waits_total\{channel="twitter"\} 1/);
  });

  it('answers a DM in the DM conversation', async () => {
    const { fake, service } = await startWithFakeX();
    fake.addDmEvent({ text: 'ciao, come si configura l’APN per internet?', sender: { id: '43', username: 'anna_b', name: 'Anna Bianchi' } });
    await service.pollXOnce!();
    await fake.waitFor((f) => f.sentDms.length >= 1);
    expect(fake.sentDms[0]).toMatchObject({ participantId: '43', text: expect.stringMatching(/^Ciao Anna! .*APN/) });
    expect(fake.postedTweets).toEqual([]);
  });

  it('does not answer mentions from before its first start, unless told to backfill', async () => {
    const ask = (fake: FakeXApi) => fake.addMention({ text: '@LumoAiuta come faccio a ricaricare?', lang: 'it', author: { id: '42', name: 'Mario Rossi' } });
    const fresh = await startWithFakeX({}, ask);
    const later = fresh.fake.addMention({ text: '@LumoAiuta e il roaming in Spagna?', lang: 'it', author: { id: '43', name: 'Anna Neri' } });
    await fresh.service.pollXOnce!();
    await fresh.fake.waitFor((f) => f.postedTweets.length >= 1);
    expect(fresh.fake.postedTweets.map((t) => t.referencedTweets[0]?.id)).toEqual([later.id]);

    const backfilled = await startWithFakeX({ X_BACKFILL: 'true' }, ask);
    await backfilled.fake.waitFor((f) => f.postedTweets.length >= 1);
    expect(backfilled.fake.postedTweets[0]?.text).toMatch(/^Ciao Mario!/);
  });

  it('reads a range larger than one poll (X pages of 100) to the end before moving on', async () => {
    const { fake, service } = await startWithFakeX({ WORKER_CONCURRENCY: '16' });
    const ids = Array.from({ length: 1_050 }, (_, n) =>
      fake.addMention({ text: `@LumoAiuta come faccio a ricaricare? #${n}`, lang: 'it', author: { id: String(7000 + n), name: 'Carla Gialli' } }).id,
    );
    await service.pollXOnce!();
    await fake.waitFor((f) => f.postedTweets.length >= ids.length, 60_000);
    const answered = new Set(fake.postedTweets.flatMap((t) => t.referencedTweets.map((r) => r.id)));
    expect(ids.filter((id) => !answered.has(id))).toEqual([]);
    expect(fake.postedTweets.length).toBe(ids.length);
  });

  it('retries a reply after a server error and hands a reply to a deleted post to a human', async () => {
    const { fake, service, lines } = await startWithFakeX();
    fake.failNext({ method: 'POST', path: '/2/tweets' }, { status: 503 });
    const kept = fake.addMention({ text: '@LumoAiuta come faccio a ricaricare?', lang: 'it', author: { id: '61', name: 'Anna Neri' } });
    const deleted = fake.addMention({ text: '@LumoAiuta il roaming in Spagna è incluso?', lang: 'it', author: { id: '62', name: 'Luca Bruni' } });
    fake.deleteTweet(deleted.id);
    await service.pollXOnce!();
    await fake.waitFor((f) => f.postedTweets.some((t) => t.referencedTweets.some((r) => r.id === kept.id)));
    const handoffs = () => lines.filter((line) => line.msg === 'handoff.opened' && line.event === deleted.id);
    await fake.waitFor(() => handoffs().length > 0);
    expect(handoffs()[0]).toMatchObject({ reasons: ['delivery-failed', 'x_target_gone'] });
    expect(lines.some((line) => line.msg === 'delivery.retry_scheduled' && line.event === kept.id)).toBe(true);
  });

  it('turns readiness red while Redis is down and works again when it is back', async () => {
    const { fake, service, waitForEvent } = await startWithFakeX();
    // The first round ends by storing the DM cursor; stopping Redis before that would fail the
    // round, and X readiness would rightly stay red until the next one.
    await waitForEvent('x.cursor_initialized', 5_000, { cursor: 'x:dm-events' });
    await redis.stop();
    try {
      const down = await get(service, '/readyz');
      expect(down.status).toBe(503);
      expect(JSON.parse(down.text).checks.store).not.toBe('ok');
    } finally {
      await redis.start();
    }
    const back = () => get(service, '/readyz').then((r) => r.status === 200);
    for (let tries = 0; !(await back()); tries += 1) {
      if (tries > 100) throw new Error('readiness did not turn green after Redis came back');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Redis came back empty (no persistence in tests): the poller starts from now again.
    await service.pollXOnce!();
    const mention = fake.addMention({ text: '@LumoAiuta come faccio a ricaricare?', lang: 'it', author: { id: '63', name: 'Sara Neri' } });
    await service.pollXOnce!();
    await fake.waitFor((f) => f.postedTweets.some((t) => t.referencedTweets.some((r) => r.id === mention.id)), 15_000);
  });

  it('waits for Redis at start with liveness up and readiness red, then starts when Redis is back', async () => {
    const fake = await startFakeXApi({ brand: { id: '1000', username: 'LumoAiuta' } });
    fakes.push(fake);
    const port = await freePort();
    const { log, waitForEvent } = createRecordingLog();
    await redis.stop();
    const starting = startService(
      loadServiceConfig({ ...CREDENTIALS, PORT: String(port), REDIS_URL: redis.url, X_API_BASE_URL: fake.baseUrl, X_POLL_INTERVAL_MS: '3600000' }, ROOT),
      log,
    );
    try {
      await waitForEvent('store.unreachable_at_start');
      const live = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(live.status).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(503);
      expect((await ready.json()) as unknown).toMatchObject({ checks: { store: 'not connected yet' } });
    } finally {
      await redis.start();
    }
    const service = await starting;
    running.push(service);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  });

  it('reports health, readiness and metrics over HTTP', async () => {
    const { service } = await startWithFakeX();
    expect(await get(service, '/healthz')).toEqual({ status: 200, text: '{"status":"ok"}' });
    const ready = await get(service, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({ status: 'ready', checks: { store: 'ok', x: 'ok' } });
    const metrics = await get(service, '/metrics');
    for (const name of ['pronto_messages_in_total', 'pronto_actions_total', 'pronto_first_response_seconds', 'pronto_handoffs_open', 'pronto_vendor_api_errors_total', 'pronto_rate_limit_waits_total', 'pronto_x_request_budget_remaining']) {
      expect(metrics.text).toContain(name);
    }
  });

  it('keeps the rate-limit headers of every poll out of the info log', async () => {
    const { service, events } = await startWithFakeX();
    await service.pollXOnce!();
    expect(events()).toContain('x.cursor_initialized');
    expect(events()).not.toContain('x.rate_limit_seen');
  });

  it('stops with a message that names what to fix when the X credentials are wrong', async () => {
    const fake = await startFakeXApi({ appKey: 'the-right-key' });
    fakes.push(fake);
    const { log } = createRecordingLog();
    const config = loadServiceConfig({ ...CREDENTIALS, PORT: '0', X_API_BASE_URL: fake.baseUrl }, ROOT);
    await expect(startService(config, log)).rejects.toThrow(/X_API_KEY/);
  });
});

describe('the service without credentials', () => {
  it('starts on the memory store and says which channels are off and what to set', async () => {
    const { log, lines } = createRecordingLog();
    const service = await startService(loadServiceConfig({ PORT: '0' }, ROOT), log);
    running.push(service);
    const off = lines.find((line) => line.msg === 'x.channel_off');
    expect(off).toMatchObject({ set: ['X_API_KEY', 'X_API_SECRET', 'X_ACCESS_TOKEN', 'X_ACCESS_SECRET'] });
    expect((await get(service, '/healthz')).status).toBe(200);
    expect((await get(service, '/readyz')).status).toBe(200);
  });
});
