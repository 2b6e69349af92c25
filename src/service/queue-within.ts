// What every webhook route does with the messages of a verified delivery: add them to the work
// queue, bounded in time, so a Redis outage answers the vendor "come back later" (503) instead of
// holding its request until the vendor gives up.
import type { InboundMessage } from '../core/model.ts';
import type { ServiceMetrics } from './metrics.ts';
import type { ThrottledWarnings } from './throttled-warnings.ts';
import type { WorkQueue } from './work-queue.ts';

export interface QueueWithinDeps {
  queue: WorkQueue;
  metrics: ServiceMetrics;
  warnings: ThrottledWarnings;
}

/**
 * Adds the messages to the queue; false when that failed or took longer than `waitMs` (Redis is
 * down). Adds still in progress are not abandoned: they land when Redis is back, and the vendor's
 * retry of the same delivery is then a duplicate the queue ignores. `area` names the log events
 * (`<area>.webhook_queue_failed`, `<area>.webhook_queue_unavailable`).
 */
export async function queueWithin(deps: QueueWithinDeps, messages: InboundMessage[], { waitMs, area }: { waitMs: number; area: string }): Promise<boolean> {
  const queued = Promise.all(
    messages.map(async (message) => {
      // Counted here, not after the answer: a message that lands late is still counted once.
      if (await deps.queue.add(message)) deps.metrics.messagesIn.inc({ channel: message.channel, kind: message.kind });
    }),
  ).then(
    () => 'queued' as const,
    (error: unknown) => {
      deps.warnings.warn({ reason: error instanceof Error ? error.message : String(error) }, `${area}.webhook_queue_failed`);
      return 'failed' as const;
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), waitMs);
  });
  const outcome = await Promise.race([queued, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timed-out') deps.warnings.warn({ waitMs, messages: messages.length }, `${area}.webhook_queue_unavailable`);
  return outcome === 'queued';
}
