import { createHmac } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/service/create-service.ts';
import { loadServiceConfig } from '../../src/service-config.ts';
import { startFakeXApi, type FakeXApi } from '../support/fake-x-api.ts';
import { useRedisPerFile } from '../support/redis-per-file.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { ROOT } from '../support/run-pronto.ts';

const CREDENTIALS = {
  X_API_KEY: 'test-key',
  X_API_SECRET: 'test-secret',
  X_ACCESS_TOKEN: 'test-token',
  X_ACCESS_SECRET: 'test-token-secret',
};

const shared = useRedisPerFile();
const { cleanups } = shared;

async function startWithFakeX(env: Record<string, string> = {}, before: (fake: FakeXApi) => void = () => undefined) {
  const fake = await startFakeXApi({ brand: { id: '1000', username: 'LumoAiuta', name: 'Lumo Assistenza' } });
  cleanups.push(() => fake.close());
  before(fake);
  const prefix = shared.nextPrefix('test');
  const started = await startServiceOn(fake, prefix, env);
  // The first round at start only finds where "now" is; it ends with the DM events.
  await fake.waitFor((f) => f.requests.some((r) => r.path === '/2/dm_events' && r.status !== undefined));
  return { fake, prefix, ...started };
}

/** The service against `fake`, its state in Redis under `prefix` (a second one continues the first's). */
async function startServiceOn(fake: FakeXApi, prefix: string, env: Record<string, string> = {}) {
  const recording = createRecordingLog();
  const config = loadServiceConfig(
    {
      ...CREDENTIALS,
      PORT: '0',
      REDIS_URL: shared.redis.url,
      REDIS_PREFIX: prefix,
      X_API_BASE_URL: fake.baseUrl,
      // Tests drive polling themselves with pollXOnce.
      X_POLL_INTERVAL_MS: '3600000',
      ...env,
    },
    ROOT,
  );
  const service = await startService(config, recording.log);
  cleanups.push(() => service.stop());
  return { service, ...recording };
}

/** Posts a body to the X webhook signed as X signs it (HMAC-SHA256 of the raw body with the consumer secret). */
async function postXWebhook(service: Service, body: unknown) {
  const raw = JSON.stringify(body);
  const signature = `sha256=${createHmac('sha256', CREDENTIALS.X_API_SECRET).update(raw).digest('base64')}`;
  const response = await fetch(`http://127.0.0.1:${service.port}/webhooks/x`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-twitter-webhooks-signature': signature },
    body: raw,
  });
  return { status: response.status, json: (await response.json()) as unknown };
}

function repliesTo(fake: FakeXApi, id: string) {
  return fake.postedTweets.filter((tweet) => tweet.referencedTweets.some((reference) => reference.type === 'replied_to' && reference.id === id));
}

