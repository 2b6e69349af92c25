// The Facebook channel on the real wire: plain fetch against the fake Graph API, which applies
// Meta's rules (private replies, the Messenger windows, usage limits, token expiry).
import { afterEach, describe, expect, it } from 'vitest';
import { createFacebookChannel } from '../../../src/channels/facebook/create-facebook-channel.ts';
import { createGraphClient } from '../../../src/channels/facebook/create-graph-client.ts';
import type { DmAction, InboundMessage, ReplyAction } from '../../../src/core/model.ts';
import type { CustomerChannel } from '../../../src/core/ports.ts';
import type { ChannelError } from '../../../src/errors.ts';
import { startFakeGraphApi, type FakeComment, type FakeGraphApi } from '../../support/fake-graph-api.ts';

const HOUR = 60 * 60 * 1000;
const fakes: FakeGraphApi[] = [];
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.close();
});

async function setUp(options: { humanAgentTag?: boolean } = {}) {
  const clock = { now: Date.parse('2026-11-20T09:00:00Z') };
  const fake = await startFakeGraphApi({ now: () => clock.now });
  fakes.push(fake);
  const graph = createGraphClient({ graphUrl: fake.baseUrl, graphVersion: 'v25.0', accessToken: 'test-page-token', now: () => clock.now });
  const channel = createFacebookChannel({ graph, pageId: fake.page.id, humanAgentTag: options.humanAgentTag ?? false, now: () => clock.now });
  return { fake, graph, channel, clock };
}

function commentMessage(comment: FakeComment, conversationId = comment.id): InboundMessage {
  return { id: comment.id, channel: 'facebook', kind: 'mention', conversationId, author: { id: comment.from.id }, text: comment.message ?? '', at: comment.createdTime };
}

function messengerMessage(psid: string, at: string, id = 'm_1'): InboundMessage {
  return { id, channel: 'facebook', kind: 'dm', conversationId: psid, author: { id: psid }, text: 'ciao', at };
}

const reply = (text: string, event = 'e1'): ReplyAction => ({ event, type: 'reply', channel: 'facebook', to: 'x', lang: 'it', text, sources: [] });
const dm = (text: string, event = 'e1'): DmAction => ({ event, type: 'dm', channel: 'facebook', to: 'x', lang: 'it', text, sources: [] });

async function failure(promise: Promise<unknown>): Promise<ChannelError> {
  try {
    await promise;
  } catch (error) {
    return error as ChannelError;
  }
  throw new Error('expected the send to fail');
}

function send(channel: CustomerChannel, message: InboundMessage, action: ReplyAction | DmAction) {
  return channel.send(action, channel.replyAddressOf(message));
}

