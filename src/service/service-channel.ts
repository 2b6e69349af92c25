// What one customer channel brings to the live service: its sender, its ingress (webhook routes,
// a poller run under a lease) and its readiness. Each channel builds this in its own folder
// (src/channels/<name>/start-*-channel.ts), so adding a channel touches that folder and one line
// of the composition root (create-service.ts), never the generic service code.
import type { HandoffAction, InboundMessage } from '../core/model.ts';
import type { ConversationStore, CustomerChannel, DeliveryStore, Logger } from '../core/ports.ts';
import type { ResponderSettings } from '../core/settings.ts';
import type { HttpMount } from './http-server.ts';
import type { ServiceMetrics } from './metrics.ts';
import type { ThrottledWarnings } from './throttled-warnings.ts';
import type { WorkQueue } from './work-queue.ts';

/** Reads a platform on a schedule into the work queue (one replica at a time, by lease). */
export interface ChannelPoller {
  /** Starts the schedule; called once the queue is processing. */
  start(): void;
  /** One round now (tests, and the first round at start). */
  pollOnce(): Promise<unknown>;
  /** Stops the schedule, waits for a round in progress and gives the lease back. */
  stop(): Promise<void>;
}

export interface ServiceChannel {
  /** Sends replies and DMs; `customer.id` is the channel id of its messages. */
  customer: CustomerChannel;
  /** Webhook routes for the service's HTTP server. */
  mounts?: HttpMount[];
  poller?: ChannelPoller;
  /** Named readiness checks for /readyz: each throws, naming the fix, when the channel is not usable. */
  readiness?: Record<string, () => Promise<void>>;
  /**
   * Tells the customer's platform that a person takes over (Bot Framework's handoff.initiate),
   * once the desk opened the handoff. Best effort: a failure is logged, the handoff stands.
   */
  announceHandoff?(handoff: HandoffAction, message: InboundMessage): Promise<void>;
}

/** What the service gives a channel to start with. */
export interface ChannelContext {
  /**
   * The responder's settings: a channel adds its brand accounts (their posts are ignored) and
   * what its replies need (such as the DM link's recipient), before the responder is built.
   */
  settings: ResponderSettings;
  queue: WorkQueue;
  store: ConversationStore & DeliveryStore;
  metrics: ServiceMetrics;
  log: Logger;
  warnings: ThrottledWarnings;
  /** This replica, as lease owner. */
  instanceId: string;
}

/** Starts a channel from its configuration; `undefined` when it is not configured (it logs what to set). */
export type StartChannel = (context: ChannelContext) => Promise<ServiceChannel | undefined>;
