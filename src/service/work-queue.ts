// The work queue between ingestion (polling, webhooks) and processing. In memory for a single
// process; BullMQ on Redis for durability and several replicas.
import type { InboundMessage } from '../core/model.ts';
import type { MessageProcessor } from './process-message.ts';

export interface WorkQueue {
  /**
   * Records a message for processing, once: adding the same message id again is a no-op
   * (polling overlaps, webhook retries, a mention both pushed and polled). Resolves when the
   * message is recorded (durably, for BullMQ): only then may a polling cursor move past it.
   * Resolves true when the message is new to the queue, false for a repeat (count only new ones).
   */
  add(message: InboundMessage): Promise<boolean>;
  /** Starts processing with `processor`. */
  start(processor: MessageProcessor): void;
  /** Messages waiting or delayed, for /metrics. */
  depth(): Promise<number>;
  /** Stops taking new work and waits for the message in progress (graceful shutdown). */
  close(): Promise<void>;
}

/** The key a message is known by in a queue: unique per channel. */
export function workIdOf(message: InboundMessage): string {
  // BullMQ forbids ':' in custom job ids.
  return `${message.channel}_${message.id}`.replaceAll(':', '_');
}
