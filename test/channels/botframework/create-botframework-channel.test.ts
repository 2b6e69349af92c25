// The sender against the fake Bot Connector, through the SDK's real CloudAdapter (anonymous, as
// in local mode): what goes on the wire, and what each refusal becomes.
import { Activity } from '@microsoft/agents-activity';
import { CloudAdapter } from '@microsoft/agents-hosting';
import { afterEach, describe, expect, it } from 'vitest';
import type { DmAction, ReplyAction } from '../../../src/core/model.ts';
import { createConnectorHealth } from '../../../src/channels/botframework/connector-health.ts';
import { replyAddressOf } from '../../../src/channels/botframework/conversation-reference.ts';
import { createBotFrameworkChannel } from '../../../src/channels/botframework/create-botframework-channel.ts';
import { normalizeMessage } from '../../../src/channels/botframework/normalize-message.ts';
import { ChannelError } from '../../../src/errors.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../../support/fake-bot-connector.ts';
import { aTeamsChannelMessage, aWebChatMessage } from '../../support/bot-activities.ts';

const connectors: FakeBotConnector[] = [];
afterEach(async () => {
  await Promise.all(connectors.splice(0).map((connector) => connector.close()));
});

async function setUp() {
  const connector = await startFakeBotConnector();
  connectors.push(connector);
  const adapter = new CloudAdapter({});
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  const health = createConnectorHealth();
  const channel = createBotFrameworkChannel({ adapter, identity: {}, health, now: () => Date.parse('2026-11-20T09:00:00Z') });
  const addressOf = (raw: Record<string, unknown>) => {
    const normalized = normalizeMessage(Activity.fromObject(raw as never), new Date());
    if (!('message' in normalized)) throw new Error('not a message');
    return replyAddressOf(normalized.message);
  };
  return { connector, channel, health, addressOf };
}

function aReply(text: string, type: 'reply' | 'dm' = 'reply'): ReplyAction | DmAction {
  return { event: 'e1', type, channel: 'botframework', to: 'user-mario', lang: 'it', text, sources: [] } as ReplyAction | DmAction;
}

async function failureOf(work: Promise<unknown>): Promise<ChannelError> {
  const error = await work.then(() => undefined, (failure: unknown) => failure);
  if (!(error instanceof ChannelError)) throw new Error(`expected a ChannelError, got ${String(error)}`);
  return error;
}

