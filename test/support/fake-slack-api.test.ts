// Proves the fake Slack Web API and the signed-request helpers against the real libraries: the
// WebClient Bolt uses, and a real Bolt App behind an ExpressReceiver on a local port.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver, LogLevel, webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi, type FakeSlackApiOptions } from './fake-slack-api.ts';
import {
  blockActionPayload,
  eventCallback,
  makeTriggerId,
  plainTextInput,
  postToSlackEndpoint,
  signSlackRequest,
  slackTestWorkspace,
  slashCommand,
  urlVerification,
  viewSubmissionPayload,
} from './slack-requests.ts';

const TOKEN = 'xoxb-test-token';
const SIGNING_SECRET = 'test-signing-secret';
const CHANNEL = 'C0HANDOFFS';
/** Bolt rejects requests older than 5 minutes; 6 is safely past it. */
const STALE_SECONDS = 6 * 60;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function aFake(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const fake = await startFakeSlackApi({ channels: [CHANNEL], ...options });
  cleanups.push(() => fake.close());
  return fake;
}

function aClient(fake: FakeSlackApi, options: webApi.WebClientOptions = {}): webApi.WebClient {
  return new webApi.WebClient(TOKEN, { slackApiUrl: fake.baseUrl, logLevel: webApi.LogLevel.ERROR, ...options });
}

async function rejectionOf(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error: unknown) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected the call to fail');
}

