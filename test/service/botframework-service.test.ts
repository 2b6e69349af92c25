// The Bot Framework channel on the real wire: activities POSTed to the real service's
// /api/messages (anonymous local mode, the SDK's CloudAdapter), a real Redis behind the queue,
// and the fake Bot Connector the replies go to.
import { describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/service/create-service.ts';
import { loadServiceConfig } from '../../src/service-config.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fake-bot-connector.ts';
import { FAKE_API_KEY, startFakeOpenAiApi } from '../support/fake-openai-api.ts';
import { faithfulModel } from '../support/scripted-models.ts';
import { aConversationUpdate, aTeamsChannelMessage, aWebChatMessage, postActivity } from '../support/bot-activities.ts';
import { useRedisPerFile } from '../support/redis-per-file.ts';
import { createRecordingLog, type LogLine } from '../support/recording-log.ts';
import { ROOT } from '../support/run-pronto.ts';
import { startServiceProcess } from '../support/start-service-process.ts';

const shared = useRedisPerFile();
const { cleanups } = shared;

async function startBotService(env: Record<string, string> = {}) {
  const connector = await startFakeBotConnector();
  cleanups.push(() => connector.close());
  const recording = createRecordingLog();
  const service = await startService(
    loadServiceConfig({ PORT: '0', REDIS_URL: shared.redis.url, REDIS_PREFIX: shared.nextPrefix('bf'), BOTFRAMEWORK_ENABLED: 'true', ...env }, ROOT),
    recording.log,
  );
  cleanups.push(() => service.stop());
  const post = (activity: unknown, headers?: Record<string, string>) => postActivity(service.port, activity, headers);
  return { connector, service, post, ...recording };
}

async function get(service: Service, path: string) {
  const response = await fetch(`http://127.0.0.1:${service.port}${path}`);
  return { status: response.status, text: await response.text() };
}

const typesSent = (connector: FakeBotConnector, conversationId: string) =>
  connector.activities.filter((a) => a.conversationId === conversationId).map((a) => a.activity.type);

describe('the service on Bot Framework', () => {
  it('answers an FAQ in Web Chat with the whole entry in markdown, as a reply to the message, with no typing flash before an instant answer', async () => {
    const { connector, post } = await startBotService();
    const question = aWebChatMessage(connector.serviceUrl, { conversationId: 'web-1' });
    expect((await post(question)).status).toBe(200);
    await connector.waitFor((f) => f.messages('web-1').length === 1);
    expect(typesSent(connector, 'web-1')).toEqual(['message']);
    const [reply] = connector.messages('web-1');
    expect(reply).toMatchObject({ replyToId: question.id, activity: { textFormat: 'markdown', recipient: { id: 'user-mario' } } });
    expect(reply!.activity.text).toMatch(/^Ciao Mario! .*ricaric/s);
    // Not cut to a tweet: the whole entry, with its link.
    expect(reply!.activity.text!.length).toBeGreaterThan(280);
  });

  it('shows typing while a slow model writes the answer, never after it, and warns when the indicator cannot be sent', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    // A model that answers only once the test saw the typing indicators: slower than the 500 ms delay.
    const openai = await startFakeOpenAiApi({ chat: async (request) => (await released, faithfulModel(request)) });
    cleanups.push(() => openai.close());
    const { connector, post, waitForEvent } = await startBotService({ PRONTO_LLM_MODEL: 'gpt-fake-mini', OPENAI_BASE_URL: openai.baseUrl, OPENAI_API_KEY: FAKE_API_KEY });
    connector.removeConversation('web-slow-gone');
    await post(aWebChatMessage(connector.serviceUrl, { conversationId: 'web-slow' }));
    await post(aWebChatMessage(connector.serviceUrl, { conversationId: 'web-slow-gone' }));
    await connector.waitFor((f) => f.activities.some((a) => a.conversationId === 'web-slow' && a.activity.type === 'typing'));
    await waitForEvent('botframework.typing_failed', 5_000, { code: 'botframework_conversation_gone' });
    release();
    await connector.waitFor((f) => f.messages('web-slow').length === 1);
    const types = typesSent(connector, 'web-slow');
    expect(types.at(-1)).toBe('message');
    expect(new Set(types.slice(0, -1))).toEqual(new Set(['typing']));
  });

  it('answers an account question in a private chat with the private entry, in the chat', async () => {
    const { connector, post } = await startBotService();
    await post(aWebChatMessage(connector.serviceUrl, { conversationId: 'web-2', text: 'mi avete addebitato due volte la ricarica, rivoglio i soldi' }));
    await connector.waitFor((f) => f.messages('web-2').length === 1);
    expect(connector.messages('web-2')[0]!.activity.text).toMatch(/^Ciao Mario! Per controllare l'addebito .*rimborsi/s);
    expect(connector.createdConversations).toEqual([]);
  });

  it('ignores a Teams channel message that does not mention the bot, and answers one that does, without the mention', async () => {
    const { connector, post, service } = await startBotService();
    const unmentioned = aTeamsChannelMessage(connector.serviceUrl, { text: 'come faccio a ricaricare?', mentioned: false, id: '1001' });
    expect((await post(unmentioned)).status).toBe(200);
    const mentioned = aTeamsChannelMessage(connector.serviceUrl, { text: 'come faccio a ricaricare?', mentioned: true, id: '1002' });
    expect((await post(mentioned)).status).toBe(200);
    const thread = (mentioned.conversation as { id: string }).id;
    await connector.waitFor((f) => f.messages(thread).length === 1);
    expect(connector.activities.filter((a) => a.conversationId === (unmentioned.conversation as { id: string }).id)).toEqual([]);
    expect(connector.messages(thread)[0]).toMatchObject({ replyToId: '1002', activity: { text: expect.stringMatching(/^Ciao Anna! /) } });
    const metrics = (await get(service, '/metrics')).text;
    expect(metrics).toMatch(/pronto_botframework_activities_total\{type="message",outcome="ignored"\} 1/);
    expect(metrics).toMatch(/pronto_messages_in_total\{channel="botframework",kind="mention"\} 1/);
  });

  it('greets a conversation once when it opens, however many updates and replicas see it', async () => {
    const prefix = shared.nextPrefix('bf');
    const first = await startBotService({ REDIS_PREFIX: prefix });
    const second = await startBotService({ REDIS_PREFIX: prefix });
    const url = first.connector.serviceUrl;
    const updates = [
      aConversationUpdate(url, { conversationId: 'web-3', membersAdded: [{ id: 'bot-pronto' }] }),
      aConversationUpdate(url, { conversationId: 'web-3', membersAdded: [{ id: 'user-mario' }] }),
    ];
    const statuses = await Promise.all([first.post(updates[0]), second.post(updates[1]), first.post(updates[1])]);
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200]);
    await first.connector.waitFor((f) => f.messages('web-3').length === 1);
    expect(first.connector.messages('web-3')[0]!.activity).toMatchObject({ text: expect.stringMatching(/^Ciao! /), textFormat: 'markdown' });
    // A new team member in a Teams channel is not greeted; the bot added to the team would be.
    const teams = aTeamsChannelMessage(url, { text: '', mentioned: false });
    await first.post({ ...teams, type: 'conversationUpdate', membersAdded: [{ id: '29:someone-new' }], id: 'update-1' });
    await first.post(aWebChatMessage(url, { conversationId: 'web-3' }));
    await first.connector.waitFor((f) => f.messages('web-3').length === 2);
    expect(first.connector.messages().filter((m) => /^Ciao! /.test(m.activity.text ?? ''))).toHaveLength(1);
  });

  it('acknowledges and counts other activity types, answering an invoke with 200, and sends nothing', async () => {
    const { connector, post, service } = await startBotService();
    const base = aWebChatMessage(connector.serviceUrl, { conversationId: 'web-4' });
    const others = [
      { ...base, type: 'messageReaction', id: 'r1', reactionsAdded: [{ type: 'like' }], text: undefined },
      { ...base, type: 'installationUpdate', id: 'i1', action: 'add', text: undefined },
      { ...base, type: 'event', id: 'e1', name: 'webchat/join', text: undefined },
      { ...base, type: 'typing', id: 't1', text: undefined },
    ];
    for (const activity of others) expect((await post(activity)).status).toBe(200);
    const invoke = await post({ ...base, type: 'invoke', id: 'v1', name: 'adaptiveCard/action', text: undefined });
    expect(invoke.status).toBe(200);
    expect(connector.requests).toEqual([]);
    const metrics = (await get(service, '/metrics')).text;
    for (const type of ['messageReaction', 'installationUpdate', 'event', 'typing', 'invoke']) {
      expect(metrics).toMatch(new RegExp(`pronto_botframework_activities_total\\{type="${type}",outcome="acknowledged"\\} 1`));
    }
  });

  it('rejects activities without serviceUrl, conversation or from with 400 naming the field, and queues nothing', async () => {
    const { connector, post, service, lines } = await startBotService();
    const good = aWebChatMessage(connector.serviceUrl, { conversationId: 'web-5' });
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...good, serviceUrl: undefined }, /serviceUrl is required/],
      [{ ...good, serviceUrl: 'ftp://connector' }, /serviceUrl is required/],
      [{ ...good, conversation: undefined }, /conversation\.id is required/],
      [{ ...good, from: undefined }, /from\.id is required/],
      [{ ...good, id: undefined }, /id is required for a message/],
      [{ ...good, text: 42 }, /text: Expected string/],
      [{ ...good, type: undefined }, /type is required/],
    ];
    for (const [activity, reason] of cases) {
      const response = await post(activity);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).error).toMatch(reason);
    }
    expect((await post('{"type": "message",')).status).toBe(400);
    expect((await post('[1, 2]')).status).toBe(400);
    expect(connector.requests).toEqual([]);
    const metrics = (await get(service, '/metrics')).text;
    // The seven above and the array; the broken JSON never became an activity (http.request_rejected).
    expect(metrics).toMatch(/pronto_messages_rejected_total\{channel="botframework"\} 8/);
    expect(metrics).not.toMatch(/pronto_messages_in_total\{channel="botframework"/);
    expect(lines.some((line) => line.msg === 'botframework.activity_rejected')).toBe(true);
    // The service goes on serving.
    expect((await post(good)).status).toBe(200);
    await connector.waitFor((f) => f.messages('web-5').length === 1);
  });

  it('answers 413 to a 1 MB activity without reading it, and keeps serving', async () => {
    const { connector, post } = await startBotService();
    const huge = aWebChatMessage(connector.serviceUrl, { conversationId: 'web-6', text: 'a'.repeat(1024 * 1024) });
    expect((await post(huge)).status).toBe(413);
    expect((await post(aWebChatMessage(connector.serviceUrl, { conversationId: 'web-6' }))).status).toBe(200);
    await connector.waitFor((f) => f.messages('web-6').length === 1);
  });

  it('hands an attachment without text to a person, with a holding reply to the customer', async () => {
    const { connector, post, waitForEvent, lines } = await startBotService();
    const photo = aWebChatMessage(connector.serviceUrl, {
      conversationId: 'web-7',
      text: '',
      attachments: [{ contentType: 'image/jpeg', contentUrl: 'https://example.test/router.jpg', name: 'router.jpg' }],
    });
    expect((await post(photo)).status).toBe(200);
    await waitForEvent('handoff.opened');
    expect(lines.find((line) => line.msg === 'handoff.opened')).toMatchObject({ channel: 'botframework', reasons: expect.arrayContaining(['attachment-only']) });
    await connector.waitFor((f) => f.messages('web-7').length === 1 && f.activities.some((a) => a.activity.name === 'handoff.initiate'));
    expect(connector.messages('web-7')[0]!.activity.text).toMatch(/collega/);
  });

  it('sends no handoff.initiate event when BOTFRAMEWORK_HANDOFF_EVENT=false', async () => {
    const { connector, post, waitForEvent } = await startBotService({ BOTFRAMEWORK_HANDOFF_EVENT: 'false' });
    await post(aWebChatMessage(connector.serviceUrl, { conversationId: 'web-10', text: 'voglio parlare con un operatore' }));
    // Logged once the desk opened the handoff and any announcement was sent.
    await waitForEvent('delivery.sent', 5_000, { type: 'handoff' });
    await connector.waitFor((f) => f.messages('web-10').length === 1);
    expect(connector.activities.filter((a) => a.activity.type === 'event')).toEqual([]);
  });

  it('retries a reply after the connector answers 429 with Retry-After or 503, and delivers it once', async () => {
    const { connector, post, service, lines, waitForEvent } = await startBotService();
    connector.failNext({ conversationId: 'web-8', type: 'message' }, { status: 429, headers: { 'Retry-After': '1' } });
    connector.failNext({ conversationId: 'web-9', type: 'message' }, { status: 503 });
    const throttled = aWebChatMessage(connector.serviceUrl, { conversationId: 'web-8' });
    const failed = aWebChatMessage(connector.serviceUrl, { conversationId: 'web-9' });
    await post(throttled);
    await post(failed);
    for (const message of [throttled, failed]) await waitForEvent('delivery.sent', 10_000, { event: message.id });
    expect(connector.messages('web-8')).toHaveLength(1);
    expect(connector.messages('web-9')).toHaveLength(1);
    expect(lines.some((line) => line.msg === 'delivery.rate_limited' && line.waitMs === 1000)).toBe(true);
    expect(lines.some((line) => line.msg === 'delivery.retry_scheduled' && line.code === 'botframework_unavailable')).toBe(true);
    const metrics = (await get(service, '/metrics')).text;
    expect(metrics).toMatch(/pronto_rate_limit_waits_total\{channel="botframework"\} 1/);
    expect(metrics).toMatch(/pronto_actions_total\{channel="botframework",type="reply"\} 2/);
  });

  it('hands the bot’s reply to a person with the reason when the conversation no longer exists', async () => {
    const { connector, post, waitForEvent, lines } = await startBotService();
    connector.removeConversation('web-gone');
    const message = aWebChatMessage(connector.serviceUrl, { conversationId: 'web-gone' });
    expect((await post(message)).status).toBe(200);
    await waitForEvent('handoff.opened', 5_000, { event: message.id });
    expect(lines.find((line) => line.msg === 'handoff.opened')).toMatchObject({ reasons: ['delivery-failed', 'botframework_conversation_gone'] });
    // The handoff.initiate event cannot reach the conversation either: logged, the handoff stands.
    await waitForEvent('handoff.announce_failed', 5_000, { event: message.id });
  });

  it('answers 503 with Retry-After while Redis is down, and answers the message once it is back', async () => {
    const { connector, post } = await startBotService();
    const message = aWebChatMessage(connector.serviceUrl, { conversationId: 'web-outage' });
    await shared.redis.stop();
    let outage: { status: number; body: string };
    const asked = Date.now();
    try {
      outage = await post(message);
    } finally {
      await shared.redis.start();
    }
    expect(outage.status).toBe(503);
    expect(Date.now() - asked).toBeLessThan(5_000);
    // The message held back during the outage lands now; the channel's retry is a duplicate.
    await connector.waitFor((f) => f.messages('web-outage').length === 1, 20_000);
    expect((await post(message)).status).toBe(200);
  }, 60_000);

  it('turns readiness red naming the fix when the connector refuses the credentials (401, 403), and green once a call goes through', async () => {
    const { connector, post, service, waitForLines } = await startBotService();
    expect((await get(service, '/readyz')).status).toBe(200);
    const authFailures = (lines: LogLine[]) =>
      lines.filter((line) => line.msg === 'delivery.failed_handed_off' && line.code === 'botframework_auth_failed').length;
    for (const [attempt, status] of ([401, 403] as const).entries()) {
      connector.refuseCredentials(status);
      expect((await post(aWebChatMessage(connector.serviceUrl, { conversationId: `web-${status}` }))).status).toBe(200);
      // This attempt's failure, not the one before it: readiness names the latest refusal.
      await waitForLines((lines) => authFailures(lines) === attempt + 1);
      const readiness = await get(service, '/readyz');
      expect(readiness.status).toBe(503);
      const check = JSON.parse(readiness.text).checks.botframework as string;
      expect(check).toMatch(
        status === 401
          ? /refused Pronto's credentials \(401 BotNotRegistered.*set connections__serviceConnection__settings__clientId, clientSecret and tenantId/
          : /admin disabled the bot \(403 BotDisabledByAdmin.*allow the app in the Teams admin center/,
      );
    }
    connector.refuseCredentials(undefined);
    await post(aWebChatMessage(connector.serviceUrl, { conversationId: 'web-ok' }));
    await connector.waitFor((f) => f.messages('web-ok').length === 1);
    expect((await get(service, '/readyz')).status).toBe(200);
  });
});