describe('createFacebookChannel', () => {
  it('answers a comment in its thread, on the pinned version with the token in the Authorization header', async () => {
    const { fake, channel } = await setUp();
    const comment = fake.addComment({ text: 'come ricarico?' });

    const delivery = await send(channel, commentMessage(comment), reply('Ciao! Dall\'app, sezione Ricarica.'));

    expect(fake.pageComments).toEqual([expect.objectContaining({ id: delivery.id, parentId: comment.id, message: "Ciao! Dall'app, sezione Ricarica." })]);
    const request = fake.requests.find((r) => r.method === 'POST')!;
    expect(request).toMatchObject({ path: `/v25.0/${comment.id}/comments`, version: 'v25.0' });
    expect(request.headers.authorization).toBe('Bearer test-page-token');
    expect(request.query.access_token).toBeUndefined();
  });

  it('answers a reply to a comment in the top-level comment thread', async () => {
    const { fake, channel } = await setUp();
    const top = fake.addComment();
    const answer = fake.addComment({ replyTo: top.id, text: 'e per la SIM dati?' });

    await send(channel, commentMessage(answer, top.id), reply('Anche per la SIM dati.'));

    expect(fake.pageComments[0]?.parentId).toBe(top.id);
  });

  it('moves a comment to Messenger with its one private reply, and never sends a second one', async () => {
    const { fake, channel } = await setUp();
    const comment = fake.addComment({ text: 'il mio numero è 3331234567' });

    const delivery = await send(channel, commentMessage(comment), dm('Ciao, proseguiamo qui in privato.'));

    expect(fake.sentMessages).toEqual([expect.objectContaining({ mid: delivery.id, commentId: comment.id, text: 'Ciao, proseguiamo qui in privato.' })]);
    const second = await failure(send(channel, commentMessage(comment), dm('Ancora io.')));
    // The conversation it opened takes the rest, once the customer answered there.
    expect(second).toMatchObject({ code: 'facebook_window_closed', retryable: false });
    expect(fake.requests.filter((r) => r.method === 'POST' && JSON.stringify(r.body).includes('comment_id'))).toHaveLength(2);
    expect(fake.sentMessages).toHaveLength(1);
  });

  it("continues in the private reply's Messenger conversation once the customer answered it", async () => {
    const { fake, channel } = await setUp();
    const comment = fake.addComment({ text: 'il mio ordine 1234 non è arrivato' });
    await send(channel, commentMessage(comment), dm('Ciao, ci scrivi qui il numero d\'ordine?'));
    const psid = fake.sentMessages[0]!.toId;
    fake.addUserMessage({ from: { psid }, text: 'è il 1234' });

    const delivery = await send(channel, commentMessage(comment), dm('Grazie, lo verifichiamo subito.'));

    expect(fake.sentMessages).toHaveLength(2);
    expect(fake.sentMessages[1]).toMatchObject({ mid: delivery.id, toId: psid, messagingType: 'RESPONSE', text: 'Grazie, lo verifichiamo subito.' });
    expect(fake.sentMessages[1]).not.toHaveProperty('commentId');
  });

  it("says why when the comment had its private reply and the customer has not answered it, and tags an agent's reply when enabled", async () => {
    const { fake, channel } = await setUp();
    const comment = fake.addComment();
    await send(channel, commentMessage(comment), dm('Ciao, proseguiamo qui.'));

    const bot = await failure(send(channel, commentMessage(comment), dm('Ancora il bot.')));
    expect(bot).toMatchObject({ code: 'facebook_window_closed' });
    expect(bot.message).toMatch(/already had its private reply, and the customer has not written in Messenger within 24 hours/);

    const tagged = await setUp({ humanAgentTag: true });
    const other = tagged.fake.addComment();
    await send(tagged.channel, commentMessage(other), dm('Ciao, proseguiamo qui.'));
    // Meta refuses a tagged message too until the person wrote once: the tag extends a window, it opens none.
    await expect(send(tagged.channel, commentMessage(other), dm('Sono Marta.', 'agent-t1-1'))).rejects.toMatchObject({ code: 'facebook_window_closed' });
    tagged.fake.addUserMessage({ from: { psid: tagged.fake.sentMessages[0]!.toId }, createdTime: new Date(tagged.clock.now - 30 * HOUR).toISOString() });
    await send(tagged.channel, commentMessage(other), dm('Sono Marta.', 'agent-t1-1'));
    expect(tagged.fake.sentMessages.at(-1)).toMatchObject({ messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', text: 'Sono Marta.' });
  });

  it('does not try a private reply more than 7 days after the comment, and says why', async () => {
    const { fake, channel, clock } = await setUp();
    const comment = fake.addComment();
    clock.now += 7 * 24 * HOUR + 1;

    const error = await failure(send(channel, commentMessage(comment), dm('Ciao!')));

    expect(error).toMatchObject({ code: 'facebook_window_closed', retryable: false });
    expect(error.message).toMatch(/within 7 days of the comment/);
    expect(fake.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('answers in Messenger as a RESPONSE inside the 24-hour window', async () => {
    const { fake, channel } = await setUp();
    const incoming = fake.addUserMessage({ text: 'come ricarico?' });

    const delivery = await send(channel, messengerMessage(incoming.fromId, incoming.createdTime), reply('Dall\'app.'));

    expect(fake.sentMessages).toEqual([expect.objectContaining({ mid: delivery.id, toId: incoming.fromId, messagingType: 'RESPONSE' })]);
    expect(fake.requests.at(-1)?.body).toEqual({ recipient: { id: incoming.fromId }, messaging_type: 'RESPONSE', message: { text: "Dall'app." } });
  });

  it('tags an agent reply HUMAN_AGENT after 24 hours when the tag is enabled, within 7 days', async () => {
    const { fake, channel, clock } = await setUp({ humanAgentTag: true });
    const incoming = fake.addUserMessage();
    const message = messengerMessage(incoming.fromId, incoming.createdTime);
    clock.now += 30 * HOUR;

    await send(channel, message, reply('Ciao, sono Marta.', 'agent-t1-1'));
    expect(fake.sentMessages.at(-1)).toMatchObject({ messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });

    const bot = await failure(send(channel, message, reply('Risposta automatica.', 'm_1')));
    expect(bot.message).toMatch(/automated replies within 24 hours/);
    clock.now += 6 * 24 * HOUR;
    const late = await failure(send(channel, message, reply('Ciao di nuovo.', 'agent-t1-2')));
    expect(late).toMatchObject({ code: 'facebook_window_closed' });
    expect(late.message).toMatch(/HUMAN_AGENT tag within 7 days/);
  });

  it('tells the agent the window closed and how to enable the tag when it is off, without calling Meta', async () => {
    const { fake, channel, clock } = await setUp();
    const incoming = fake.addUserMessage();
    clock.now += 25 * HOUR;
    const before = fake.requests.length;

    const error = await failure(send(channel, messengerMessage(incoming.fromId, incoming.createdTime), reply('Ciao.', 'agent-t1-1')));

    expect(error.message).toMatch(/window is closed: the customer last wrote 25 h ago; .*FACEBOOK_HUMAN_AGENT_TAG=true/);
    expect(fake.requests.length).toBe(before);
  });

  it('hands a reply to a deleted comment to a person as gone', async () => {
    const { fake, channel } = await setUp();
    const comment = fake.addComment();
    fake.deleteComment(comment.id);

    expect(await failure(send(channel, commentMessage(comment), reply('Ciao!')))).toMatchObject({ code: 'facebook_target_gone', retryable: false });
  });

  it('finds what a crashed sender already delivered: the thread reply, the private reply, the Messenger message', async () => {
    const { fake, channel } = await setUp();
    const comment = fake.addComment();
    const incoming = fake.addUserMessage();
    const byComment = commentMessage(comment);
    const byMessenger = messengerMessage(incoming.fromId, incoming.createdTime);
    fake.failNext({ method: 'POST' }, { dropAfterHandling: true }, 3);
    for (const [message, action] of [[byComment, reply('Eccoci.')], [byComment, dm('In privato.')], [byMessenger, reply('Eccoci.')]] as const) {
      await expect(send(channel, message, action)).rejects.toMatchObject({ code: 'facebook_unavailable', retryable: true });
    }

    const address = (message: InboundMessage) => channel.replyAddressOf(message);
    expect(await channel.findDelivered!(reply('Eccoci.'), address(byComment), byComment.at)).toEqual({ id: fake.pageComments[0]!.id });
    const privateReply = fake.sentMessages.find((message) => message.commentId === comment.id)!;
    expect(await channel.findDelivered!(dm('In privato.'), address(byComment), byComment.at)).toEqual({ id: privateReply.mid });
    expect(await channel.findDelivered!(dm('Un altro testo.'), address(byComment), byComment.at)).toBeUndefined();
    expect(await channel.findDelivered!(reply('Eccoci.'), address(byMessenger), byMessenger.at)).toEqual({ id: fake.sentMessages.at(-1)!.mid });
    expect(await channel.findDelivered!(reply('Altro testo.'), address(byComment), byComment.at)).toBeUndefined();
  });

  it('holds calls back while the usage headers say the limit is reached, without asking Meta', async () => {
    const { fake, channel } = await setUp();
    const comment = fake.addComment();
    fake.setUsage({ business: 100, regainMinutes: 9 });
    await expect(send(channel, commentMessage(comment), reply('Ciao!'))).rejects.toMatchObject({ code: 'facebook_rate_limited', retryAfterMs: 9 * 60_000 });
    const before = fake.requests.length;

    const held = await failure(send(channel, commentMessage(comment), reply('Ciao!')));

    expect(held).toMatchObject({ code: 'facebook_rate_limited', retryable: true });
    expect(held.retryAfterMs).toBeGreaterThan(8 * 60_000);
    expect(fake.requests.length).toBe(before);
  });

  it('reports an expired Page token with the fix until a call works again', async () => {
    const { fake, channel, graph } = await setUp();
    const comment = fake.addComment();
    fake.expireToken();

    await expect(send(channel, commentMessage(comment), reply('Ciao!'))).rejects.toMatchObject({ code: 'facebook_auth_failed' });
    expect(graph.authProblem()).toMatch(/it expired; create a new Page access token/);
    fake.renewToken();
    await send(channel, commentMessage(comment), reply('Ciao!'));
    expect(graph.authProblem()).toBeUndefined();
  });
});
