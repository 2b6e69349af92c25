// Before replies are counted (after a crash test's last restart, after an outage), the work that
// is left must drain, or a reply still on its way would look like a lost or a missing one. It
// waits on BullMQ's own event stream: the job counts are read again whenever a job changes state.
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';

const QUEUE_NAME = 'pronto-inbound';
/** Longest wait for the queue to drain. */
const DRAIN_TIMEOUT_MS = 30_000;
/** Every state change that can leave the queue empty, or make a delayed job run. */
const STATE_CHANGES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'removed', 'drained'] as const;

/** Resolves when BullMQ holds no work under `prefix`: nothing is left that could still reply. */
export async function waitForEmptyQueue(redisUrl: string, prefix: string): Promise<void> {
  const connection = { url: redisUrl };
  const queue = new Queue(QUEUE_NAME, { connection, prefix: `${prefix}bull` });
  // Events are read from the stream's current end, taken before the first count: a job that
  // finishes in between is an event still to read, never a wake-up lost.
  const reader = new Redis(redisUrl);
  const [newest] = await reader.xrevrange(queue.keys.events!, '+', '-', 'COUNT', 1).finally(() => reader.quit());
  const events = new QueueEvents(QUEUE_NAME, { connection, prefix: `${prefix}bull`, lastEventId: newest?.[0] ?? '0' });
  const counts = () => queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
  try {
    await new Promise<void>((resolve, reject) => {
      let last: Record<string, number> = {};
      const timer = setTimeout(() => reject(new Error(`queue not empty after ${DRAIN_TIMEOUT_MS / 1000} s: ${JSON.stringify(last)}`)), DRAIN_TIMEOUT_MS);
      let checking: Promise<void> | undefined;
      let again = false;
      const check = () => {
        if (checking) {
          again = true;
          return;
        }
        checking = (async () => {
          do {
            again = false;
            last = await counts();
            if (Object.values(last).every((count) => count === 0)) {
              clearTimeout(timer);
              resolve();
              return;
            }
          } while (again);
        })()
          .catch(reject)
          .finally(() => (checking = undefined));
      };
      for (const change of STATE_CHANGES) events.on(change, check);
      check();
    });
  } finally {
    await events.close();
    await queue.close();
  }
}
