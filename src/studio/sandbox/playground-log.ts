// The playground's conversations as people follow them: what the customer wrote, what the bot
// made of it and did, what reached the customer (from the bot or an agent in the desk view) and
// which handoffs opened. In memory, bounded: it is a sandbox.
import type { Action, MessageKind } from '../../core/model.ts';
import type { AskExplanation } from '../../knowledge/explain-ask.ts';

/** The playground's customer channels: X, a Facebook Page, a web chat (Bot Framework). */
export const PLAYGROUND_CHANNELS = ['twitter', 'facebook', 'botframework'] as const;
export type PlaygroundChannel = (typeof PLAYGROUND_CHANNELS)[number];

/** Who the customer is and where they write. */
export interface CustomerSettings {
  channel: PlaygroundChannel;
  name: string;
  handle: string;
  followers: number;
  verified: boolean;
}

export type PlaygroundEvent =
  | {
      type: 'customer';
      id: string;
      at: string;
      kind: MessageKind;
      /** The language hint given with the message (none: the bot detects it). */
      lang?: string;
      text: string;
      explanation?: AskExplanation;
      actions: Action[];
    }
  | { type: 'sent'; id: string; at: string; from: 'bot' | 'agent'; to: 'reply' | 'dm'; lang: string; text: string; sources: string[] }
  | { type: 'handoff'; id: string; at: string; ticketId: string; priority: string; reasons: string[]; summary: string };

export interface PlaygroundConversation {
  id: string;
  startedAt: string;
  customer: CustomerSettings;
  events: PlaygroundEvent[];
}

/** Conversations kept: a live Studio is open to everyone with the token; memory stays bounded. */
const MAX_CONVERSATIONS = 200;
/** Events kept per conversation, for the same reason. */
const MAX_EVENTS = 400;

export interface PlaygroundLog {
  start(customer: CustomerSettings, at: Date): PlaygroundConversation;
  get(id: string): PlaygroundConversation | undefined;
  /** Newest first. */
  list(): PlaygroundConversation[];
  add(conversationId: string, event: PlaygroundEvent): void;
}

export function createPlaygroundLog(): PlaygroundLog {
  const conversations = new Map<string, PlaygroundConversation>();
  let started = 0;
  return {
    start(customer, at) {
      started += 1;
      const conversation: PlaygroundConversation = { id: `c${started}`, startedAt: at.toISOString(), customer, events: [] };
      conversations.set(conversation.id, conversation);
      if (conversations.size > MAX_CONVERSATIONS) conversations.delete(conversations.keys().next().value!);
      return conversation;
    },
    get: (id) => conversations.get(id),
    list: () => [...conversations.values()].reverse(),
    add(conversationId, event) {
      const conversation = conversations.get(conversationId);
      if (conversation === undefined) return;
      conversation.events.push(event);
      if (conversation.events.length > MAX_EVENTS) conversation.events.splice(0, conversation.events.length - MAX_EVENTS);
    },
  };
}
