// The order agents work the open handoffs in, in every view: urgent first, then the longest waiting.
import { PRIORITIES } from '../core/model.ts';
import type { HandoffTicket } from './handoff-ticket.ts';

export function sortQueue(tickets: readonly HandoffTicket[]): HandoffTicket[] {
  return tickets
    .filter((ticket) => ticket.state !== 'resolved')
    .sort(
      (a, b) =>
        PRIORITIES.indexOf(b.priority) - PRIORITIES.indexOf(a.priority) ||
        Date.parse(a.openedAt) - Date.parse(b.openedAt),
    );
}
