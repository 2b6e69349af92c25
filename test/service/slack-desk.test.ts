// The agents' desk on the real wire: the service with the real Bolt receiver, signed Slack
// requests, a fake Slack Web API, the fake X API and a real Redis.
import { describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/service/create-service.ts';
import { loadServiceConfig } from '../../src/service-config.ts';
import { startFakeXApi, type FakeXApi } from '../support/fake-x-api.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { startFakeSocketMode } from '../support/fake-socket-mode.ts';
import { blockActionPayload, eventCallback, plainTextInput, postToSlackEndpoint, slashCommand, viewSubmissionPayload } from '../support/slack-requests.ts';
import { useRedisPerFile } from '../support/redis-per-file.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { ROOT } from '../support/run-pronto.ts';

const SIGNING_SECRET = 'test-signing-secret';
const HANDOFFS = 'C0HANDOFFS';

const shared = useRedisPerFile();
const { cleanups } = shared;

interface Desk {
  x: FakeXApi;
  slack: FakeSlackApi;
  service: Service;
  lines: { msg: string; [field: string]: unknown }[];
  click(actionId: string, value: string, user?: string): Promise<{ status: number }>;
  /** Clicks and waits for the effect Slack shows: the card updated, or a private answer. */
  act(actionId: string, value: string, user?: string): Promise<{ status: number }>;
  send(body: { body: string; contentType: 'application/json' | 'application/x-www-form-urlencoded' }, retryNum?: number): Promise<{ status: number; body: string }>;
}

async function startDesk(options: { now?: () => Date; env?: Record<string, string>; botInvited?: boolean } = {}): Promise<Desk> {
  const x = await startFakeXApi({ brand: { id: '1000', username: 'LumoAiuta', name: 'Lumo' } });
  const slack = await startFakeSlackApi(options.botInvited === false ? { channelsWithoutBot: [HANDOFFS] } : { channels: [HANDOFFS] });
  cleanups.push(() => x.close(), () => slack.close());
  const { log, lines } = createRecordingLog();
  const service = await startService(
    loadServiceConfig(
      {
        X_API_KEY: 'k', X_API_SECRET: 's', X_ACCESS_TOKEN: 't', X_ACCESS_SECRET: 'u',
        X_API_BASE_URL: x.baseUrl,
        X_POLL_INTERVAL_MS: '3600000',
        REDIS_URL: shared.redis.url,
        REDIS_PREFIX: shared.nextPrefix('desk'),
        PORT: '0',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_HANDOFF_CHANNEL: HANDOFFS,
        SLACK_API_URL: slack.baseUrl,
        ...options.env,
      },
      ROOT,
    ),
    log,
    options.now ? { now: options.now } : {},
  );
  cleanups.push(() => service.stop());
  await x.waitFor((f) => f.requests.some((r) => r.path === '/2/dm_events' && r.status !== undefined));
  const click = (actionId: string, value: string, user = 'U0AGENT') =>
    postToSlackEndpoint(`http://127.0.0.1:${service.port}/slack/events`, {
      ...blockActionPayload({ action_id: actionId, value, user, channel: HANDOFFS }),
      signingSecret: SIGNING_SECRET,
    });
  // Slack gets its answer before the work is done (ack first), so a test waits for the effect.
  const act = async (actionId: string, value: string, user?: string) => {
    const shown = () => slack.callsTo('chat.update').length + slack.callsTo('chat.postEphemeral').length;
    const before = shown();
    const response = await click(actionId, value, user);
    await slack.waitFor(() => shown() > before);
    return response;
  };
  const send: Desk['send'] = (request, retryNum) =>
    postToSlackEndpoint(`http://127.0.0.1:${service.port}/slack/events`, {
      ...request,
      signingSecret: SIGNING_SECRET,
      ...(retryNum ? { retryNum, retryReason: 'http_timeout' } : {}),
    });
  return { x, slack, service, lines, click, act, send };
}

async function handoffFor(desk: Desk, text: string, author = { id: '45', name: 'Giulia Bianchi' }) {
  const mention = desk.x.addMention({ text, lang: 'it', author });
  await desk.service.pollXOnce!();
  await desk.slack.waitFor((f) => f.messages.some((m) => m.channel === HANDOFFS && !m.thread_ts));
  const parent = desk.slack.messages.find((m) => m.channel === HANDOFFS && !m.thread_ts)!;
  return { mention, ticket: ticketIdOf(desk.slack), threadTs: parent.ts };
}

function ticketIdOf(slack: FakeSlackApi): string {
  const handoff = slack.messages.find((m) => m.channel === HANDOFFS && !m.thread_ts);
  const json = JSON.stringify(handoff?.blocks ?? []);
  const match = /"action_id":"pronto_send_draft"[^}]*"value":"([^"]+)"|"value":"([^"]+)"[^}]*"action_id":"pronto_send_draft"/.exec(json);
  const id = match?.[1] ?? match?.[2];
  if (!id) throw new Error(`no Send draft button in ${json.slice(0, 500)}`);
  return id;
}

