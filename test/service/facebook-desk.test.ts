// The agents' desk for Facebook conversations on the real wire: signed Meta webhooks into the
// service on Redis, the real Bolt receiver with signed Slack requests against the fake Slack
// API, and the fake Graph API where agents' answers land.
import { describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { blockActionPayload, eventCallback, postToSlackEndpoint } from '../support/slack-requests.ts';
import { useRedisPerFile } from '../support/redis-per-file.ts';
import { startFacebookService, type StartedFacebookService } from '../support/start-facebook-service.ts';

const SIGNING_SECRET = 'test-signing-secret';
const HANDOFFS = 'C0HANDOFFS';
const HOUR = 3_600_000;

const shared = useRedisPerFile();
const { cleanups } = shared;

interface Desk {
  fb: StartedFacebookService;
  slack: FakeSlackApi;
  card(): { ts: string; text: string; blocks: string };
  ticket(): string;
  /** Clicks a button and waits until Slack shows its effect. */
  act(actionId: string, value: string, user?: string): Promise<void>;
  /** An agent types in the card's thread. */
  typeInThread(text: string, user?: string): Promise<void>;
}

async function startDesk(env: Record<string, string> = {}, now?: () => Date): Promise<Desk> {
  const slack = await startFakeSlackApi({ channels: [HANDOFFS] });
  cleanups.push(() => slack.close());
  const fb = await startFacebookService({
    redis: shared.redis,
    env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_HANDOFF_CHANNEL: HANDOFFS, SLACK_API_URL: slack.baseUrl, ...env },
    ...(now ? { service: { now } } : {}),
  });
  cleanups.push(() => fb.stop());
  const events = `http://127.0.0.1:${fb.service.port}/slack/events`;
  const card = () => {
    // A card with replies carries its own ts as thread_ts, as in Slack.
    const parent = slack.messages.find((message) => message.channel === HANDOFFS && (!message.thread_ts || message.thread_ts === message.ts));
    if (parent === undefined) throw new Error('no handoff card in Slack');
    return { ts: parent.ts, text: parent.text ?? '', blocks: JSON.stringify(parent.blocks ?? []) };
  };
  return {
    fb,
    slack,
    card,
    ticket() {
      const value = /"action_id":"pronto_send_draft"[^}]*"value":"([^"]+)"|"value":"([^"]+)"[^}]*"action_id":"pronto_send_draft"/.exec(card().blocks);
      const id = value?.[1] ?? value?.[2];
      if (!id) throw new Error('no Send draft button on the card');
      return id;
    },
    async act(actionId, value, user = 'U0MARTA') {
      const shown = () => slack.callsTo('chat.update').length + slack.callsTo('chat.postEphemeral').length;
      const before = shown();
      const response = await postToSlackEndpoint(events, { ...blockActionPayload({ action_id: actionId, value, user, channel: HANDOFFS }), signingSecret: SIGNING_SECRET });
      expect(response.status).toBe(200);
      await slack.waitFor(() => shown() > before);
    },
    async typeInThread(text, user = 'U0MARTA') {
      const thread = card().ts;
      const typed = slack.addMessage({ channel: HANDOFFS, user, text, thread_ts: thread });
      const event = eventCallback({ event: { channel: HANDOFFS, user, text: typed.text, ts: typed.ts, thread_ts: thread } });
      expect((await postToSlackEndpoint(events, { ...event, signingSecret: SIGNING_SECRET })).status).toBe(200);
    },
  };
}

async function cardPosted(desk: Desk): Promise<void> {
  await desk.slack.waitFor((slack) => slack.messages.some((message) => message.channel === HANDOFFS && !message.thread_ts), 10_000);
}

