// The desk's handlers on the real wire (Bolt receiver, WebClient, fake Slack API) with a
// customer channel the test controls: slow sends, failed sends, and what customers write.
import { afterEach, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../src/core/model.ts';
import { ChannelError } from '../../../src/errors.ts';
import { aMessage } from '../../support/builders.ts';
import {
  blockActionPayload,
  eventCallback,
  makeTriggerId,
  plainTextInput,
  slashCommand,
  viewSubmissionPayload,
} from '../../support/slack-requests.ts';
import { HOSTILE_HANDLE, HOSTILE_NAME, HOSTILE_TEXT, PERSONAL_DATA, expectSafeForSlack } from './hostile-customer.ts';
import { HANDOFFS, startSlackDesk, type DeskHarness } from './start-slack-desk.ts';

const harnesses: DeskHarness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.close();
});

async function aDesk(options: Parameters<typeof startSlackDesk>[0] = {}): Promise<DeskHarness> {
  const harness = await startSlackDesk(options);
  harnesses.push(harness);
  return harness;
}

function aPost(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return aMessage({
    id: '1860012',
    conversationId: '1860001',
    author: { id: '42', handle: 'gbianchi', name: 'Giulia Bianchi' },
    text: '@LumoAiuta la fibra non va da tre giorni!',
    ...overrides,
  });
}

/** Clicks a button on the handoff card and waits until Slack shows its effect. */
async function click(h: DeskHarness, actionId: string, value: string, user = 'U0AGENT'): Promise<void> {
  const shown = () => h.slack.callsTo('chat.update').length + h.slack.callsTo('chat.postEphemeral').length;
  const before = shown();
  const response = await h.post(blockActionPayload({ action_id: actionId, value, user, channel: HANDOFFS }));
  expect(response.status).toBe(200);
  await h.slack.waitFor(() => shown() > before);
}

/** An agent types in the thread; Slack stores it with its markup and sends the event. */
function agentWrites(h: DeskHarness, threadTs: string, text: string, event: Record<string, unknown> = {}, user = 'U0AGENT') {
  const typed = h.slack.addMessage({ channel: HANDOFFS, user, text, thread_ts: threadTs });
  return h.post(eventCallback({ event: { channel: HANDOFFS, user, text: typed.text, ts: typed.ts, thread_ts: threadTs, ...event } }));
}

function submitEdit(h: DeskHarness, ticketId: string, text: string, viewId = 'V0EDIT1') {
  return h.post(
    viewSubmissionPayload({
      callback_id: 'pronto_edit_submit',
      private_metadata: ticketId,
      view_id: viewId,
      values: { pronto_reply: { pronto_reply_text: plainTextInput(text) } },
    }),
  );
}

const threadHas = (h: DeskHarness, threadTs: string, pattern: RegExp) => () => h.thread(threadTs).some((text) => pattern.test(text));
const sentTexts = (h: DeskHarness) => h.channel.sent.map((sent) => sent.action.text);
const card = (h: DeskHarness) => h.slack.messages.find((message) => message.channel === HANDOFFS && message.thread_ts !== undefined && message.ts === message.thread_ts) ?? h.slack.messages[0]!;