describe('the Slack desk', () => {
  it('posts a complaint on X to Slack and sends the draft to the customer when an agent clicks Send draft', async () => {
    const { x, slack, service, click } = await startDesk();
    const mention = x.addMention({
      text: '@LumoAiuta la fibra non funziona da tre giorni, è una vergogna!',
      lang: 'it',
      author: { id: '42', username: 'mrossi', name: 'Mario Rossi', followers: 120 },
    });
    await service.pollXOnce!();
    await slack.waitFor((f) => f.messages.some((m) => m.channel === HANDOFFS));
    const posted = slack.messages.find((m) => m.channel === HANDOFFS)!;
    expect(JSON.stringify(posted.blocks)).toMatch(/Mario Rossi/);
    expect(posted.text).toMatch(/high/i);
    // The card leads with the summary, and says where Send draft sends the draft.
    expect(JSON.stringify(posted.blocks?.[1])).toContain('Fault: «la fibra non funziona da tre giorni, è una vergogna!» · angry · 120 followers · it');
    expect(JSON.stringify(posted.blocks)).toContain('*Draft (public reply)*');
    // The holding reply went out on X already.
    await x.waitFor((f) => f.postedTweets.length >= 1);
    const holdingReply = x.postedTweets[0]!.text;

    const response = await click('pronto_send_draft', ticketIdOf(slack));
    expect(response.status).toBe(200);
    await x.waitFor((f) => f.postedTweets.length >= 2);
    const agentReply = x.postedTweets.at(-1)!;
    expect(agentReply.referencedTweets).toEqual([{ type: 'replied_to', id: mention.id }]);
    expect(agentReply.text).toMatch(/^Ciao Mario!/);
    expect(agentReply.text).not.toBe(holdingReply);
    await slack.waitFor((f) => f.callsTo('chat.update').length > 0);
    const updated = JSON.stringify(slack.messages.find((m) => m.channel === HANDOFFS)!.blocks);
    expect(updated).toMatch(/U0AGENT/);
    // Sending the draft answered the handoff: it is resolved and has no buttons left.
    expect(updated).toMatch(/[Rr]esolved/);
    expect(updated).not.toContain('pronto_send_draft');
    const queue = await postToSlackEndpoint(`http://127.0.0.1:${service.port}/slack/events`, { ...slashCommand({ text: 'queue' }), signingSecret: SIGNING_SECRET });
    expect(queue.body).not.toContain('Mario');
  });

  it('sends the draft as a DM, not in the public thread, when the bot moved an account matter to DM', async () => {
    const desk = await startDesk();
    const author = { id: '46', username: 'sverdi', name: 'Sara Verdi' };
    const { ticket } = await handoffFor(desk, '@LumoAiuta il mio abbonamento risulta sospeso ma ho pagato tutto', author);
    // The bot answered in public and opened the DM before the agent saw the card.
    await desk.x.waitFor((f) => f.postedTweets.length === 1 && f.sentDms.length === 1);
    const card = desk.slack.messages.find((m) => m.channel === HANDOFFS && !m.thread_ts)!;
    expect(JSON.stringify(card.blocks)).toContain('*Draft (private message)*');
    expect(JSON.stringify(card.blocks?.[1])).toContain('Account matter: «il mio abbonamento risulta sospeso ma ho pagato tutto»');

    await desk.click('pronto_send_draft', ticket);
    await desk.x.waitFor((f) => f.sentDms.length === 2);
    const draft = desk.x.sentDms[1]!;
    expect(draft).toMatchObject({ participantId: '46' });
    expect(draft.text).toMatch(/^Ciao Sara! /);
    expect(draft.text).not.toBe(desk.x.sentDms[0]!.text);
    expect(desk.x.postedTweets).toHaveLength(1);
    await desk.slack.waitFor((f) => f.messages.some((m) => /sent to Sara Verdi .*\(DM on X\)/.test(m.text ?? '')));
  });

  it('shows the whole exchange in the card when a customer comes back after an answer: question, answer, follow-up', async () => {
    const { x, slack, service } = await startDesk();
    const author = { id: '48', username: 'lucaverdi', name: 'Luca Verdi' };
    x.addMention({ text: '@LumoAiuta come faccio a ricaricare la sim?', lang: 'it', author });
    await service.pollXOnce!();
    await x.waitFor((f) => f.postedTweets.length === 1);
    const answer = x.postedTweets[0]!;
    x.addMention({ text: '@LumoAiuta ho provato ma non ha funzionato, ancora rotto', lang: 'it', author, inReplyToTweetId: answer.id });
    await service.pollXOnce!();
    await slack.waitFor((f) => f.messages.some((m) => m.channel === HANDOFFS && !m.thread_ts));
    const whole = JSON.stringify(slack.messages.find((m) => m.channel === HANDOFFS && !m.thread_ts)!.blocks);
    // The summary on top quotes the follow-up too: the order is the transcript's.
    const card = whole.slice(whole.indexOf('Conversation so far'));
    const question = card.indexOf('come faccio a ricaricare');
    const reply = card.indexOf('*Bot*');
    const followUp = card.indexOf('non ha funzionato');
    expect(question).toBeGreaterThan(-1);
    expect(reply).toBeGreaterThan(question);
    expect(followUp).toBeGreaterThan(reply);
    expect(card).toContain(answer.text.slice(0, 40).replace(/&/g, '&amp;'));
  });

  it('keeps the bot quiet while an agent owns the conversation and lets it answer after Hand back', async () => {
    const { x, slack, service, act } = await startDesk();
    x.addMention({ text: '@LumoAiuta voglio parlare con un operatore', lang: 'it', conversationId: 'conv-1', author: { id: '43', name: 'Anna Neri' } });
    await service.pollXOnce!();
    await slack.waitFor((f) => f.messages.some((m) => m.channel === HANDOFFS));
    const ticket = ticketIdOf(slack);
    expect((await act('pronto_take_over', ticket)).status).toBe(200);

    const repliesBefore = x.postedTweets.length;
    x.addMention({ text: '@LumoAiuta come faccio a ricaricare?', lang: 'it', conversationId: 'conv-1', author: { id: '43', name: 'Anna Neri' } });
    await service.pollXOnce!();
    // The customer's new post reaches the Slack thread; the bot does not answer it.
    await slack.waitFor((f) => f.messages.some((m) => m.thread_ts !== undefined && /ricaricare/.test(m.text ?? '')));
    expect(x.postedTweets.length).toBe(repliesBefore);

    expect((await act('pronto_hand_back', ticket)).status).toBe(200);
    x.addMention({ text: '@LumoAiuta come faccio a ricaricare il credito?', lang: 'it', conversationId: 'conv-1', author: { id: '43', name: 'Anna Neri' } });
    await service.pollXOnce!();
    await x.waitFor((f) => f.postedTweets.length > repliesBefore);
    expect(x.postedTweets.at(-1)!.text).toMatch(/ricaric/i);
  });

  it('tells an agent clearly, and only them, when the handoff was taken by someone else', async () => {
    const { x, slack, service, act } = await startDesk();
    x.addMention({ text: '@LumoAiuta vi denuncio, ho già chiamato il mio avvocato', lang: 'it', author: { id: '44', name: 'Luca Verdi' } });
    await service.pollXOnce!();
    await slack.waitFor((f) => f.messages.some((m) => m.channel === HANDOFFS));
    const ticket = ticketIdOf(slack);
    await act('pronto_take_over', ticket, 'U0GIULIA');
    await act('pronto_send_draft', ticket, 'U0MARCO');
    await slack.waitFor((f) => f.ephemerals.length > 0);
    expect(slack.ephemerals[0]).toMatchObject({ user: 'U0MARCO' });
    expect(slack.ephemerals[0]!.text).toMatch(/taken by/i);
  });

  it('answers 401 to a forged or stale signature and does nothing', async () => {
    const { slack, service } = await startDesk();
    const before = slack.calls.length;
    const response = await postToSlackEndpoint(`http://127.0.0.1:${service.port}/slack/events`, {
      ...blockActionPayload({ action_id: 'pronto_resolve', value: 'anything', channel: HANDOFFS }),
      signingSecret: 'not-the-secret',
    });
    expect(response.status).toBe(401);
    const stale = await postToSlackEndpoint(`http://127.0.0.1:${service.port}/slack/events`, {
      ...blockActionPayload({ action_id: 'pronto_resolve', value: 'anything', channel: HANDOFFS }),
      signingSecret: SIGNING_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(stale.status).toBe(401);
    expect(slack.calls.length).toBe(before);
  });

  it('sends an edited reply from the modal, and the modal says why an empty or too long one cannot go', async () => {
    const desk = await startDesk();
    const { mention, ticket } = await handoffFor(desk, '@LumoAiuta la fibra non funziona da tre giorni!');
    expect((await desk.click('pronto_edit_send', ticket)).status).toBe(200);
    await desk.slack.waitFor((f) => f.viewsOpened.length > 0);
    const submit = (text: string) =>
      desk.send(
        viewSubmissionPayload({
          callback_id: 'pronto_edit_submit',
          private_metadata: ticket,
          values: { pronto_reply: { pronto_reply_text: plainTextInput(text) } },
        }),
      );
    const tooLong = await submit('x'.repeat(300));
    expect(JSON.parse(tooLong.body)).toEqual({ response_action: 'errors', errors: { pronto_reply: 'The reply has 300 characters; X allows 280' } });
    const empty = await submit('   ');
    expect(JSON.parse(empty.body).errors.pronto_reply).toBe('Write a reply before sending');
    const before = desk.x.postedTweets.length;
    expect((await submit('Ciao Giulia, ci scusiamo: un tecnico ti contatta oggi.')).status).toBe(200);
    await desk.x.waitFor((f) => f.postedTweets.length > before);
    await desk.slack.waitFor((f) => f.callsTo('chat.update').length > 0);
    expect(desk.x.postedTweets.at(-1)).toMatchObject({ text: 'Ciao Giulia, ci scusiamo: un tecnico ti contatta oggi.', referencedTweets: [{ type: 'replied_to', id: mention.id }] });
    expect(desk.lines.some((line) => line.msg === 'desk.agent_reply_sent' && line.edited === true)).toBe(true);
    const metrics = await (await fetch(`http://127.0.0.1:${desk.service.port}/metrics`)).text();
    expect(metrics).toMatch(/pronto_drafts_sent_total\{edited="true",composer="templates"\} 1/);
    expect(metrics).toMatch(/pronto_handoffs_opened_total\{priority="high",reason="faulty"\} 1/);
    expect(metrics).toMatch(/pronto_first_human_response_seconds_count 1/);
  });

  it("relays the owning agent's thread reply to the customer once, even when Slack retries the event", async () => {
    const desk = await startDesk();
    const { mention, ticket, threadTs } = await handoffFor(desk, '@LumoAiuta voglio parlare con un operatore');
    await desk.act('pronto_take_over', ticket);
    const before = desk.x.postedTweets.length;
    const reply = eventCallback({ event_id: 'Ev0THREAD1', event: { channel: HANDOFFS, user: 'U0AGENT', text: 'Ciao Giulia, sono Marta: ti aiuto io.', thread_ts: threadTs } });
    expect((await desk.send(reply)).status).toBe(200);
    await desk.x.waitFor((f) => f.postedTweets.length > before);
    expect((await desk.send(reply, 1)).status).toBe(200);
    await desk.slack.waitFor((f) => f.callsTo('chat.update').length >= 2);
    expect(desk.x.postedTweets.filter((t) => t.text === 'Ciao Giulia, sono Marta: ti aiuto io.')).toEqual([
      expect.objectContaining({ referencedTweets: [{ type: 'replied_to', id: mention.id }] }),
    ]);
  });

  it("tells the agent in the thread when X refuses their reply, and Slack's retry of the event sends nothing twice", async () => {
    const desk = await startDesk();
    const { ticket, threadTs } = await handoffFor(desk, '@LumoAiuta voglio parlare con un operatore');
    await desk.act('pronto_take_over', ticket);
    const before = desk.x.requests.filter((r) => r.method === 'POST' && r.path === '/2/tweets').length;
    desk.x.failNext({ method: 'POST', path: '/2/tweets' }, { status: 403, body: { title: 'Forbidden', detail: 'You are not allowed to reply to this post.', status: 403 } });
    const reply = eventCallback({ event_id: 'Ev0REFUSED', event: { channel: HANDOFFS, user: 'U0AGENT', text: 'Ciao Giulia, ti aiuto io.', thread_ts: threadTs } });
    expect((await desk.send(reply)).status).toBe(200);
    const notes = () => desk.slack.threadReplies(HANDOFFS, threadTs).filter((m) => /not sent/.test(m.text ?? ''));
    await desk.slack.waitFor(() => notes().length === 1);
    expect(notes()[0]!.text).toMatch(/^:warning: <@U0AGENT>, this reply was \*not sent\* to Giulia Bianchi \(@customer\d+\): .*not allowed to reply to this post\.\n>Ciao Giulia, ti aiuto io\.$/);
    expect((await desk.send(reply, 1)).status).toBe(200);
    expect((await desk.send(eventCallback({ event: { channel: HANDOFFS, user: 'U0AGENT', text: 'ok', thread_ts: threadTs } }))).status).toBe(200);
    // The next reply goes out; the retried one never did, and was told only once.
    await desk.x.waitFor((f) => f.postedTweets.some((t) => t.text === 'ok'));
    expect(desk.x.requests.filter((r) => r.method === 'POST' && r.path === '/2/tweets').length).toBe(before + 2);
    expect(notes()).toHaveLength(1);
  });

  it("keeps one card with the customer's post once and both reasons when X refuses the bot's first reply", async () => {
    const desk = await startDesk();
    desk.x.failNext({ method: 'POST', path: '/2/tweets' }, { status: 403, body: { title: 'Forbidden', detail: 'You are not allowed to reply to this post.', status: 403 } });
    const text = '@LumoAiuta la fibra non funziona da tre giorni, è una vergogna!';
    const { threadTs } = await handoffFor(desk, text);
    // The failed holding reply and the decided handoff reach the desk for the same post.
    const cardJson = () => JSON.stringify(desk.slack.messages.find((m) => m.ts === threadTs)!.blocks);
    await desk.slack.waitFor(() => /delivery-failed/.test(cardJson()) && /faulty/.test(cardJson()));
    const transcript = cardJson().slice(cardJson().indexOf('Conversation so far'));
    expect(transcript.match(/la fibra non funziona da tre giorni/g)).toHaveLength(1);
    expect(cardJson()).toMatch(/HIGH · delivery-failed, x_target_gone, [^"]*faulty/);
    expect(desk.slack.threadReplies(HANDOFFS, threadTs).map((m) => m.text)).toEqual([expect.stringMatching(/^More reasons for this message: [^(]*faulty/)]);
  });

  it('gives an agent typing in a thread the bot still owns the choice, and sends only that message on request', async () => {
    const desk = await startDesk();
    const { threadTs } = await handoffFor(desk, '@LumoAiuta la fibra non funziona da tre giorni!');
    // Slack delivers what Marta typed with its markup; the customer gets it as she typed it.
    const text = 'Ciao Giulia, controlliamo subito la linea: R&D dice <24 h, vedi https://lumo.it/guasti?zona=1&tipo=fibra';
    const typed = desk.slack.addMessage({ channel: HANDOFFS, user: 'U0MARTA', text, thread_ts: threadTs });
    expect(typed.text).toContain('R&amp;D dice &lt;24 h, vedi <https://lumo.it/guasti?zona=1&amp;tipo=fibra>');
    await desk.send(eventCallback({ event: { channel: HANDOFFS, user: 'U0MARTA', text: typed.text, ts: typed.ts, thread_ts: threadTs } }));
    await desk.slack.waitFor((f) => f.ephemerals.some((e) => e.user === 'U0MARTA'));
    const choice = JSON.stringify(desk.slack.ephemerals.at(-1)!.blocks);
    const value = /"action_id":"pronto_thread_send_once"[^}]*?"value":"((?:[^"\\]|\\.)*)"/.exec(choice)?.[1] ?? /"value":"((?:[^"\\]|\\.)*)"[^}]*?"action_id":"pronto_thread_send_once"/.exec(choice)?.[1];
    expect(value).toBeDefined();
    const before = desk.x.postedTweets.length;
    await desk.click('pronto_thread_send_once', JSON.parse(`"${value}"`) as string, 'U0MARTA');
    await desk.x.waitFor((f) => f.postedTweets.length > before);
    expect(desk.x.postedTweets.at(-1)!.text).toBe(text);
  });

  it('lists open handoffs with /pronto queue and explains an answer with /pronto ask', async () => {
    const desk = await startDesk();
    await handoffFor(desk, '@LumoAiuta vi denuncio, ho chiamato il mio avvocato');
    const queue = await desk.send(slashCommand({ text: 'queue' }));
    expect(queue.status).toBe(200);
    expect(queue.body).toMatch(/urgent/i);
    const ask = await desk.send(slashCommand({ text: 'ask come faccio a ricaricare?' }));
    expect(ask.body).toContain('ricarica');
    const usage = await desk.send(slashCommand({ text: 'frobnicate' }));
    expect(usage.body).toContain('/pronto queue');
  });

  it('keeps the handoff when Slack answers 429 or channel_not_found, and posts it once Slack accepts', async () => {
    const desk = await startDesk();
    desk.slack.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' } });
    desk.slack.failNext('chat.postMessage', { error: 'channel_not_found' });
    desk.x.addMention({ text: '@LumoAiuta vi denuncio, ho chiamato il mio avvocato', lang: 'it', author: { id: '46', name: 'Paolo Ricci' } });
    await desk.service.pollXOnce!();
    await desk.slack.waitFor((f) => f.messages.some((m) => m.channel === HANDOFFS), 15_000);
    expect(desk.slack.callsTo('chat.postMessage').map((call) => call.status)).toEqual([429, 200, 200]);
    expect(desk.lines.some((line) => line.msg === 'delivery.retry_scheduled' && /channel_not_found/.test(JSON.stringify(line)))).toBe(true);
    expect(desk.slack.messages.filter((m) => m.channel === HANDOFFS && !m.thread_ts)).toHaveLength(1);
  });

  it('keeps the handoff and posts it once the app is invited when Slack answers not_in_channel', async () => {
    const desk = await startDesk({ botInvited: false });
    desk.x.addMention({ text: '@LumoAiuta vi denuncio, ho chiamato il mio avvocato', lang: 'it', author: { id: '47', name: 'Sara Galli' } });
    await desk.service.pollXOnce!();
    await desk.slack.waitFor(() => desk.lines.some((line) => line.msg === 'delivery.retry_scheduled' && /not_in_channel/.test(JSON.stringify(line))));
    desk.slack.joinChannel(HANDOFFS);
    await desk.slack.waitFor((f) => f.messages.some((m) => m.channel === HANDOFFS), 15_000);
    expect(desk.slack.messages.filter((m) => m.channel === HANDOFFS && !m.thread_ts)).toHaveLength(1);
  });

  it('reminds the thread before the first-response deadline and calls the on-call group when it passes', async () => {
    let now = new Date('2026-11-20T10:00:00Z');
    const desk = await startDesk({ now: () => now, env: { SLACK_ONCALL_GROUP: 'S0ONCALL' } });
    const { threadTs } = await handoffFor(desk, '@LumoAiuta la fibra non funziona da tre giorni!');
    const thread = () => desk.slack.messages.filter((m) => m.thread_ts === threadTs && m.ts !== threadTs).map((m) => m.text ?? '');

    now = new Date('2026-11-20T10:10:00Z');
    await desk.service.sweepDeskDeadlines!();
    expect(thread()).toEqual([]);

    // High priority on X: 30 minutes; the reminder comes at three quarters of the time.
    now = new Date('2026-11-20T10:23:00Z');
    await desk.service.sweepDeskDeadlines!();
    expect(thread()).toEqual([expect.stringMatching(/Reminder: .*still waiting/)]);

    now = new Date('2026-11-20T10:31:00Z');
    await desk.service.sweepDeskDeadlines!();
    await desk.service.sweepDeskDeadlines!();
    expect(thread()).toHaveLength(2);
    expect(thread()[1]).toMatch(/^<!subteam\^S0ONCALL> .*Missed first-response deadline/);
    const metrics = await (await fetch(`http://127.0.0.1:${desk.service.port}/metrics`)).text();
    expect(metrics).toMatch(/pronto_deadline_misses_total\{priority="high"\} 1/);
  });

  it('works over Socket Mode, with no public URL, when an app-level token is set', async () => {
    const socket = await startFakeSocketMode();
    const slack = await startFakeSlackApi({ channels: [HANDOFFS], socketModeUrl: socket.url });
    cleanups.push(() => socket.close(), () => slack.close());
    const { log } = createRecordingLog();
    const service = await startService(
      loadServiceConfig(
        {
          PORT: '0',
          SLACK_BOT_TOKEN: 'xoxb-test',
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_HANDOFF_CHANNEL: HANDOFFS,
          SLACK_API_URL: slack.baseUrl,
          SLACK_APP_TOKEN: 'xapp-test',
        },
        ROOT,
      ),
      log,
    );
    cleanups.push(() => service.stop());
    const envelope = await socket.send('slash_commands', { ...slashCommand({ text: 'queue' }).payload });
    const ack = await socket.waitForAck(envelope);
    expect(ack.payload).toMatchObject({ response_type: "ephemeral", text: expect.stringMatching(/No open handoffs/) });
    // No HTTP endpoint for Slack in Socket Mode.
    const response = await fetch(`http://127.0.0.1:${service.port}/slack/events`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
  });
});
