// The fake X API is shared test infrastructure (the service's end-to-end and crash tests use
// it): its own behaviour is tested here so those tests can trust it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeXApi, type FakeXApi } from '../../support/fake-x-api.ts';

const OAUTH = { authorization: 'OAuth oauth_consumer_key="k", oauth_token="t"' };

async function call(baseUrl: string, method: string, path: string, body?: unknown): Promise<{ status: number; headers: Headers; json: unknown }> {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { ...OAUTH, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) };
}

describe('startFakeXApi', () => {
  let fake: FakeXApi | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('answers an empty mentions timeline like X, with rate-limit headers', async () => {
    fake = await startFakeXApi();

    const { status, headers, json } = await call(fake.baseUrl, 'GET', `/2/users/${fake.brand.id}/mentions`);

    expect(status).toBe(200);
    expect(json).toEqual({ meta: { result_count: 0 } });
    expect(headers.get('x-rate-limit-limit')).toMatch(/^\d+$/);
    expect(headers.get('x-rate-limit-remaining')).toMatch(/^\d+$/);
    expect(Number(headers.get('x-rate-limit-reset'))).toBeGreaterThan(Date.now() / 1_000);
  });

  it('serves only the default fields unless others are asked for', async () => {
    fake = await startFakeXApi();
    const mention = fake.addMention({ text: 'ciao' });

    const { json } = await call(fake.baseUrl, 'GET', `/2/users/${fake.brand.id}/mentions`);

    expect(json).toEqual({
      data: [{ id: mention.id, text: 'ciao', edit_history_tweet_ids: [mention.id] }],
      meta: { result_count: 1, newest_id: mention.id, oldest_id: mention.id },
    });
  });

  it('answers 401 without an OAuth header', async () => {
    fake = await startFakeXApi();

    const response = await fetch(`${fake.baseUrl}/2/users/me`);

    expect(response.status).toBe(401);
  });

  it('answers 429 once the configured window is spent', async () => {
    fake = await startFakeXApi({ rateLimits: { 'GET /2/users/me': 2 } });

    const statuses = [];
    for (let n = 0; n < 3; n += 1) statuses.push((await call(fake.baseUrl, 'GET', '/2/users/me')).status);

    expect(statuses).toEqual([200, 200, 429]);
  });

  it('lists the brand posts with the post they reply to, newest first', async () => {
    fake = await startFakeXApi();
    const mention = fake.addMention();
    await call(fake.baseUrl, 'POST', '/2/tweets', { text: 'prima', reply: { in_reply_to_tweet_id: mention.id } });
    await call(fake.baseUrl, 'POST', '/2/tweets', { text: 'seconda' });

    const { json } = await call(fake.baseUrl, 'GET', `/2/users/${fake.brand.id}/tweets?tweet.fields=referenced_tweets`);

    expect(json).toMatchObject({
      data: [
        { text: 'seconda' },
        { text: 'prima', referenced_tweets: [{ type: 'replied_to', id: mention.id }] },
      ],
      meta: { result_count: 2 },
    });
  });

  it('resolves waitFor when a later request satisfies it', async () => {
    fake = await startFakeXApi();
    const waiting = fake.waitFor((state) => state.postedTweets.length === 1);

    await call(fake.baseUrl, 'POST', '/2/tweets', { text: 'ciao' });

    await expect(waiting).resolves.toBeUndefined();
  });

  it('rejects waitFor with the requests seen when it times out', async () => {
    fake = await startFakeXApi();
    await call(fake.baseUrl, 'GET', '/2/users/me');

    await expect(fake.waitFor(2, 50)).rejects.toThrow(/timed out after 50 ms; fake X API requests so far: GET \/2\/users\/me -> 200/);
  });
});

describe('fake X API as its own process', () => {
  let child: ChildProcess | undefined;
  afterEach(async () => {
    if (child?.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    child = undefined;
  });

  it('prints its base URL and is driven over HTTP', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'test/support/fake-x-api.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const { baseUrl, brand } = JSON.parse(line) as { baseUrl: string; brand: { id: string } };

    const added = await call(baseUrl, 'POST', '/_fake/mentions', [{ text: '@LumoAiuta ciao' }]);
    const mentionId = (added.json as { data: { id: string }[] }).data[0]?.id;
    await call(baseUrl, 'POST', '/_fake/fail-next', { method: 'POST', path: '/2/tweets', status: 503 });
    const failed = await call(baseUrl, 'POST', '/2/tweets', { text: 'ciao', reply: { in_reply_to_tweet_id: mentionId } });
    const posted = await call(baseUrl, 'POST', '/2/tweets', { text: 'ciao', reply: { in_reply_to_tweet_id: mentionId } });
    const mentions = await call(baseUrl, 'GET', `/2/users/${brand.id}/mentions`);
    const state = await call(baseUrl, 'GET', '/_fake/state');

    expect([failed.status, posted.status, mentions.status]).toEqual([503, 201, 200]);
    expect(state.json).toMatchObject({
      data: {
        postedTweets: [{ text: 'ciao', referencedTweets: [{ type: 'replied_to', id: mentionId }] }],
        requests: [
          { method: 'POST', path: '/2/tweets', status: 503 },
          { method: 'POST', path: '/2/tweets', status: 201 },
          { method: 'GET', path: `/2/users/${brand.id}/mentions`, status: 200 },
        ],
      },
    });
  });
});