describe('the Slack desk with Facebook', () => {
  it("posts a Messenger complaint as Messenger with the Facebook deadline, and relays the owning agent's thread reply to the customer", async () => {
    let clock = new Date('2026-11-20T10:00:00Z');
    const desk = await startDesk({}, () => clock);
    const incoming = desk.fb.graph.addUserMessage({ text: 'Il modem che mi avete mandato non funziona, è una vergogna!', from: { name: 'Giulia Bianchi' } });

    await desk.fb.deliver(desk.fb.graph.messengerWebhook(incoming.mid));

    await cardPosted(desk);
    // High priority on Facebook: 4 hours (the playbook's 24 hours at most), not X's 30 minutes.
    expect(desk.card().text).toMatch(/^high handoff .* on Facebook, reply by 15:00$/);
    expect(desk.card().blocks).toContain('Messenger');
    // The bot's holding reply went out in Messenger already.
    await desk.fb.graph.waitFor((graph) => graph.sentMessages.length === 1);

    await desk.act('pronto_take_over', desk.ticket());
    clock = new Date('2026-11-20T10:20:00Z');
    await desk.typeInThread('Ciao Giulia, sono Marta: ti mandiamo un modem nuovo oggi stesso.');

    await desk.fb.graph.waitFor((graph) => graph.sentMessages.length === 2);
    expect(desk.fb.graph.sentMessages[1]).toMatchObject({ toId: incoming.fromId, messagingType: 'RESPONSE', text: 'Ciao Giulia, sono Marta: ti mandiamo un modem nuovo oggi stesso.' });
    await desk.slack.waitFor(() => desk.slack.threadReplies(HANDOFFS, desk.card().ts).some((message) => /sent to .*DM on Facebook/.test(message.text ?? '')));
  });

  it('shows a comment as a Facebook comment with a link to it, and Send draft answers in its thread', async () => {
    const desk = await startDesk();
    const comment = desk.fb.graph.addComment({ text: 'La fibra non funziona da tre giorni, è una vergogna!', from: { name: 'Mario Rossi' } });

    await desk.fb.deliver(desk.fb.graph.feedWebhook(comment.id));

    await cardPosted(desk);
    expect(desk.card().blocks).toContain(`Facebook comment · <https://www.facebook.com/${comment.id}|open the comment>`);
    await desk.fb.graph.waitFor(() => desk.fb.graph.pageComments.length === 1);
    await desk.act('pronto_send_draft', desk.ticket());

    await desk.fb.graph.waitFor(() => desk.fb.graph.pageComments.length === 2);
    expect(desk.fb.graph.pageComments.map((reply) => reply.parentId)).toEqual([comment.id, comment.id]);
    expect(desk.fb.graph.pageComments[1]!.message).toMatch(/^Ciao Mario!/);
  });

  it("sends a draft meant for the DM of a comment into the Messenger conversation its private reply opened", async () => {
    const desk = await startDesk();
    const comment = desk.fb.graph.addComment({ text: 'Non riesco ad accedere al mio account, mi scrivete il mio numero 333 123 4567?', from: { name: 'Luca Verdi' } });
    await desk.fb.deliver(desk.fb.graph.feedWebhook(comment.id));
    await cardPosted(desk);
    await desk.fb.graph.waitFor((graph) => graph.sentMessages.length === 1);
    const privateReply = desk.fb.graph.sentMessages[0]!;
    expect(privateReply).toMatchObject({ commentId: comment.id });
    // The customer answers the private reply: the 24-hour window opens in that conversation.
    desk.fb.graph.addUserMessage({ from: { psid: privateReply.toId }, text: 'Ecco, ordine 4411' });

    await desk.act('pronto_send_draft', desk.ticket());

    await desk.fb.graph.waitFor((graph) => graph.sentMessages.length === 2);
    expect(desk.fb.graph.sentMessages[1]).toMatchObject({ toId: privateReply.toId, messagingType: 'RESPONSE', conversationId: privateReply.conversationId });
    expect(desk.fb.graph.sentMessages[1]).not.toHaveProperty('commentId');
  });

  it('sends an agent reply after 24 hours with the HUMAN_AGENT tag when enabled', async () => {
    const desk = await startDesk({ FACEBOOK_HUMAN_AGENT_TAG: 'true' });
    const incoming = desk.fb.graph.addUserMessage({ text: 'Voglio parlare con un operatore', createdTime: new Date(Date.now() - 30 * HOUR).toISOString() });
    await desk.fb.deliver(desk.fb.graph.messengerWebhook(incoming.mid));
    await cardPosted(desk);
    // The bot's own holding reply cannot go out after 24 hours: the card says why.
    await desk.slack.waitFor(() => /facebook_window_closed/.test(desk.card().blocks), 10_000);

    await desk.act('pronto_take_over', desk.ticket());
    await desk.typeInThread('Ciao, scusa l’attesa: eccomi.');

    await desk.fb.graph.waitFor((graph) => graph.sentMessages.length === 1);
    expect(desk.fb.graph.sentMessages[0]).toMatchObject({ messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', text: 'Ciao, scusa l’attesa: eccomi.' });
  });

  it('tells the agent in the thread that the Messenger window closed when the tag is not enabled, and sends nothing', async () => {
    const desk = await startDesk();
    const incoming = desk.fb.graph.addUserMessage({ text: 'Voglio parlare con un operatore', createdTime: new Date(Date.now() - 30 * HOUR).toISOString() });
    await desk.fb.deliver(desk.fb.graph.messengerWebhook(incoming.mid));
    await cardPosted(desk);
    await desk.act('pronto_take_over', desk.ticket());

    await desk.typeInThread('Ciao, eccomi.');

    const notSent = () => desk.slack.threadReplies(HANDOFFS, desk.card().ts).filter((message) => /not sent/.test(message.text ?? ''));
    await desk.slack.waitFor(() => notSent().length === 1);
    expect(notSent()[0]!.text).toMatch(/Messenger window is closed: the customer last wrote 30 h ago; .*FACEBOOK_HUMAN_AGENT_TAG=true.*\n>Ciao, eccomi\.$/s);
    expect(desk.fb.graph.sentMessages).toEqual([]);
  });
});