/** After Redis came back: the store says it reconnected, and readiness is green from then on. */
async function readyAfterReconnect(service: Service, waitForEvent: (event: string) => Promise<unknown>): Promise<void> {
  await waitForEvent('store.reconnected');
  const readiness = await get(service, '/readyz');
  expect(readiness.status, readiness.text).toBe(200);
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
    // A round cut by the outage would rightly keep X readiness red until the next one: this one
    // starts after the first start's round and ends before Redis stops.
    await service.pollXOnce!();
    await shared.redis.stop();
    try {
      const down = await get(service, '/readyz');
      expect(down.status).toBe(503);
      expect(JSON.parse(down.text).checks.store).not.toBe('ok');
    } finally {
      await shared.redis.start();
    }
    await readyAfterReconnect(service, waitForEvent);
    // Redis came back empty (no persistence in tests) and the brand never posted: from now again.
    await service.pollXOnce!();
    const mention = fake.addMention({ text: '@LumoAiuta come faccio a ricaricare?', lang: 'it', author: { id: '63', name: 'Sara Neri' } });
    await service.pollXOnce!();
    await fake.waitFor((f) => f.postedTweets.some((t) => t.referencedTweets.some((r) => r.id === mention.id)), 15_000);
  });

  it('waits for Redis at start with liveness up and readiness red, then starts when Redis is back', async () => {
    const fake = await startFakeXApi({ brand: { id: '1000', username: 'LumoAiuta' } });
    cleanups.push(() => fake.close());
    const port = await freePort();
    const { log, waitForEvent } = createRecordingLog();
    await shared.redis.stop();
    const starting = startService(
      loadServiceConfig({ ...CREDENTIALS, PORT: String(port), REDIS_URL: shared.redis.url, X_API_BASE_URL: fake.baseUrl, X_POLL_INTERVAL_MS: '3600000' }, ROOT),
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
      await shared.redis.start();
    }
    const service = await starting;
    cleanups.push(() => service.stop());
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  });

  it('gives a follow-up seen by the webhook the conversation polling gives it, so the handoff stays one', async () => {
    const { fake, service, lines, waitForEvent } = await startWithFakeX({ X_WEBHOOK: 'true' });
    const first = fake.addMention({ text: '@LumoAiuta voglio parlare con un operatore', lang: 'it', author: { id: '64', username: 'sara', name: 'Sara Neri' } });
    await service.pollXOnce!();
    await fake.waitFor((f) => repliesTo(f, first.id).length > 0);
    // Sara answers the bot's holding reply: v1.1 webhooks name that reply, not the thread's root.
    const followUp = fake.addMention({ text: '@LumoAiuta allora? voglio un operatore', lang: 'it', author: { id: '64' }, inReplyToTweetId: repliesTo(fake, first.id)[0]!.id });

    const delivered = await postXWebhook(service, fake.accountActivityEvent(followUp.id));

    expect(delivered).toEqual({ status: 200, json: { accepted: 1, rejected: 0 } });
    const handoffs = (id: string) => lines.filter((line) => line.msg === 'handoff.opened' && line.event === id);
    await waitForEvent('handoff.opened', 5_000, { event: followUp.id });
    expect(handoffs(first.id)[0]).toMatchObject({ conversation: first.id });
    expect(handoffs(followUp.id)[0]).toMatchObject({ conversation: first.id });
    expect(fake.requests).toContainEqual(expect.objectContaining({ method: 'GET', path: `/2/tweets/${followUp.id}`, status: 200 }));
  });

  it('hands a reply X does not allow to a person with the reason when the post did not summon the brand', async () => {
    const { fake, service, lines, waitForEvent } = await startWithFakeX({ X_WEBHOOK: 'true' });
    const brandPost = fake.addMention({ author: { id: '1000' }, text: 'Da oggi la ricarica costa meno' });
    // A reply to the brand's post that took the brand's handle out: the webhook delivers it, X refuses replies to it.
    const unsummoned = fake.addMention({ text: 'come faccio a ricaricare?', lang: 'it', author: { id: '65', name: 'Luca Bruni' }, inReplyToTweetId: brandPost.id });

    await postXWebhook(service, fake.accountActivityEvent(unsummoned.id));

    const handoff = () => lines.find((line) => line.msg === 'handoff.opened' && line.event === unsummoned.id);
    await waitForEvent('handoff.opened', 5_000, { event: unsummoned.id });
    expect(handoff()).toMatchObject({ reasons: ['delivery-failed', 'x_reply_not_allowed'] });
    expect(repliesTo(fake, unsummoned.id)).toEqual([]);
    expect(lines.filter((line) => line.msg === 'delivery.retry_scheduled' && line.event === unsummoned.id)).toEqual([]);
  });

  it('hands a DM the customer does not accept to a person with the reason', async () => {
    const { fake, service, lines, waitForEvent } = await startWithFakeX();
    fake.addUser({ id: '66', username: 'giorgia', name: 'Giorgia Marino', acceptsDms: false });
    const refund = fake.addMention({ text: '@LumoAiuta mi avete addebitato due volte la ricarica, rivoglio i soldi', lang: 'it', author: { id: '66' } });

    await service.pollXOnce!();

    await waitForEvent('delivery.failed_handed_off', 5_000, { event: refund.id, code: 'x_dm_refused' });
    await waitForEvent('handoff.opened', 5_000, { event: refund.id });
    expect(lines.find((line) => line.msg === 'handoff.opened' && line.event === refund.id)).toMatchObject({ reasons: ['delivery-failed', 'x_dm_refused'] });
    expect(fake.sentDms).toEqual([]);
  });

  it('hands replies to a person after a bounded wait when X usage cap is reached, and shows it in readiness and metrics', async () => {
    const { fake, service, lines, waitForEvent } = await startWithFakeX({ X_USAGE_CAP_HANDOFF_AFTER_MS: '1000' });
    const mention = fake.addMention({ text: '@LumoAiuta come faccio a ricaricare?', lang: 'it', author: { id: '67', name: 'Anna Neri' } });
    fake.capUsage({ method: 'POST' });

    await service.pollXOnce!();

    await waitForEvent('handoff.opened', 15_000, { event: mention.id });
    expect(lines.find((line) => line.msg === 'handoff.opened' && line.event === mention.id)).toMatchObject({ reasons: ['delivery-failed', 'x_usage_capped'] });
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'x.usage_capped', handoffAfterMs: 1000 }));
    const ready = await get(service, '/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text).checks.x).toMatch(/usage cap is reached/);
    expect((await get(service, '/metrics')).text).toMatch(/pronto_vendor_api_errors_total\{channel="twitter",code="x_usage_capped"\} [1-9]/);
    expect(fake.postedTweets).toEqual([]);
  });

  it('answers the pages read when X rate-limits a later page, and a restart goes on from that page', async () => {
    const { fake, service, prefix } = await startWithFakeX({ WORKER_CONCURRENCY: '16' });
    const ids = Array.from({ length: 150 }, (_, n) =>
      fake.addMention({ text: `@LumoAiuta come faccio a ricaricare? #${n}`, lang: 'it', author: { id: String(8000 + n), name: 'Carla Gialli' } }).id,
    );
    const later = (request: { path: string; query: Record<string, string> }) => request.path.endsWith('/mentions') && request.query.pagination_token !== undefined;
    fake.failNext(later, { status: 429, headers: { 'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + 600) } });

    await service.pollXOnce!();

    // The 100 newest were read (and billed) before the 429: they are answered, not thrown away.
    await fake.waitFor((f) => ids.slice(50).every((id) => repliesTo(f, id).length === 1), 30_000);
    await service.stop();
    const before = fake.requests.length;
    await startServiceOn(fake, prefix, { WORKER_CONCURRENCY: '16' });
    await fake.waitFor((f) => ids.every((id) => repliesTo(f, id).length === 1), 30_000);
    const mentionReads = fake.requests.slice(before).filter((request) => request.path.endsWith('/mentions'));
    expect(mentionReads[0]?.query.pagination_token).toEqual(expect.any(String));
    expect(fake.postedTweets).toHaveLength(ids.length);
  });

  it('backfills from the last full poll when the cursor alone was lost', async () => {
    const { fake, service, prefix, lines } = await startWithFakeX();
    await service.pollXOnce!();
    const client = new Redis(shared.redis.url);
    await client.del(`${prefix}cursor:x:mentions`).finally(() => client.quit());
    const meanwhile = fake.addMention({ text: '@LumoAiuta come faccio a ricaricare?', lang: 'it', author: { id: '68', name: 'Sara Neri' } });

    await service.pollXOnce!();

    await fake.waitFor((f) => repliesTo(f, meanwhile.id).length === 1);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'x.cursor_lost_backfilling', cursor: 'x:mentions', from: 'last-poll' }));
  });

  it("backfills from the brand's newest post when Redis came back empty, without answering twice", async () => {
    const { fake, service, lines, waitForEvent } = await startWithFakeX();
    const answered = fake.addMention({ text: '@LumoAiuta come faccio a ricaricare?', lang: 'it', author: { id: '69', name: 'Mario Rossi' } });
    await service.pollXOnce!();
    await fake.waitFor((f) => repliesTo(f, answered.id).length === 1);
    const lastReply = repliesTo(fake, answered.id)[0]!;
    await shared.redis.stop();
    await shared.redis.start();
    await readyAfterReconnect(service, waitForEvent);
    const meanwhile = fake.addMention({ text: '@LumoAiuta e il roaming in Spagna?', lang: 'it', author: { id: '70', name: 'Anna Neri' } });
    fake.addDmEvent({ text: 'ciao, come si configura l’APN per internet?', sender: { id: '71', name: 'Luca Verdi' } });

    await service.pollXOnce!();

    await fake.waitFor((f) => repliesTo(f, meanwhile.id).length === 1 && f.sentDms.some((sent) => sent.participantId === '71'), 15_000);
    const mentionReads = fake.requests.filter((request) => request.path.endsWith('/mentions'));
    expect(mentionReads.at(-1)?.query.since_id).toBe(lastReply.id);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'x.cursor_lost_backfilling', cursor: 'x:mentions', from: 'brand-post' }));
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
    cleanups.push(() => fake.close());
    const { log } = createRecordingLog();
    const config = loadServiceConfig({ ...CREDENTIALS, PORT: '0', X_API_BASE_URL: fake.baseUrl }, ROOT);
    await expect(startService(config, log)).rejects.toThrow(/X_API_KEY/);
  });
});

describe('the service without credentials', () => {
  it('starts on the memory store and says which channels are off and what to set', async () => {
    const { log, lines } = createRecordingLog();
    const service = await startService(loadServiceConfig({ PORT: '0' }, ROOT), log);
    cleanups.push(() => service.stop());
    const off = lines.find((line) => line.msg === 'x.channel_off');
    expect(off).toMatchObject({ set: ['X_API_KEY', 'X_API_SECRET', 'X_ACCESS_TOKEN', 'X_ACCESS_SECRET'] });
    expect((await get(service, '/healthz')).status).toBe(200);
    expect((await get(service, '/readyz')).status).toBe(200);
  });
});
