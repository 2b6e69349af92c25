// The desk as the Studio shows it: pages read the tickets from the desk's store, so there is
// nothing to post or update; what Slack would write in a ticket's thread is kept here and shown
// under the ticket as its activity.
import type { DeskNote, DeskView } from '../../desk/desk-view.ts';

export interface TicketActivity {
  at: string;
  note: DeskNote;
}

export interface StudioDeskView extends DeskView {
  activityOf(ticketId: string): TicketActivity[];
}

/** Notes kept per ticket: a sandbox ticket rarely has more, and memory stays bounded. */
const MAX_NOTES_PER_TICKET = 200;

export function createStudioDeskView(now: () => Date): StudioDeskView {
  const activity = new Map<string, TicketActivity[]>();
  return {
    async open() {
      return {};
    },
    async refresh() {},
    async note(ticket, note) {
      const notes = activity.get(ticket.id) ?? [];
      notes.push({ at: now().toISOString(), note });
      activity.set(ticket.id, notes.slice(-MAX_NOTES_PER_TICKET));
      return { id: `${ticket.id}#${notes.length}` };
    },
    activityOf(ticketId) {
      return [...(activity.get(ticketId) ?? [])];
    },
  };
}
