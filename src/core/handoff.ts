// The handoff state machine: bot → awaiting_agent → with_agent → bot. Pure: it returns the next
// mode, and the responder performs the effects. While a human owns a conversation the bot never
// talks over them.
import type { ConversationMode } from './ports.ts';

export type HandoffEvent =
  | 'handoff-opened' // the bot asked a human
  | 'agent-took-over' // an agent owns the conversation
  | 'handed-back' // the agent gives it back to the bot
  | 'resolved'; // closed by an agent

const TRANSITIONS: Record<ConversationMode, Partial<Record<HandoffEvent, ConversationMode>>> = {
  bot: { 'handoff-opened': 'awaiting_agent', 'agent-took-over': 'with_agent' },
  awaiting_agent: {
    'handoff-opened': 'awaiting_agent',
    'agent-took-over': 'with_agent',
    'handed-back': 'bot',
    resolved: 'bot',
  },
  with_agent: { 'handed-back': 'bot', resolved: 'bot', 'agent-took-over': 'with_agent' },
};

/** The mode after `event`, or undefined when the event makes no sense in `mode`. */
export function nextConversationMode(
  mode: ConversationMode,
  event: HandoffEvent,
): ConversationMode | undefined {
  return TRANSITIONS[mode][event];
}
