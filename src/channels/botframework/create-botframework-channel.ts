// The Bot Framework channel's sender: every reply goes out proactively from the stored
// conversation reference (adapter.continueConversation), so it is the same Bot Connector call
// (POST {serviceUrl}/v3/conversations/{id}/activities/{replyToId}) whichever replica sends it,
// now or after a restart. Markdown where the channel renders it; plain text elsewhere. "Typing…"
// goes out the same way while an answer takes a while (show-typing.ts).
import { randomUUID } from 'node:crypto';
import { Activity, type ConversationParameters, type ConversationReference } from '@microsoft/agents-activity';
import type { CloudAdapter, ConnectorClient, ResourceResponse, TurnContext } from '@microsoft/agents-hosting';
import type { DmAction, ReplyAction } from '../../core/model.ts';
import type { CustomerChannel, Delivery, ReplyAddress } from '../../core/ports.ts';
import type { ChannelError } from '../../errors.ts';
import { stripMarkdown } from '../../knowledge/strip-markdown.ts';
import type { ConnectorHealth } from './connector-health.ts';
import { BOTFRAMEWORK_CHANNEL_ID, isGroupConversation, referenceOf, replyAddressOf } from './conversation-reference.ts';
import { mapConnectorError } from './map-connector-error.ts';
import { SHOW_TYPING_DEFAULTS, showTyping } from './show-typing.ts';

export interface BotFrameworkChannelDeps {
  adapter: CloudAdapter;
  /** The bot's app id; `{}` in anonymous local mode (the SDK refuses an empty id string). */
  identity: BotIdentity;
  health: ConnectorHealth;
  /** Epoch milliseconds, for Retry-After dates. */
  now?: () => number;
  /** A typing indicator that could not be sent (best effort: the answer still goes). */
  onTypingFailed?: (error: ChannelError) => void;
}

/** What continueConversation takes as the bot: its app id, or the claims of an identity. */
export type BotIdentity = Parameters<CloudAdapter['continueConversation']>[0];

export interface BotFrameworkChannel extends CustomerChannel {
  /** Sends any activity (an event, a typing indicator) into the conversation of `reference`. */
  sendActivity(reference: ConversationReference, activity: Partial<Activity>): Promise<Delivery>;
}

/**
 * Channels whose clients render markdown: Teams, Web Chat and Direct Line clients built on it,
 * the Emulator and the Agents Playground (textFormat, learn.microsoft.com/azure/bot-service/
 * bot-service-channels-reference). Others (SMS, e-mail...) get plain text.
 */
const MARKDOWN_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'm365']);

/** A text message for `channelId`, markdown kept where it renders. */
export function messageActivity(text: string, channelId: string | undefined): Partial<Activity> {
  const markdown = MARKDOWN_CHANNELS.has((channelId ?? '').split(':')[0]!.toLowerCase());
  return markdown
    ? { type: 'message', text, textFormat: 'markdown' }
    : { type: 'message', text: text.split(/\n\s*\n/).map(stripMarkdown).join('\n\n'), textFormat: 'plain' };
}

/**
 * Sends an activity Pronto built into the conversation of the turn, through the turn's Bot
 * Connector client: the POST TurnContext.sendActivity makes (a reply to the turn's activity, or
 * to the conversation when there is none), without validating Pronto's own activity again
 * against the SDK's schema, which costs more than the rest of a send.
 */
export function sendInTurn(adapter: CloudAdapter, context: TurnContext, fields: Partial<Activity>): Promise<ResourceResponse> {
  const activity = Object.assign(new Activity(fields.type ?? 'message'), fields).applyConversationReference(context.activity.getConversationReference());
  const client = context.turnState.get<ConnectorClient>(adapter.ConnectorClientKey);
  const conversationId = activity.conversation?.id ?? '';
  return activity.replyToId ? client.replyToActivity(conversationId, activity.replyToId, activity) : client.sendToConversation(conversationId, activity);
}

export function createBotFrameworkChannel(deps: BotFrameworkChannelDeps): BotFrameworkChannel {
  const { adapter, identity, health } = deps;
  const anonymous = typeof identity !== 'string';

  /** One proactive turn on the conversation of `reference`; failures mapped, credentials tracked. */
  async function deliver(reference: ConversationReference, work: (context: TurnContext) => Promise<ResourceResponse | undefined>): Promise<Delivery> {
    let response: ResourceResponse | undefined;
    try {
      await adapter.continueConversation(identity, reference, async (context) => {
        response = await work(context);
      });
    } catch (error) {
      const mapped = mapConnectorError(error, { anonymous, ...(deps.now ? { now: deps.now } : {}) });
      health.note(mapped);
      throw mapped;
    }
    health.note('ok');
    // Some channels answer without an id (the Emulator, Direct Line ASE): the send still happened.
    return { id: response?.id || `botframework-${randomUUID()}` };
  }

  /**
   * A DM asked from a group chat or a Teams channel: a new one-to-one conversation with the author
   * (POST /v3/conversations, Teams' proactive 1:1 message), in the same tenant.
   */
  function sendPrivately(reference: ConversationReference, userId: string, activity: Partial<Activity>): Promise<Delivery> {
    return deliver(reference, async (context) => {
      const client = context.turnState.get<ConnectorClient>(adapter.ConnectorClientKey);
      const tenantId = reference.conversation.tenantId;
      const parameters = {
        isGroup: false,
        members: [{ id: userId }],
        // The wire name is `bot` (Connector API, ConversationParameters); the SDK calls it `agent`.
        bot: reference.agent,
        agent: reference.agent ?? undefined,
        ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : { channelData: undefined }),
      } as unknown as ConversationParameters;
      const created = await client.createConversation(parameters);
      const direct = Activity.fromObject({
        ...activity,
        channelId: reference.channelId,
        serviceUrl: reference.serviceUrl,
        conversation: { id: created.id, ...(tenantId ? { tenantId } : {}) },
        from: reference.agent ?? undefined,
        recipient: { id: userId },
      } as never);
      return client.sendToConversation(created.id, direct);
    });
  }

  return {
    id: BOTFRAMEWORK_CHANNEL_ID,
    replyAddressOf,
    async send(action: ReplyAction | DmAction, address: ReplyAddress): Promise<Delivery> {
      const reference = referenceOf(address);
      const activity = messageActivity(action.text, reference.channelId);
      if (action.type === 'dm' && isGroupConversation(reference.conversation)) {
        return sendPrivately(reference, action.to || reference.user?.id || '', activity);
      }
      return deliver(reference, (context) => sendInTurn(adapter, context, activity));
    },
    sendActivity(reference, activity) {
      return deliver(reference, (context) => sendInTurn(adapter, context, activity));
    },
    showWorking(message) {
      // Most answers come before the first indicator is due: the reference is built only then.
      const sendTyping = () =>
        deliver(referenceOf(replyAddressOf(message)), (context) => sendInTurn(adapter, context, { type: 'typing' })).then(
          () => undefined,
          (error: ChannelError) => deps.onTypingFailed?.(error),
        );
      return showTyping(sendTyping, SHOW_TYPING_DEFAULTS);
    },
  };
}
