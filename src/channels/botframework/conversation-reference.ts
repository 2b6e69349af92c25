// The reply address of a Bot Framework conversation is its conversation reference (the bot, the
// user, the conversation, the channel and its serviceUrl), as the SDK's getConversationReference
// gives it: stored with the conversation, it lets any replica answer later, after a restart too.
import type { ConversationAccount, ConversationReference } from '@microsoft/agents-activity';
import type { InboundMessage } from '../../core/model.ts';
import type { ReplyAddress } from '../../core/ports.ts';
import { ChannelError } from '../../errors.ts';

export const BOTFRAMEWORK_CHANNEL_ID = 'botframework';

/**
 * A Bot Framework message as it travels through the queue: the normalized message plus the
 * reference of its activity (core ignores the extra field; the queue keeps it, being JSON).
 */
export interface BotFrameworkMessage extends InboundMessage {
  conversationReference: ConversationReference;
}

export function replyAddressOf(message: InboundMessage): ReplyAddress {
  const reference = (message as Partial<BotFrameworkMessage>).conversationReference;
  if (!isReference(reference)) {
    throw invalidAddress(`message ${message.id} carries no conversation reference (it did not come through /api/messages)`);
  }
  return { channel: BOTFRAMEWORK_CHANNEL_ID, data: { reference: JSON.stringify(reference) } };
}

export function referenceOf(address: ReplyAddress): ConversationReference {
  if (address.channel !== BOTFRAMEWORK_CHANNEL_ID) throw invalidAddress(`it belongs to channel "${address.channel}"`);
  let reference: unknown;
  try {
    reference = JSON.parse(address.data.reference ?? '');
  } catch {
    throw invalidAddress('the stored conversation reference is not JSON');
  }
  if (!isReference(reference)) throw invalidAddress('the stored conversation reference lacks serviceUrl or conversation');
  return reference;
}

/** Group chats and Teams channels are public: everyone in them reads the bot's replies. */
export function isGroupConversation(conversation: Pick<ConversationAccount, 'isGroup' | 'conversationType'> | undefined): boolean {
  const type = conversation?.conversationType;
  return conversation?.isGroup === true || type === 'channel' || type === 'groupChat';
}

function isReference(value: unknown): value is ConversationReference {
  const reference = value as Partial<ConversationReference> | null | undefined;
  return typeof reference?.serviceUrl === 'string' && typeof reference.conversation?.id === 'string';
}

function invalidAddress(why: string): ChannelError {
  return new ChannelError('botframework_address_invalid', `cannot answer on Bot Framework with this reply address: ${why}`, {
    retryable: false,
  });
}
