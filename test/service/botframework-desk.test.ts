// The Slack desk for Bot Framework conversations, on the real wire: activities POSTed to the
// real service, the real Bolt receiver with signed requests, the fake Slack Web API, the fake
// Bot Connector and a real Redis shared by the service before and after a restart.
import { describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/service/create-service.ts';
import { loadServiceConfig } from '../../src/service-config.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fake-bot-connector.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { aWebChatMessage, postActivity } from '../support/bot-activities.ts';
import { blockActionPayload, eventCallback, postToSlackEndpoint } from '../support/slack-requests.ts';
import { useRedisPerFile } from '../support/redis-per-file.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { ROOT } from '../support/run-pronto.ts';

const SIGNING_SECRET = 'test-signing-secret';
const HANDOFFS = 'C0HANDOFFS';
const COMPLAINT = 'la fibra non funziona da tre giorni, è una vergogna!';

const shared = useRedisPerFile();
const { cleanups } = shared;

interface Desk {
  connector: FakeBotConnector;
  slack: FakeSlackApi;
  prefix: string;
}

async function startFakes(): Promise<Desk> {
  const connector = await startFakeBotConnector();
  const slack = await startFakeSlackApi({ channels: [HANDOFFS] });
  cleanups.push(() => connector.close(), () => slack.close());
  return { connector, slack, prefix: shared.nextPrefix('bfdesk') };
}

/** The service on the desk's fakes and Redis prefix: a second one continues the first's state. */
async function startDeskService(desk: Desk, env: Record<string, string> = {}) {
  const recording = createRecordingLog();
  const service = await startService(
    loadServiceConfig(
      {
        PORT: '0',
        REDIS_URL: shared.redis.url,
        REDIS_PREFIX: desk.prefix,
        BOTFRAMEWORK_ENABLED: 'true',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_HANDOFF_CHANNEL: HANDOFFS,
        SLACK_API_URL: desk.slack.baseUrl,
        ...env,
      },
      ROOT,
    ),
    recording.log,
  );
  let stopped = false;
  const stop = async () => {
    if (!stopped) await service.stop();
    stopped = true;
  };
  cleanups.push(stop);
  return { service, stop, ...recording };
}

function click(service: Service, actionId: string, value: string, user = 'U0AGENT') {
  return postToSlackEndpoint(`http://127.0.0.1:${service.port}/slack/events`, {
    ...blockActionPayload({ action_id: actionId, value, user, channel: HANDOFFS }),
    signingSecret: SIGNING_SECRET,
  });
}

function card(slack: FakeSlackApi) {
  // A parent message carries its own ts as thread_ts once it has replies, as in Slack.
  const posted = slack.messages.find((m) => m.channel === HANDOFFS && (!m.thread_ts || m.thread_ts === m.ts));
  if (posted === undefined) throw new Error('no handoff card in Slack');
  const json = JSON.stringify(posted.blocks ?? []);
  const ticket = /"action_id":"pronto_send_draft"[^}]*"value":"([^"]+)"|"value":"([^"]+)"[^}]*"action_id":"pronto_send_draft"/.exec(json);
  return { posted, json, ticket: ticket?.[1] ?? ticket?.[2] ?? '' };
}

/** A complaint in Web Chat that reaches Slack: the customer got the holding reply. */
async function complain(desk: Desk, service: Service, conversationId: string) {
  const activity = aWebChatMessage(desk.connector.serviceUrl, { conversationId, text: COMPLAINT });
  expect((await postActivity(service.port, activity)).status).toBe(200);
  await desk.slack.waitFor((f) => f.messages.some((m) => m.channel === HANDOFFS && !m.thread_ts));
  await desk.connector.waitFor((f) => f.messages(conversationId).length === 1);
  return activity;
}