describe('the Bot Framework configuration', () => {
  it('refuses to start in production without a client id, naming what to set', () => {
    expect(() => loadServiceConfig({ BOTFRAMEWORK_ENABLED: 'true', NODE_ENV: 'production' }, ROOT)).toThrow(
      /BOTFRAMEWORK_ENABLED=true with NODE_ENV=production needs the Azure Bot's app registration: set connections__serviceConnection__settings__clientId/,
    );
    expect(loadServiceConfig({ BOTFRAMEWORK_ENABLED: 'true', NODE_ENV: 'development' }, ROOT).botframework?.auth).toBeUndefined();
  });

  it('stops the service at start in production without a client id, with the message on stderr', async () => {
    await expect(startServiceProcess({ PORT: '0', BOTFRAMEWORK_ENABLED: 'true', NODE_ENV: 'production' })).rejects.toThrow(
      /exited with 1 before listening: pronto: Invalid configuration:\n  - BOTFRAMEWORK_ENABLED=true with NODE_ENV=production needs the Azure Bot's app registration/,
    );
  });

  it('reads the app registration under the SDK names, and wants its secret', () => {
    const config = loadServiceConfig(
      {
        BOTFRAMEWORK_ENABLED: 'true',
        NODE_ENV: 'production',
        connections__serviceConnection__settings__clientId: 'app-id',
        connections__serviceConnection__settings__clientSecret: 'secret',
        tenantId: 'tenant-1',
      },
      ROOT,
    );
    expect(config.botframework).toMatchObject({ auth: { clientId: 'app-id', clientSecret: 'secret', tenantId: 'tenant-1' }, handoffEvent: true });
    expect(() => loadServiceConfig({ BOTFRAMEWORK_ENABLED: 'true', clientId: 'app-id' }, ROOT)).toThrow(
      /connections__serviceConnection__settings__clientSecret is required with connections__serviceConnection__settings__clientId/,
    );
    expect(loadServiceConfig({ clientId: 'app-id' }, ROOT).botframework).toBeUndefined();
  });
});
