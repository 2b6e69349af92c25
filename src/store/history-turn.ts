// What both stores do to a conversation turn before keeping it: the history is shown to agents
// and sent (redacted again) to a drafting model, so it never holds personal data in clear, and
// it is bounded, because it is read on every handoff and kept for a month.
import type { ConversationTurn } from '../core/ports.ts';
import { maskPersonalData } from '../privacy/mask-personal-data.ts';

/**
 * Turns kept per conversation: a handoff card shows the last few and a draft needs the exchange
 * that led to the handoff, not a month of small talk.
 */
export const MAX_HISTORY_TURNS = 20;

/** Characters kept per turn: a post is at most 280 on X; a long DM is cut, the agent has the thread. */
export const MAX_TURN_CHARS = 2_000;

export function toStoredTurn(turn: ConversationTurn): ConversationTurn {
  const masked = maskPersonalData(turn.text);
  const text = masked.length > MAX_TURN_CHARS ? `${masked.slice(0, MAX_TURN_CHARS - 1)}…` : masked;
  return { ...turn, text };
}

/** The history after appending `turn` (unless its id is kept already), newest MAX_HISTORY_TURNS. */
export function appendToHistory(history: readonly ConversationTurn[], turn: ConversationTurn): ConversationTurn[] {
  if (turn.id !== undefined && history.some((kept) => kept.id === turn.id)) return [...history];
  return [...history, toStoredTurn(turn)].slice(-MAX_HISTORY_TURNS);
}
