// Where the agents' desk keeps its handoff tickets: in memory (one process) or Redis (replicas
// share the desk). Both pass test/desk/ticket-store.test.ts.
import type { Redis } from 'ioredis';
import type { HandoffTicket } from './handoff-ticket.ts';
import { createRedisKeys } from '../store/redis-keys.ts';
import { TICKET_TTL_MS } from '../store/store-ttls.ts';
import { callRedis } from '../store/call-redis.ts';

export interface TicketStore {
  save(ticket: HandoffTicket): Promise<void>;
  load(id: string): Promise<HandoffTicket | undefined>;
  /** The latest ticket of a conversation (open or not). */
  latestOf(conversationKey: string): Promise<HandoffTicket | undefined>;
  /** The ticket whose Slack thread this is. */
  ofThread(slackChannel: string, threadTs: string): Promise<HandoffTicket | undefined>;
  /** Tickets not resolved yet, in no particular order. */
  listOpen(): Promise<HandoffTicket[]>;
}

export function createMemoryTicketStore(): TicketStore {
  const tickets = new Map<string, HandoffTicket>();
  const byConversation = new Map<string, string>();
  const byThread = new Map<string, string>();
  const copy = (ticket: HandoffTicket | undefined) => (ticket ? structuredClone(ticket) : undefined);
  return {
    async save(ticket) {
      tickets.set(ticket.id, structuredClone(ticket));
      byConversation.set(ticket.conversationKey, ticket.id);
      if (ticket.slack) byThread.set(`${ticket.slack.channel}:${ticket.slack.ts}`, ticket.id);
    },
    async load(id) {
      return copy(tickets.get(id));
    },
    async latestOf(conversationKey) {
      const id = byConversation.get(conversationKey);
      return id === undefined ? undefined : copy(tickets.get(id));
    },
    async ofThread(slackChannel, threadTs) {
      const id = byThread.get(`${slackChannel}:${threadTs}`);
      return id === undefined ? undefined : copy(tickets.get(id));
    },
    async listOpen() {
      return [...tickets.values()].filter((ticket) => ticket.state !== 'resolved').map((ticket) => structuredClone(ticket));
    },
  };
}

export function createRedisTicketStore(redis: Redis, prefix: string): TicketStore {
  const keys = createRedisKeys(prefix);
  const load = async (id: string): Promise<HandoffTicket | undefined> => {
    const json = await callRedis('load ticket', () => redis.get(keys.ticket(id)));
    return json === null ? undefined : (JSON.parse(json) as HandoffTicket);
  };
  const loadVia = async (indexKey: string) => {
    const id = await callRedis('find ticket', () => redis.get(indexKey));
    return id === null ? undefined : load(id);
  };
  return {
    async save(ticket) {
      const batch = redis
        .multi()
        .set(keys.ticket(ticket.id), JSON.stringify(ticket), 'PX', TICKET_TTL_MS)
        .set(keys.ticketOfConversation(ticket.conversationKey), ticket.id, 'PX', TICKET_TTL_MS);
      if (ticket.slack) batch.set(keys.ticketOfThread(ticket.slack.channel, ticket.slack.ts), ticket.id, 'PX', TICKET_TTL_MS);
      if (ticket.state === 'resolved') batch.srem(keys.openTickets(), ticket.id);
      else batch.sadd(keys.openTickets(), ticket.id);
      await callRedis('save ticket', () => batch.exec());
    },
    load,
    latestOf: (conversationKey) => loadVia(keys.ticketOfConversation(conversationKey)),
    ofThread: (slackChannel, threadTs) => loadVia(keys.ticketOfThread(slackChannel, threadTs)),
    async listOpen() {
      const ids = await callRedis('list open tickets', () => redis.smembers(keys.openTickets()));
      const tickets = await Promise.all(ids.map(load));
      // A ticket that expired leaves a stale id in the set: skip it.
      return tickets.filter((ticket): ticket is HandoffTicket => ticket !== undefined && ticket.state !== 'resolved');
    },
  };
}
