// A Bot Framework message activity as Pronto's inbound message (DESIGN §3 and §9): a personal
// chat is private (`dm`), a group chat or a Teams channel is public (`mention`) and reaches the
// bot only when it is @mentioned, the mention removed from the text.
import type { Activity, ChannelAccount } from '@microsoft/agents-activity';
import type { Author } from '../../core/model.ts';
import { BOTFRAMEWORK_CHANNEL_ID, isGroupConversation, type BotFrameworkMessage } from './conversation-reference.ts';

/** Why a message activity is acknowledged without reaching the responder. */
export type IgnoredReason = 'not-mentioned' | 'own-message' | 'empty';

export type NormalizedMessage = { message: BotFrameworkMessage } | { ignored: IgnoredReason };

/**
 * Teams adds the message's own HTML as a `text/html` attachment, and cards are the bot's, not the
 * customer's: neither is a file the customer sent.
 */
const NOT_A_FILE = /^(text\/html|application\/vnd\.microsoft\.card\.)/i;

export function normalizeMessage(activity: Activity, now: Date): NormalizedMessage {
  const { conversation, from, recipient } = activity;
  if (!conversation || !from || !recipient) throw new TypeError('normalizeMessage needs an activity checked by readActivity');
  if (from.id === recipient.id) return { ignored: 'own-message' };
  const group = isGroupConversation(conversation);
  const mentioned = mentionsRecipient(activity);
  // In a group the bot speaks only when spoken to (Teams delivers the rest only with extra permissions).
  if (group && !mentioned) return { ignored: 'not-mentioned' };
  const text = cleanText(mentioned ? activity.removeRecipientMention() : (activity.text ?? ''));
  const attachments = (activity.attachments ?? [])
    .filter((attachment) => !NOT_A_FILE.test(attachment.contentType ?? ''))
    .map((attachment) => attachment.name ?? attachment.contentType ?? 'file');
  // A card's button press or an empty message: nothing for the bot to read, nobody to hand it to.
  if (text === '' && attachments.length === 0) return { ignored: 'empty' };
  return {
    message: {
      id: messageIdOf(activity),
      channel: BOTFRAMEWORK_CHANNEL_ID,
      kind: group ? 'mention' : 'dm',
      conversationId: conversation.id,
      author: authorOf(from),
      text,
      at: timeOf(activity.timestamp, now),
      ...(attachments.length > 0 ? { attachments } : {}),
      conversationReference: activity.getConversationReference(),
    },
  };
}

/**
 * Unique across conversations: Teams numbers messages by time, so two conversations can share an
 * activity id. Direct Line's ids (`<conversation id>|0000001`) already are.
 */
export function messageIdOf(activity: Activity): string {
  const id = activity.id ?? '';
  const conversationId = activity.conversation?.id ?? '';
  return id.startsWith(conversationId) ? id : `${conversationId}|${id}`;
}

function mentionsRecipient(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return activity.getMentions(activity).some((mention) => mention.mentioned?.id === botId);
}

function authorOf(from: ChannelAccount): Author {
  const id = from.id ?? '';
  const name = from.name?.trim();
  return name ? { id, name } : { id };
}

/** Teams writes spaces around mentions as non-breaking ones. */
function cleanText(text: string): string {
  return text.replace(/&nbsp;|\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim();
}

function timeOf(timestamp: Date | string | undefined, now: Date): string {
  const time = timestamp === undefined ? Number.NaN : new Date(timestamp).getTime();
  return new Date(Number.isFinite(time) ? time : now.getTime()).toISOString();
}
