// How the desk shows its tickets: Slack (a message per handoff, its thread for notes) and the
// Studio (a page per handoff) are views of one desk. The desk decides; a view only renders.
import type { HandoffTicket } from './handoff-ticket.ts';

/** Something that happened to a ticket, for the people looking at it (Slack: a thread message). */
export type DeskNote =
  /** The customer wrote again (their text, unmasked: the view masks and escapes it). */
  | { kind: 'customer-wrote'; text: string }
  /** The same message was handed over again with more reasons (such as delivery-failed). */
  | { kind: 'reasons-added'; reasons: string[] }
  /** An agent's reply went out, as the customer got it. */
  | { kind: 'reply-sent'; agent: string; text: string; to: 'reply' | 'dm' }
  /** An agent's reply did not go out: the channel's error (unescaped) and the text, so nothing is lost. */
  | { kind: 'reply-not-sent'; agent: string; error: string; text: string }
  /** The first-response deadline is near and nobody answered. */
  | { kind: 'reminder'; now: Date }
  /** The first-response deadline passed without an answer. */
  | { kind: 'deadline-missed' };

export interface DeskView {
  /**
   * Shows a new ticket; returns what the view keeps on it (Slack: its message). Throws when it
   * cannot, so the handoff is tried again and never lost.
   */
  open(ticket: HandoffTicket): Promise<Partial<Pick<HandoffTicket, 'slack'>>>;
  /** Shows the ticket as it is now (its state, what was sent, which buttons apply). */
  refresh(ticket: HandoffTicket): Promise<void>;
  /** Adds a note to the ticket; `id` is the view's id of it. Throws when it cannot. */
  note(ticket: HandoffTicket, note: DeskNote): Promise<{ id?: string }>;
}