describe('createSlackDesk', () => {
  it("answers Slack at once and says in the thread that the agent's reply went out when the channel is slow", async () => {
    const h = await aDesk();
    const { ticketId, threadTs } = await h.handOff(aPost());
    await click(h, 'pronto_take_over', ticketId);
    h.channel.hold();

    const response = await agentWrites(h, threadTs, 'Ciao Giulia, sono Marta: ti aiuto io.');
    expect(response.status).toBe(200);
    expect(h.channel.sent).toEqual([]);
    await h.channel.waitFor(() => h.channel.held === 1);
    h.channel.release();

    await h.slack.waitFor(threadHas(h, threadTs, /sent to Giulia Bianchi/));
    expect(sentTexts(h)).toEqual(['Ciao Giulia, sono Marta: ti aiuto io.']);
    await h.slack.waitFor(() => JSON.stringify(card(h).blocks).includes('Sent by <@U0AGENT>'));
    // The agent's turn is in the card once.
    expect(JSON.stringify(card(h).blocks).match(/\*Agent <@U0AGENT>\*/g)).toHaveLength(1);
  });

  it("keeps the agent's reply in the conversation history, so the next handoff of the conversation shows it", async () => {
    const h = await aDesk();
    const { ticketId, threadTs } = await h.handOff(aPost());
    await click(h, 'pronto_take_over', ticketId);
    await agentWrites(h, threadTs, 'Ciao Giulia, sono Marta: ti aiuto io.');
    await h.slack.waitFor(threadHas(h, threadTs, /sent to Giulia Bianchi/));
    expect(await h.store.loadTurns('twitter:1860001')).toContainEqual(
      expect.objectContaining({ from: 'agent', text: 'Ciao Giulia, sono Marta: ti aiuto io.', kind: 'reply', author: 'U0AGENT' }),
    );
  });

  it('closes the edit modal at once, tells the outcome in the thread and sends once when the channel is slow and the modal comes twice', async () => {
    const h = await aDesk();
    const { ticketId, threadTs } = await h.handOff(aPost());
    h.channel.hold();

    const response = await submitEdit(h, ticketId, 'Ciao Giulia, un tecnico ti chiama oggi.');
    expect(response).toMatchObject({ status: 200, body: '' });
    await h.channel.waitFor(() => h.channel.held === 1);
    expect((await submitEdit(h, ticketId, 'Ciao Giulia, un tecnico ti chiama oggi.')).status).toBe(200);
    h.channel.release();

    await h.slack.waitFor(threadHas(h, threadTs, /sent to Giulia Bianchi \(@gbianchi\) \(public reply on X\):\n>Ciao Giulia, un tecnico ti chiama oggi\./));
    await h.slack.waitFor(() => JSON.stringify(card(h).blocks).includes('Resolved by <@U0AGENT>'));
    expect(sentTexts(h)).toEqual(['Ciao Giulia, un tecnico ti chiama oggi.']);
  });

  it('leads the card with the summary and sends the draft as a public reply where the customer wrote when the handoff is public', async () => {
    const h = await aDesk();
    const { ticketId, threadTs } = await h.handOff(aPost());
    const blocks = JSON.stringify(card(h).blocks);
    expect(JSON.stringify(card(h).blocks?.[1])).toContain('Fault: «la fibra non va da tre giorni!» · angry · it');
    expect(blocks).toContain('*Draft (public reply)*');

    await click(h, 'pronto_send_draft', ticketId);
    await h.slack.waitFor(threadHas(h, threadTs, /sent to Giulia Bianchi \(@gbianchi\) \(public reply on X\)/));
    expect(h.channel.sent.map((sent) => [sent.action.type, sent.action.text])).toEqual([['reply', 'Ciao! Ci dispiace, controlliamo subito.']]);
  });

  it('sends the draft, and an edit of it longer than one post, as a DM when the bot moved the conversation to DM', async () => {
    const h = await aDesk();
    const draft = 'Ciao Giulia! Grazie per la pazienza, stiamo controllando il tuo account.';
    const { ticketId, threadTs } = await h.handOff(aPost(), { reasons: ['account'], draft, draftFor: 'dm' });
    expect(JSON.stringify(card(h).blocks)).toContain('*Draft (private message)*');

    await click(h, 'pronto_send_draft', ticketId);
    await h.slack.waitFor(threadHas(h, threadTs, /sent to Giulia Bianchi \(@gbianchi\) \(DM on X\)/));
    expect(h.channel.sent.map((sent) => [sent.action.type, sent.action.text])).toEqual([['dm', draft]]);
    expect(await h.store.loadTurns('twitter:1860001')).toContainEqual(expect.objectContaining({ from: 'agent', text: draft, kind: 'dm' }));

    const second = await h.handOff(aPost({ id: '1860013', conversationId: '1860002' }), { reasons: ['account'], draft, draftFor: 'dm' });
    const long = `${draft} ${'Ti spieghiamo ogni passaggio. '.repeat(12)}`.trim();
    expect((await submitEdit(h, second.ticketId, long)).body).toBe('');
    await h.channel.waitFor(() => h.channel.sent.length === 2);
    expect(h.channel.sent[1]?.action).toMatchObject({ type: 'dm', text: long });
  });

  it('sends what the owning agent types in the thread as a DM when the bot moved the conversation to DM', async () => {
    const h = await aDesk();
    const { ticketId, threadTs } = await h.handOff(aPost(), { reasons: ['account'], draftFor: 'dm' });
    await click(h, 'pronto_take_over', ticketId);
    await agentWrites(h, threadTs, 'Giulia, ho trovato il doppio addebito: te lo rimborsiamo oggi.');
    await h.slack.waitFor(threadHas(h, threadTs, /\(DM on X\)/));
    expect(h.channel.sent.map((sent) => sent.action.type)).toEqual(['dm']);
  });

  it('tells the agent in the thread, with their text, when the channel refuses an edited reply', async () => {
    const h = await aDesk();
    const { ticketId, threadTs } = await h.handOff(aPost());
    h.channel.failNext(new ChannelError('x_reply_target_gone', 'the post to answer is gone (403): deleted', { status: 403 }));

    expect((await submitEdit(h, ticketId, 'Ciao Giulia, ecco cosa fare.')).body).toBe('');
    await h.slack.waitFor(threadHas(h, threadTs, /not sent/));
    expect(h.thread(threadTs)).toEqual([
      ':warning: <@U0AGENT>, this reply was *not sent* to Giulia Bianchi (@gbianchi): the post to answer is gone (403): deleted.\n>Ciao Giulia, ecco cosa fare.',
    ]);
    expect((await h.tickets.load(ticketId))?.state).toBe('open');
  });

  it.each([
    ['too long for a public reply on X', 'a'.repeat(281), /not sent.*The reply has 281 characters; X allows 280; shorten it, or use Edit and send/],
    ['a mention of colleagues', '@here e @channel, guardate voi?', /not sent.*it mentions @here @channel, which is for colleagues/],
  ])('keeps a thread reply in Slack and says why when it is %s', async (_case, text, note) => {
    const h = await aDesk();
    const { ticketId, threadTs } = await h.handOff(aPost());
    await click(h, 'pronto_take_over', ticketId);
    await agentWrites(h, threadTs, text);
    await h.slack.waitFor(threadHas(h, threadTs, note));
    expect(h.channel.sent).toEqual([]);
  });

  it('relays a thread reply when the agent also sent it to the channel', async () => {
    const h = await aDesk();
    const { ticketId, threadTs } = await h.handOff(aPost());
    await click(h, 'pronto_take_over', ticketId);
    await agentWrites(h, threadTs, 'Risolto: la linea è tornata.', { subtype: 'thread_broadcast' });
    await h.channel.waitFor(() => h.channel.sent.length === 1);
    expect(sentTexts(h)).toEqual(['Risolto: la linea è tornata.']);
  });

  it('relays the text and says that files stay in Slack when a message has a file', async () => {
    const h = await aDesk();
    const { ticketId, threadTs } = await h.handOff(aPost());
    await click(h, 'pronto_take_over', ticketId);
    const files = [{ id: 'F0PHOTO', name: 'ricevuta.png', mimetype: 'image/png' }];
    await agentWrites(h, threadTs, 'Ecco la ricevuta del rimborso.', { subtype: 'file_share', files });
    await h.slack.waitFor(threadHas(h, threadTs, /sent to/));
    await agentWrites(h, threadTs, '', { subtype: 'file_share', files });
    await h.slack.waitFor(() => h.thread(threadTs).filter((text) => text.includes('Files stay in Slack')).length === 2);
    expect(sentTexts(h)).toEqual(['Ecco la ricevuta del rimborso.']);
  });

  it('tells the agent privately when the edit window cannot open because the trigger expired', async () => {
    const h = await aDesk();
    const { ticketId } = await h.handOff(aPost());
    const stale = blockActionPayload({ action_id: 'pronto_edit_send', value: ticketId, channel: HANDOFFS, trigger_id: makeTriggerId(Date.now() - 4_000) });
    expect((await h.post(stale)).status).toBe(200);
    await h.slack.waitFor((f) => f.ephemerals.length > 0);
    expect(h.slack.ephemerals[0]?.text).toMatch(/edit window did not open \(.*expired_trigger_id\).*click \*Edit and send\* again/);
  });

  it('adds no second turn and keeps the original reasons when the same message is handed off again after its reply failed', async () => {
    const h = await aDesk();
    const post = aPost();
    const { ticketId, threadTs } = await h.handOff(post, { reasons: ['complaint'] });
    const again = await h.handOff(post, { reasons: ['delivery-failed', 'x_forbidden'], draft: 'Ciao Giulia! Ti rispondiamo in DM.' });
    expect(again.ticketId).toBe(ticketId);
    const ticket = await h.tickets.load(ticketId);
    expect(ticket?.transcript.filter((turn) => turn.from === 'customer')).toHaveLength(1);
    expect(ticket?.reasons).toEqual(['complaint', 'delivery-failed', 'x_forbidden']);
    expect(ticket?.draft).toBe('Ciao! Ci dispiace, controlliamo subito.');
    expect(h.thread(threadTs)).toEqual([
      ":warning: More reasons for this message: delivery-failed, x_forbidden (the bot's reply did not reach the customer).",
    ]);
    expect(JSON.stringify(card(h).blocks)).toContain('HIGH · complaint, delivery-failed, x_forbidden');
  });

  it("escapes and masks the customer's name, handle and words on every path to Slack when they are hostile", async () => {
    const opened = new Date();
    const h = await aDesk({ now: opened, onCallGroup: 'S0ONCALL' });
    const author = { id: '99', name: HOSTILE_NAME, handle: HOSTILE_HANDLE };
    const { ticketId, threadTs } = await h.handOff(aPost({ author, text: HOSTILE_TEXT }), { draft: 'Ciao! Ti scriviamo in DM.' });
    await h.handOff(aPost({ id: '1860013', author, text: `ancora: ${HOSTILE_TEXT}` }));
    // The agent types while the bot still owns the conversation: a private choice naming the customer.
    await agentWrites(h, threadTs, 'Ci penso io', {}, 'U0MARTA');
    await h.slack.waitFor((f) => f.ephemerals.length === 1);
    // Deadlines: high priority on X is 30 minutes, reminded at three quarters.
    h.setNow(new Date(opened.getTime() + 23 * 60_000));
    await h.desk.sweepDeadlines();
    h.setNow(new Date(opened.getTime() + 31 * 60_000));
    await h.desk.sweepDeadlines();
    const queue = await h.post(slashCommand({ text: 'queue' }));
    await click(h, 'pronto_take_over', ticketId);
    await h.desk.relayCustomerMessage!(aPost({ id: '1860014', author, text: `e poi ${HOSTILE_TEXT}` }));
    h.channel.failNext(new ChannelError('x_failed', `X said no to ${HOSTILE_TEXT}`));
    await agentWrites(h, threadTs, 'Giulia, controllo io.');
    await h.slack.waitFor(threadHas(h, threadTs, /not sent/));
    await agentWrites(h, threadTs, 'Giulia, ci sono: controllo io.');
    await h.slack.waitFor(threadHas(h, threadTs, /sent to/));

    const posted = h.slack.calls.filter((call) => /^chat\./.test(call.method)).map((call) => call.body);
    expect(posted.length).toBeGreaterThan(8);
    expectSafeForSlack(JSON.stringify(posted));
    expectSafeForSlack(queue.body);
    expect(h.thread(threadTs).join('\n')).toContain('&lt;!here&gt; Mario &lt;!subteam^S123&gt; (@&lt;@U123&gt;): ancora: &lt;!channel&gt;');
    expect(JSON.stringify(posted)).toContain('m***@example.it');
  });

  it('stays within Block Kit limits when the customer writes a lot, for a long time', async () => {
    const h = await aDesk();
    const flood = `R&D <b> ${PERSONAL_DATA.email} `.repeat(400);
    const author = { id: '77', name: 'N'.repeat(300), handle: 'h'.repeat(300) };
    const { ticketId, threadTs } = await h.handOff(aPost({ author, text: flood }), { draft: `${'d'.repeat(5_000)} &<>` });
    for (let turn = 1; turn <= 15; turn += 1) await h.handOff(aPost({ id: `18600${20 + turn}`, author, text: `${turn} ${flood}` }));
    await h.desk.relayCustomerMessage!(aPost({ id: '1860099', author, text: flood }));
    await h.post(blockActionPayload({ action_id: 'pronto_edit_send', value: ticketId, channel: HANDOFFS }));
    await h.slack.waitFor((f) => f.viewsOpened.length === 1);

    const refused = h.slack.calls.filter((call) => (call.response as { ok?: boolean } | undefined)?.ok === false);
    expect(refused.map((call) => `${call.method}: ${JSON.stringify(call.response)}`)).toEqual([]);
    expect(h.thread(threadTs)).toHaveLength(16);
  });
});
