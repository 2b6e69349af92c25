// The turns a conversation's history is made of (ConversationStore.appendTurn), built in one
// place so every writer (the responder, the delivery pipeline, the replay, the desk) gives each
// the same id and a retried message or send is kept once.
import type { DmAction, InboundMessage, ReplyAction } from './model.ts';
import type { ConversationTurn } from './ports.ts';

/** The customer's message as a turn; its id is the message id. */
export function customerTurnOf(message: InboundMessage): ConversationTurn {
  return { from: 'customer', text: message.text, at: message.at, id: message.id };
}

/** What the bot sent for action `index` of a message, delivered at `at`. */
export function botTurnOf(action: ReplyAction | DmAction, index: number, at: Date): ConversationTurn {
  return { from: 'bot', text: action.text, at: at.toISOString(), id: `${action.event}#${index}`, kind: action.type };
}

/** The post the customer replied to or quoted (on X), as a turn; its id is the post's. */
export function referencedTurnOf(message: InboundMessage): ConversationTurn | undefined {
  const post = message.refersTo;
  if (post === undefined) return undefined;
  const turn: ConversationTurn = { from: 'referenced', text: post.text, at: post.at ?? message.at, id: `post:${post.id}` };
  if (post.authorHandle !== undefined) turn.author = post.authorHandle;
  return turn;
}
