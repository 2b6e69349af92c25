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

  it('serves post texts escaped as X does, and stores what was posted as is', async () => {
    fake = await startFakeXApi();
    const mention = fake.addMention({ text: '@LumoAiuta 1 < 2 & 3 > 2' });

    const { json } = await call(fake.baseUrl, 'GET', `/2/tweets/${mention.id}`);

    expect(json).toEqual({ data: { id: mention.id, text: '@LumoAiuta 1 &lt; 2 &amp; 3 &gt; 2', edit_history_tweet_ids: [mention.id] } });
    expect(fake.accountActivityEvent(mention.id)).toMatchObject({ tweet_create_events: [{ text: '@LumoAiuta 1 &lt; 2 &amp; 3 &gt; 2' }] });
  });

  it('looks up a post with its conversation and the post it replies to, and answers a gone post with a problem', async () => {
    fake = await startFakeXApi();
    const root = fake.addMention({ text: '@LumoAiuta rete giù' });
    const reply = fake.addMention({ text: '@LumoAiuta ancora', inReplyToTweetId: root.id });
    fake.deleteTweet(root.id);
    const query = '?tweet.fields=conversation_id&expansions=referenced_tweets.id,referenced_tweets.id.author_id';

    const found = await call(fake.baseUrl, 'GET', `/2/tweets/${reply.id}${query}`);
    const gone = await call(fake.baseUrl, 'GET', `/2/tweets/${root.id}`);

    expect(found.json).toMatchObject({ data: { id: reply.id, conversation_id: root.id } });
    expect(found.json).not.toHaveProperty('includes.tweets');
    expect(gone).toMatchObject({
      status: 200,
      json: { errors: [{ resource_id: root.id, title: 'Not Found Error', type: 'https://api.twitter.com/2/problems/resource-not-found' }] },
    });
  });

  it('refuses a post over 280 as X counts it, emoji and CJK weighing 2', async () => {
    fake = await startFakeXApi();

    const cjk = await call(fake.baseUrl, 'POST', '/2/tweets', { text: '你'.repeat(141) });
    const emoji = await call(fake.baseUrl, 'POST', '/2/tweets', { text: '👨‍👩‍👧‍👦'.repeat(140) });

    expect(cjk).toMatchObject({ status: 400, json: { errors: [{ message: expect.stringContaining('Your Tweet text is too long') }] } });
    expect(emoji.status).toBe(201);
  });

  it('refuses a reply to a post that neither mentions nor quotes the brand', async () => {
    fake = await startFakeXApi();
    const stranger = fake.addMention({ text: 'non vi ho taggato' });
    const tagged = fake.addMention({ text: '@lumoaiuta aiuto' });

    const refused = await call(fake.baseUrl, 'POST', '/2/tweets', { text: 'ciao', reply: { in_reply_to_tweet_id: stranger.id } });
    const allowed = await call(fake.baseUrl, 'POST', '/2/tweets', { text: 'ciao', reply: { in_reply_to_tweet_id: tagged.id } });

    expect(refused).toMatchObject({ status: 403, json: { detail: expect.stringContaining('not been mentioned or otherwise engaged') } });
    expect(allowed.status).toBe(201);
  });

  it('refuses a DM to a user who does not accept DMs from the brand', async () => {
    fake = await startFakeXApi();
    const closed = fake.addUser({ acceptsDms: false });

    const { status } = await call(fake.baseUrl, 'POST', `/2/dm_conversations/with/${closed.id}/messages`, { text: 'ciao' });

    expect(status).toBe(403);
    expect(fake.sentDms).toEqual([]);
  });

  it('answers every matching call with the usage-capped 429 until uncapped', async () => {
    fake = await startFakeXApi();

    fake.capUsage();
    const capped = await call(fake.baseUrl, 'GET', '/2/users/me');
    fake.uncapUsage();
    const open = await call(fake.baseUrl, 'GET', '/2/users/me');

    expect(capped).toMatchObject({ status: 429, json: { type: 'https://api.twitter.com/2/problems/usage-capped', period: 'Monthly' } });
    expect(Number(capped.headers.get('x-rate-limit-remaining'))).toBeGreaterThan(0);
    expect(open.status).toBe(200);
  });

  it('lists only the DM event types asked for', async () => {
    fake = await startFakeXApi();
    const message = fake.addDmEvent({ text: 'ciao' });
    fake.addDmEvent({ eventType: 'ParticipantsJoin' });

    const { json } = await call(fake.baseUrl, 'GET', '/2/dm_events?event_types=MessageCreate');
    const wrong = await call(fake.baseUrl, 'GET', '/2/dm_events?event_types=Typing');

    expect(json).toMatchObject({ data: [{ id: message.id }], meta: { result_count: 1 } });
    expect(wrong.status).toBe(400);
  });

  it('serves verified_type, and verified for every badge, paid ones included', async () => {
    fake = await startFakeXApi();
    const paid = fake.addUser({ verifiedType: 'blue' });
    fake.addMention({ author: { id: paid.id } });

    const { json } = await call(fake.baseUrl, 'GET', `/2/users/${fake.brand.id}/mentions?expansions=author_id&user.fields=verified,verified_type`);

    expect(json).toMatchObject({ includes: { users: [{ id: paid.id, verified: true, verified_type: 'blue' }] } });
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
