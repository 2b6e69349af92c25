// Before replies are counted (after a crash test's last restart, after an outage), the work that
// is left must drain, or a reply still on its way would look like a lost or a missing one.
import { Queue } from 'bullmq';

/** Longest wait for the queue to drain after the last restart. */
const DRAIN_TIMEOUT_MS = 30_000;
/** Pause between two looks at the job counts (a poll of Redis, not a wait for an event). */
const POLL_INTERVAL_MS = 100;

/** Resolves when BullMQ holds no work under `prefix`: nothing is left that could still reply. */
export async function waitForEmptyQueue(redisUrl: string, prefix: string): Promise<void> {
  const queue = new Queue('pronto-inbound', { connection: { url: redisUrl }, prefix: `${prefix}bull` });
  try {
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    for (;;) {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
      if (Object.values(counts).every((count) => count === 0)) return;
      if (Date.now() > deadline) throw new Error(`queue not empty after 30 s: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  } finally {
    await queue.close();
  }
}