describe('the Slack desk for Bot Framework conversations', () => {
  it('posts a complaint to Slack with the channel deadline, tells a Bot Framework hub with handoff.initiate, and sends the draft proactively after a restart', async () => {
    const desk = await startFakes();
    const first = await startDeskService(desk, { DESK_RESPONSE_MINUTES: 'botframework=5/7/9/11' });
    const complaint = await complain(desk, first.service, 'web-desk-1');
    const { json, ticket } = card(desk.slack);
    expect(json).toMatch(/Mario Rossi/);
    expect(json).toMatch(/Teams\/Web Chat · private \(DM\)/);
    // High priority (something broken), and the botframework column of DESK_RESPONSE_MINUTES: 7 minutes.
    expect(json).toMatch(/HIGH/);
    expect(json).toMatch(/\(in 7 min\)/);
    expect(desk.connector.messages('web-desk-1')[0]!.activity.text).toMatch(/collega/);

    await desk.connector.waitFor((f) => f.activities.some((a) => a.activity.name === 'handoff.initiate'));
    const handoff = desk.connector.activities.find((a) => a.activity.name === 'handoff.initiate')!;
    expect(handoff).toMatchObject({ conversationId: 'web-desk-1', replyToId: complaint.id, activity: { type: 'event', value: { priority: 'high' } } });
    const [transcript] = handoff.activity.attachments as { contentType: string; name: string; content: { activities: { text: string; from: { role: string } }[] } }[];
    expect(transcript).toMatchObject({ contentType: 'application/json', name: 'Transcript' });
    expect(transcript!.content.activities.map((a) => [a.from.role, a.text])).toEqual([
      ['user', COMPLAINT],
      ['bot', expect.stringMatching(/collega/)],
    ]);

    // A restart: the reply address lives in Redis, not in the process that took the message.
    await first.stop();
    const second = await startDeskService(desk, { DESK_RESPONSE_MINUTES: 'botframework=5/7/9/11' });
    expect((await click(second.service, 'pronto_send_draft', ticket)).status).toBe(200);
    await desk.connector.waitFor((f) => f.messages('web-desk-1').length === 2);
    expect(desk.connector.messages('web-desk-1')[1]).toMatchObject({
      replyToId: complaint.id,
      activity: { type: 'message', textFormat: 'markdown', text: expect.stringMatching(/^Ciao Mario!/) },
    });
    await desk.slack.waitFor((f) => f.callsTo('chat.update').length > 0);
    expect(card(desk.slack).json).toMatch(/[Rr]esolved/);
  });

  it('relays what the customer writes while an agent owns the conversation, shows no typing, and sends the agent’s thread reply', async () => {
    const desk = await startFakes();
    const { service } = await startDeskService(desk);
    await complain(desk, service, 'web-desk-2');
    const { posted, ticket } = card(desk.slack);
    await click(service, 'pronto_take_over', ticket);
    await desk.slack.waitFor((f) => f.callsTo('chat.update').length > 0);

    const before = desk.connector.activities.length;
    const followUp = aWebChatMessage(desk.connector.serviceUrl, { conversationId: 'web-desk-2', text: 'sono ancora senza linea, aiutatemi' });
    expect((await postActivity(service.port, followUp)).status).toBe(200);
    await desk.slack.waitFor((f) => f.messages.some((m) => m.thread_ts === posted.ts && /ancora senza linea/.test(m.text ?? '')));
    // Quiet: no typing indicator and no answer from the bot while the agent owns it.
    expect(desk.connector.activities.slice(before)).toEqual([]);

    const reply = eventCallback({ event_id: 'Ev0BFTHREAD', event: { channel: HANDOFFS, user: 'U0AGENT', text: 'Ciao Mario, sono Marta: controllo subito la linea.', thread_ts: posted.ts } });
    expect((await postToSlackEndpoint(`http://127.0.0.1:${service.port}/slack/events`, { ...reply, signingSecret: SIGNING_SECRET })).status).toBe(200);
    await desk.connector.waitFor((f) => f.messages('web-desk-2').some((m) => /sono Marta/.test(m.activity.text ?? '')));
  });

  it('tells the agent in the thread, with the reason, when the conversation no longer exists', async () => {
    const desk = await startFakes();
    const { service } = await startDeskService(desk);
    await complain(desk, service, 'web-desk-3');
    const { posted, ticket } = card(desk.slack);
    desk.connector.removeConversation('web-desk-3');
    await click(service, 'pronto_send_draft', ticket);
    const notes = () => desk.slack.messages.filter((m) => m.thread_ts === posted.ts && /not sent/.test(m.text ?? ''));
    await desk.slack.waitFor(() => notes().length === 1);
    expect(notes()[0]!.text).toMatch(/conversation no longer exists for the bot \(404 ConversationNotFound: Conversation not found\.\): the customer closed the chat/);
    expect(desk.connector.messages('web-desk-3')).toHaveLength(1);
  });
});