describe('startFakeSlackApi', () => {
  it('answers auth.test with the bot identity when the WebClient calls it', async () => {
    const fake = await aFake({ token: TOKEN });
    const result = await aClient(fake).auth.test();
    expect(result).toMatchObject({ ok: true, user_id: slackTestWorkspace.botUserId, bot_id: slackTestWorkspace.botId });
    expect(fake.callsTo('auth.test')[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('answers invalid_auth when the token is not the configured one', async () => {
    const fake = await aFake({ token: TOKEN });
    const error = await rejectionOf(new webApi.WebClient('xoxb-other', { slackApiUrl: fake.baseUrl }).auth.test());
    expect(error.code).toBe(webApi.ErrorCode.PlatformError);
    expect(error.data).toMatchObject({ ok: false, error: 'invalid_auth' });
  });

  it('records posted messages with decoded blocks and increasing ts when posting to a thread', async () => {
    const fake = await aFake();
    const client = aClient(fake);
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Handoff*' } }];
    const parent = await client.chat.postMessage({ channel: CHANNEL, text: 'Handoff', blocks });
    const reply = await client.chat.postMessage({ channel: CHANNEL, text: 'in thread', thread_ts: parent.ts ?? '' });

    expect(parent).toMatchObject({ ok: true, channel: CHANNEL, message: { text: 'Handoff', blocks } });
    expect(parent.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(Number(reply.ts)).toBeGreaterThan(Number(parent.ts));
    expect(fake.messages.map(({ text, thread_ts }) => ({ text, thread_ts }))).toEqual([
      { text: 'Handoff', thread_ts: parent.ts },
      { text: 'in thread', thread_ts: parent.ts },
    ]);
    expect(fake.messages[0]?.blocks).toEqual(blocks);
  });

  it('applies chat.update to the stored message when the app updates it', async () => {
    const fake = await aFake();
    const client = aClient(fake);
    const posted = await client.chat.postMessage({ channel: CHANNEL, text: 'open' });
    const updated = await client.chat.update({ channel: CHANNEL, ts: posted.ts ?? '', text: 'taken by Giulia' });
    expect(updated).toMatchObject({ ok: true, ts: posted.ts, text: 'taken by Giulia' });
    expect(fake.messages[0]).toMatchObject({ text: 'taken by Giulia', updates: 1 });
  });

  it('answers message_not_found when updating a ts it never posted', async () => {
    const fake = await aFake();
    const error = await rejectionOf(aClient(fake).chat.update({ channel: CHANNEL, ts: '1.000001', text: 'x' }));
    expect(error.data).toMatchObject({ error: 'message_not_found' });
  });

  it('answers channel_not_found as a platform error when the channel was not added', async () => {
    const fake = await aFake();
    const error = await rejectionOf(aClient(fake).chat.postMessage({ channel: 'C0UNKNOWN', text: 'hi' }));
    expect(error.code).toBe(webApi.ErrorCode.PlatformError);
    expect(error.data).toMatchObject({ ok: false, error: 'channel_not_found' });
    expect(fake.messages).toEqual([]);
  });

  it('records ephemerals and answers message_ts when the app posts one', async () => {
    const fake = await aFake();
    const result = await aClient(fake).chat.postEphemeral({ channel: CHANNEL, user: 'U0AGENT', text: 'Already resolved' });
    expect(result.ok).toBe(true);
    expect(fake.ephemerals).toEqual([
      { channel: CHANNEL, user: 'U0AGENT', message_ts: result.message_ts, text: 'Already resolved' },
    ]);
  });

  it('opens and updates a modal when the app calls views.open then views.update', async () => {
    const fake = await aFake();
    const client = aClient(fake);
    const view = {
      type: 'modal' as const,
      callback_id: 'edit_draft',
      private_metadata: 'conv-1',
      title: { type: 'plain_text' as const, text: 'Edit reply' },
      blocks: [{ type: 'input', block_id: 'draft', label: { type: 'plain_text', text: 'Reply' }, element: { type: 'plain_text_input', action_id: 'text' } }],
    };
    const opened = await client.views.open({ trigger_id: '123.456.abc', view });
    expect(opened.view).toMatchObject({ callback_id: 'edit_draft', private_metadata: 'conv-1', blocks: view.blocks });
    const viewId = opened.view?.id ?? '';
    await client.views.update({ view_id: viewId, hash: opened.view?.hash ?? '', view: { ...view, private_metadata: 'conv-2' } });
    expect(fake.viewsOpened).toHaveLength(1);
    expect(fake.viewsOpened[0]).toMatchObject({ id: viewId, trigger_id: '123.456.abc', updates: 1, view: { private_metadata: 'conv-2' } });
  });

  it('answers invalid_arguments when an input starts longer than its max_length', async () => {
    const fake = await aFake();
    const view = {
      type: 'modal' as const,
      title: { type: 'plain_text' as const, text: 'x' },
      blocks: [
        {
          type: 'input',
          block_id: 'reply',
          label: { type: 'plain_text', text: 'Reply' },
          element: { type: 'plain_text_input', action_id: 'text', max_length: 280, initial_value: 'x'.repeat(281) },
        },
      ],
    };
    const error = await rejectionOf(aClient(fake).views.open({ trigger_id: makeTriggerId(), view }));
    expect(error.data).toMatchObject({ error: 'invalid_arguments' });
    expect(fake.viewsOpened).toEqual([]);
  });

  it('answers expired_trigger_id when the trigger is older than 3 seconds, and exchanged_trigger_id when it was used', async () => {
    const fake = await aFake();
    const view = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'x' }, blocks: [] };
    const stale = await rejectionOf(aClient(fake).views.open({ trigger_id: makeTriggerId(Date.now() - 3_500), view }));
    expect(stale.data).toMatchObject({ error: 'expired_trigger_id' });
    const fresh = makeTriggerId();
    await aClient(fake).views.open({ trigger_id: fresh, view });
    const reused = await rejectionOf(aClient(fake).views.open({ trigger_id: fresh, view }));
    expect(reused.data).toMatchObject({ error: 'exchanged_trigger_id' });
    expect(fake.viewsOpened).toHaveLength(1);
  });

  it('answers hash_conflict when views.update carries a stale hash', async () => {
    const fake = await aFake();
    const client = aClient(fake);
    const view = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'x' }, blocks: [] };
    const opened = await client.views.open({ trigger_id: 't', view });
    await client.views.update({ view_id: opened.view?.id ?? '', view });
    const error = await rejectionOf(client.views.update({ view_id: opened.view?.id ?? '', hash: opened.view?.hash ?? '', view }));
    expect(error.data).toMatchObject({ error: 'hash_conflict' });
  });

  it('returns the thread with human replies and a permalink when asked about a thread', async () => {
    const fake = await aFake();
    const client = aClient(fake);
    const parent = await client.chat.postMessage({ channel: CHANNEL, text: 'Handoff' });
    const human = fake.addMessage({ channel: CHANNEL, user: 'U0AGENT', text: 'I will answer', thread_ts: parent.ts ?? '' });

    const replies = await client.conversations.replies({ channel: CHANNEL, ts: parent.ts ?? '' });
    expect(replies.messages?.map((message) => message.text)).toEqual(['Handoff', 'I will answer']);
    expect(replies.messages?.[0]).toMatchObject({ reply_count: 1, thread_ts: parent.ts });
    const link = await client.chat.getPermalink({ channel: CHANNEL, message_ts: human.ts });
    expect(link.permalink).toBe(
      `https://pronto-test.slack.com/archives/${CHANNEL}/p${human.ts.replace('.', '')}?thread_ts=${parent.ts}&cid=${CHANNEL}`,
    );
  });

  it('answers users.info for configured users and user_not_found for others', async () => {
    const fake = await aFake({ users: [{ id: 'U0AGENT', name: 'giulia', real_name: 'Giulia Bianchi' }] });
    const client = aClient(fake);
    const found = await client.users.info({ user: 'U0AGENT' });
    expect(found.user).toMatchObject({ id: 'U0AGENT', name: 'giulia', profile: { real_name: 'Giulia Bianchi' } });
    const error = await rejectionOf(client.users.info({ user: 'U0NOBODY' }));
    expect(error.data).toMatchObject({ error: 'user_not_found' });
  });

  it('rejects with the retry-after delay when told to fail with 429 and the client does not retry', async () => {
    const fake = await aFake();
    fake.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '7' } });
    const client = aClient(fake, { rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
    const error = await rejectionOf(client.chat.postMessage({ channel: CHANNEL, text: 'hi' }));
    expect(error.code).toBe(webApi.ErrorCode.RateLimitedError);
    expect(error.retryAfter).toBe(7);
    expect(fake.callsTo('chat.postMessage').map((call) => call.status)).toEqual([429]);
  });

  it('posts on the second attempt when the WebClient retries a 429 by itself', async () => {
    const fake = await aFake();
    // retry-after 0 keeps the client's own wait at zero; the retry path is the same as for 1 s.
    fake.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '0' } });
    const client = aClient(fake, { retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    const result = await client.chat.postMessage({ channel: CHANNEL, text: 'hi' });
    expect(result.ok).toBe(true);
    expect(fake.callsTo('chat.postMessage').map((call) => call.status)).toEqual([429, 200]);
    expect(fake.messages).toHaveLength(1);
  });

  it('injects a platform error once and then answers normally', async () => {
    const fake = await aFake();
    fake.failNext('chat.postMessage', { error: 'ratelimited' });
    const client = aClient(fake);
    const error = await rejectionOf(client.chat.postMessage({ channel: CHANNEL, text: 'first' }));
    expect(error.data).toMatchObject({ ok: false, error: 'ratelimited' });
    await expect(client.chat.postMessage({ channel: CHANNEL, text: 'second' })).resolves.toMatchObject({ ok: true });
  });

  it('fails with a request error and records the call when the connection is dropped', async () => {
    const fake = await aFake();
    fake.failNext((call) => call.method === 'chat.postMessage', { drop: true });
    const error = await rejectionOf(aClient(fake, { retryConfig: { retries: 0 } }).chat.postMessage({ channel: CHANNEL, text: 'x' }));
    expect(error.code).toBe(webApi.ErrorCode.RequestError);
    expect(fake.callsTo('chat.postMessage')[0]?.status).toBeUndefined();
  });

  it('keeps text that looks like JSON as text when the WebClient form-encodes it', async () => {
    const fake = await aFake();
    await aClient(fake).chat.postMessage({ channel: CHANNEL, text: '{"order": 42}' });
    expect(fake.messages[0]?.text).toBe('{"order": 42}');
  });

  it('accepts JSON bodies with the token in the Authorization header', async () => {
    const fake = await aFake();
    const response = await fetch(`${fake.baseUrl}chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ channel: CHANNEL, text: 'json', blocks: [{ type: 'divider' }] }),
    });
    expect(await response.json()).toMatchObject({ ok: true, message: { text: 'json', blocks: [{ type: 'divider' }] } });
    expect(fake.calls[0]?.token).toBe(TOKEN);
  });

  it.each([
    ['51 blocks', Array.from({ length: 51 }, () => ({ type: 'divider' }))],
    ['a section text of 3,001 characters', [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }]],
    ['a header of 151 characters', [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }]],
    ['a mrkdwn header', [{ type: 'header', text: { type: 'mrkdwn', text: 'x' } }]],
    [
      'two buttons with one action_id',
      [
        {
          type: 'actions',
          elements: [
            { type: 'button', action_id: 'send', text: { type: 'plain_text', text: 'A' } },
            { type: 'button', action_id: 'send', text: { type: 'plain_text', text: 'B' } },
          ],
        },
      ],
    ],
    ['two blocks with one block_id', [{ type: 'divider', block_id: 'b' }, { type: 'divider', block_id: 'b' }]],
  ])('answers invalid_blocks and posts nothing when a message has %s', async (_case, blocks) => {
    const fake = await aFake();
    const error = await rejectionOf(aClient(fake).chat.postMessage({ channel: CHANNEL, text: 'x', blocks }));
    expect(error.data).toMatchObject({ ok: false, error: 'invalid_blocks', response_metadata: { messages: [expect.stringMatching(/^\[ERROR\]/)] } });
    expect(fake.messages).toEqual([]);
  });

  it('accepts blocks right at the limits', async () => {
    const fake = await aFake();
    const blocks = [
      { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(150) } },
      ...Array.from({ length: 49 }, () => ({ type: 'section', text: { type: 'mrkdwn', text: 's'.repeat(3000) } })),
    ];
    await expect(aClient(fake).chat.postMessage({ channel: CHANNEL, text: 'x', blocks })).resolves.toMatchObject({ ok: true });
  });

  it('answers not_in_channel until the bot is invited when the channel exists without it', async () => {
    const fake = await aFake({ channelsWithoutBot: ['C0PRIVATE'] });
    const error = await rejectionOf(aClient(fake).chat.postMessage({ channel: 'C0PRIVATE', text: 'hi' }));
    expect(error.data).toMatchObject({ error: 'not_in_channel' });
    fake.joinChannel('C0PRIVATE');
    await expect(aClient(fake).chat.postMessage({ channel: 'C0PRIVATE', text: 'hi' })).resolves.toMatchObject({ ok: true });
  });

  it('stores what a person typed with Slack markup when a message is added', async () => {
    const fake = await aFake();
    const typed = fake.addMessage({
      channel: CHANNEL,
      user: 'U0AGENT',
      text: 'R&D <b> see https://lumo.it/a?b=1&c=2. or www.lumo.it, mail aiuto@lumo.it @here',
    });
    expect(typed.text).toBe(
      'R&amp;D &lt;b&gt; see <https://lumo.it/a?b=1&amp;c=2>. or <http://www.lumo.it|www.lumo.it>, mail <mailto:aiuto@lumo.it|aiuto@lumo.it> <!here>',
    );
    const replies = await aClient(fake).conversations.replies({ channel: CHANNEL, ts: typed.ts });
    expect(replies.messages?.[0]?.text).toBe(typed.text);
  });

  it('times out with the calls seen so far when the predicate never holds', async () => {
    const fake = await aFake();
    await aClient(fake).auth.test();
    await expect(fake.waitFor((state) => state.messages.length > 0, 50)).rejects.toThrow(/calls so far: auth\.test -> 200/);
  });
});

// --- a real Bolt app behind an ExpressReceiver ------------------------------------------------

interface BoltHarness {
  fake: FakeSlackApi;
  url: string;
  app: App;
  receiver: ExpressReceiver;
  seen: { kind: string; body: unknown; retryNum?: number }[];
}

async function startBolt(): Promise<BoltHarness> {
  const fake = await aFake({ token: TOKEN });
  const receiver = new ExpressReceiver({ signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR });
  // Other routes live next to /slack/events on the same Express app (no global body parser).
  receiver.router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  const app = new App({ receiver, token: TOKEN, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: fake.baseUrl } });
  const seen: BoltHarness['seen'] = [];
  app.event('message', async ({ event, client, context }) => {
    seen.push({ kind: 'event', body: event, ...(context.retryNum === undefined ? {} : { retryNum: context.retryNum }) });
    if ('text' in event && 'channel' in event) {
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.ts, text: `echo: ${event.text ?? ''}` });
    }
  });
  app.action('send_draft', async ({ ack, body }) => {
    // Recorded before ack: the test reads `seen` as soon as the HTTP response (sent by ack) arrives.
    seen.push({ kind: 'action', body });
    await ack();
  });
  app.view('edit_draft', async ({ ack, view }) => {
    const text = view.state.values.draft?.text?.value ?? '';
    if (text === '') {
      await ack({ response_action: 'errors', errors: { draft: 'The reply is empty' } });
      return;
    }
    seen.push({ kind: 'view', body: view });
    await ack();
  });
  app.command('/pronto', async ({ ack, command }) => {
    seen.push({ kind: 'command', body: command });
    await ack(`queue for ${command.user_id}`);
  });
  const server = http.createServer(receiver.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { fake, url: `http://127.0.0.1:${port}/slack/events`, app, receiver, seen };
}

describe('slack-requests', () => {
  it('signs like Slack when given a known secret and timestamp', () => {
    // Slack's documented example: https://api.slack.com/authentication/verifying-requests-from-slack
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const headers = signSlackRequest(body, '8f742231b10e8888abcd99yyyzzz85a5', 1531420618);
    expect(headers).toEqual({
      'x-slack-signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
      'x-slack-request-timestamp': '1531420618',
    });
  });

  it('gets a signed event acknowledged and handled when Bolt receives it', async () => {
    const bolt = await startBolt();
    const event = eventCallback({ event: { channel: CHANNEL, user: 'U0AGENT', text: 'hello there' } });
    const response = await postToSlackEndpoint(bolt.url, { ...event, signingSecret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    await bolt.fake.waitFor((fake) => fake.messages.length === 1);
    expect(bolt.fake.messages[0]).toMatchObject({ channel: CHANNEL, text: 'echo: hello there' });
    expect(bolt.fake.callsTo('auth.test').length).toBeGreaterThan(0);
    expect(bolt.seen.map((item) => item.kind)).toEqual(['event']);
  });

  it('passes the retry number to the handler when Slack redelivers an event', async () => {
    const bolt = await startBolt();
    const event = eventCallback({ event: { channel: CHANNEL, text: 'again' }, event_id: 'Ev0RETRY' });
    const options = { ...event, signingSecret: SIGNING_SECRET, retryNum: 1, retryReason: 'http_timeout' };
    expect((await postToSlackEndpoint(bolt.url, options)).status).toBe(200);
    await bolt.fake.waitFor((fake) => fake.messages.length === 1);
    expect(bolt.seen[0]?.retryNum).toBe(1);
  });

  it('answers 401 and runs no handler when the signature is forged', async () => {
    const bolt = await startBolt();
    const event = eventCallback({ event: { channel: CHANNEL, text: 'forged' } });
    const response = await postToSlackEndpoint(bolt.url, { ...event, signingSecret: 'not-the-secret' });
    expect(response.status).toBe(401);
    // Bolt answers 401 before dispatching, so nothing can be pending behind the response.
    expect(bolt.seen).toEqual([]);
    expect(bolt.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('answers 401 when the timestamp is six minutes old', async () => {
    const bolt = await startBolt();
    const event = eventCallback({ event: { channel: CHANNEL, text: 'stale' } });
    const timestamp = Math.floor(Date.now() / 1000) - STALE_SECONDS;
    const response = await postToSlackEndpoint(bolt.url, { ...event, signingSecret: SIGNING_SECRET, timestamp });
    expect(response.status).toBe(401);
    expect(bolt.seen).toEqual([]);
  });

  it('answers the challenge when Slack verifies the events URL', async () => {
    const bolt = await startBolt();
    const response = await postToSlackEndpoint(bolt.url, { ...urlVerification('chal-123'), signingSecret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ challenge: 'chal-123' });
  });

  it('reaches app.action when a signed block action arrives', async () => {
    const bolt = await startBolt();
    const action = blockActionPayload({ action_id: 'send_draft', value: 'conv-1', user: 'U0AGENT', channel: CHANNEL, message_ts: '1700000000.000100' });
    const response = await postToSlackEndpoint(bolt.url, { ...action, signingSecret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    expect(bolt.seen).toMatchObject([
      { kind: 'action', body: { actions: [{ action_id: 'send_draft', value: 'conv-1' }], container: { message_ts: '1700000000.000100' } } },
    ]);
  });

  it('reaches app.view with the submitted values when a signed view submission arrives', async () => {
    const bolt = await startBolt();
    const values = { draft: { text: plainTextInput('Ciao Mario, ecco come fare.') } };
    const submission = viewSubmissionPayload({ callback_id: 'edit_draft', private_metadata: 'conv-1', values, user: 'U0AGENT' });
    const response = await postToSlackEndpoint(bolt.url, { ...submission, signingSecret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    expect(bolt.seen).toMatchObject([{ kind: 'view', body: { private_metadata: 'conv-1', state: { values } } }]);
  });

  it('returns the modal errors in the response body when the handler acks with errors', async () => {
    const bolt = await startBolt();
    const submission = viewSubmissionPayload({ callback_id: 'edit_draft', values: { draft: { text: plainTextInput('') } } });
    const response = await postToSlackEndpoint(bolt.url, { ...submission, signingSecret: SIGNING_SECRET });
    expect(JSON.parse(response.body)).toEqual({ response_action: 'errors', errors: { draft: 'The reply is empty' } });
  });

  it('reaches app.command and returns the ack text when a signed slash command arrives', async () => {
    const bolt = await startBolt();
    const command = slashCommand({ command: '/pronto', text: 'queue', user_id: 'U0AGENT', channel_id: CHANNEL });
    const response = await postToSlackEndpoint(bolt.url, { ...command, signingSecret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    expect(response.body).toBe('queue for U0AGENT');
    expect(bolt.seen).toMatchObject([{ kind: 'command', body: { command: '/pronto', text: 'queue' } }]);
  });

  it('serves other routes next to /slack/events on the receiver app', async () => {
    const bolt = await startBolt();
    const response = await fetch(bolt.url.replace('/slack/events', '/healthz'));
    expect(await response.json()).toEqual({ ok: true });
  });
});