describe('createBotFrameworkChannel', () => {
  it('replies to the message in its conversation, in markdown, and returns the connector’s id', async () => {
    const { connector, channel, addressOf } = await setUp();
    const address = addressOf(aWebChatMessage(connector.serviceUrl, { conversationId: 'c1', id: 'c1|0000007' }));
    const delivery = await channel.send(aReply('Puoi ricaricare **dall’app**.\n\nOppure online.'), address);
    expect(delivery).toEqual({ id: 'activity-1' });
    expect(connector.activities).toEqual([
      expect.objectContaining({
        conversationId: 'c1',
        replyToId: 'c1|0000007',
        activity: expect.objectContaining({ type: 'message', text: 'Puoi ricaricare **dall’app**.\n\nOppure online.', textFormat: 'markdown', from: { id: 'bot-pronto', name: 'Pronto' } }),
      }),
    ]);
  });

  it('sends plain text, paragraphs kept, where the channel does not render markdown', async () => {
    const { connector, channel, addressOf } = await setUp();
    const address = addressOf({ ...aWebChatMessage(connector.serviceUrl, { conversationId: 'sms-1' }), channelId: 'sms' });
    await channel.send(aReply('Ricarica **dall’app**: [guida](https://lumo.example/ricarica).\n\n- veloce'), address);
    expect(connector.activities[0]!.activity).toMatchObject({ textFormat: 'plain', text: 'Ricarica dall’app: guida (https://lumo.example/ricarica).\n\nveloce' });
  });

  it('opens a one-to-one conversation with the author for a DM asked in a Teams channel', async () => {
    const { connector, channel, addressOf } = await setUp();
    const address = addressOf(aTeamsChannelMessage(connector.serviceUrl, { text: 'rimborso?', mentioned: true, id: '1700000000002' }));
    await channel.send({ ...aReply('Scrivici qui i dettagli.', 'dm'), to: '29:user-anna' }, address);
    expect(connector.createdConversations).toEqual([
      { id: 'a:created-1', parameters: expect.objectContaining({ isGroup: false, members: [{ id: '29:user-anna' }], bot: expect.objectContaining({ id: expect.stringMatching(/^28:/) }), tenantId: 'tenant-1' }) },
    ]);
    expect(connector.messages('a:created-1')).toEqual([expect.objectContaining({ activity: expect.objectContaining({ text: 'Scrivici qui i dettagli.' }) })]);
  });

  it.each([
    [{ status: 404 }, 'botframework_conversation_gone', false, /no longer exists for the bot \(404 ConversationNotFound/],
    [{ status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } } }, 'botframework_conversation_gone', false, /removed or blocked the bot/],
    [{ status: 403 }, 'botframework_auth_failed', false, /admin disabled the bot \(403 BotDisabledByAdmin/],
    [{ status: 403, body: { error: { code: 'Forbidden', message: 'Access denied.' } } }, 'botframework_auth_failed', false, /refused Pronto's credentials \(403 Forbidden: Access denied\.\)/],
    [{ status: 401 }, 'botframework_auth_failed', false, /refused Pronto's credentials \(401 BotNotRegistered.*without a client id/],
    [{ status: 412 }, 'botframework_unavailable', true, /412 PreconditionFailed/],
    [{ status: 502 }, 'botframework_unavailable', true, /502 ServiceError/],
    [{ status: 413 }, 'botframework_text_too_long', false, /MessageSizeTooBig/],
    [{ status: 400 }, 'botframework_rejected', false, /400 BadArgument/],
  ])('maps the connector’s %j to %s', async (failure, code, retryable, message) => {
    const { connector, channel, addressOf } = await setUp();
    connector.failNext({}, failure);
    const error = await failureOf(channel.send(aReply('ciao'), addressOf(aWebChatMessage(connector.serviceUrl))));
    expect(error).toMatchObject({ code, retryable });
    expect(error.message).toMatch(message);
  });

  it('waits as long as Retry-After says on 429, in seconds or as a date', async () => {
    const { connector, channel, addressOf } = await setUp();
    const address = addressOf(aWebChatMessage(connector.serviceUrl));
    connector.failNext({}, { status: 429, headers: { 'Retry-After': '3' } });
    expect(await failureOf(channel.send(aReply('ciao'), address))).toMatchObject({ code: 'botframework_rate_limited', retryAfterMs: 3_000 });
    connector.failNext({}, { status: 429, headers: { 'Retry-After': 'Fri, 20 Nov 2026 09:00:10 GMT' } });
    expect(await failureOf(channel.send(aReply('ciao'), address))).toMatchObject({ retryAfterMs: 10_000 });
    connector.failNext({}, { status: 429 });
    expect(await failureOf(channel.send(aReply('ciao'), address))).toMatchObject({ retryAfterMs: 2_000 });
  });

  it('retries when the connector cannot be reached, and keeps readiness for refused credentials only', async () => {
    const { connector, channel, health, addressOf } = await setUp();
    const address = addressOf(aWebChatMessage(connector.serviceUrl));
    await connector.close();
    expect(await failureOf(channel.send(aReply('ciao'), address))).toMatchObject({ code: 'botframework_unavailable', retryable: true });
    expect(() => health.assertHealthy()).not.toThrow();
  });

  it('refuses a reply address of another channel or without a reference', async () => {
    const { channel } = await setUp();
    expect(await failureOf(channel.send(aReply('ciao'), { channel: 'twitter', data: { tweetId: '1' } }))).toMatchObject({ code: 'botframework_address_invalid' });
    expect(await failureOf(channel.send(aReply('ciao'), { channel: 'botframework', data: { reference: '{}' } }))).toMatchObject({ code: 'botframework_address_invalid' });
  });
});
