// The durable queue: BullMQ on Redis. A message added here survives restarts; when a worker
// dies mid-job its lock expires and another worker (or the restarted one) takes the job again.
import { randomUUID } from 'node:crypto';
import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { InboundMessage } from '../core/model.ts';
import type { MessageProcessor } from './process-message.ts';
import { workIdOf, type WorkQueue } from './work-queue.ts';

const QUEUE_NAME = 'pronto-inbound';

export interface BullmqQueueOptions {
  /** A connection factory: BullMQ needs its own connections, with maxRetriesPerRequest null. */
  connection: () => Redis;
  prefix: string;
  concurrency: number;
  /**
   * How long a job stays locked to its worker without renewal; a killed worker's job is taken
   * again after about this long. Workers renew it at half this period while they live.
   */
  lockDurationMs: number;
  onError?: (error: unknown) => void;
}

interface JobData {
  message: InboundMessage;
  /** Retryable failures so far; rate-limit waits do not count. */
  failures: number;
  /**
   * Unique per add: BullMQ answers a repeated job id like a new one, so the stored job's intake
   * tells whether this add created it. Absent in jobs queued before it existed.
   */
  intake?: string;
}

/**
 * Processed messages are kept this long so a re-added message id is still recognised: longer
 * than any poll overlap or webhook retry.
 */
const KEEP_DONE_SECONDS = 7 * 24 * 3600;
/** A job that threw (store outage, bug) waits this long before it runs again. */
const UNEXPECTED_ERROR_RETRY_MS = 2_000;

export function createBullmqWorkQueue(options: BullmqQueueOptions): WorkQueue {
  const queue = new Queue<JobData>(QUEUE_NAME, { connection: options.connection(), prefix: options.prefix });
  queue.on('error', (error) => options.onError?.(error));
  let worker: Worker<JobData> | undefined;

  async function runJob(processor: MessageProcessor, job: Job<JobData>, token: string | undefined): Promise<void> {
    let outcome: Awaited<ReturnType<MessageProcessor>>;
    try {
      outcome = await processor(job.data.message, {
        failures: job.data.failures,
        resumed: job.attemptsStarted > 1,
      });
    } catch (error) {
      // A store outage or a bug: the message waits and is tried again, it is never dropped.
      options.onError?.(error);
      outcome = { status: 'retry', afterMs: UNEXPECTED_ERROR_RETRY_MS, reason: 'error', countsAsFailure: false };
    }
    if (outcome.status === 'done') return;
    if (outcome.countsAsFailure) await job.updateData({ ...job.data, failures: job.data.failures + 1 });
    // A delayed job, not a busy loop: Redis holds it until the rate limit resets.
    await job.moveToDelayed(Date.now() + outcome.afterMs, token);
    throw new DelayedError();
  }

  return {
    async add(message) {
      const intake = randomUUID();
      const jobId = workIdOf(message);
      await queue.add(
        'message',
        { message, failures: 0, intake },
        {
          jobId,
          removeOnComplete: { age: KEEP_DONE_SECONDS },
          // Processors return outcomes instead of throwing; a job fails only on a bug, and is
          // kept for inspection.
          removeOnFail: false,
        },
      );
      const stored = await queue.getJob(jobId);
      return stored?.data.intake === intake;
    },
    start(processor) {
      worker = new Worker<JobData>(QUEUE_NAME, (job, token) => runJob(processor, job, token), {
        connection: options.connection(),
        prefix: options.prefix,
        concurrency: options.concurrency,
        lockDuration: options.lockDurationMs,
        stalledInterval: options.lockDurationMs,
        // A job whose worker keeps dying is still a customer waiting: never give up on it.
        maxStalledCount: Number.MAX_SAFE_INTEGER,
      });
      worker.on('error', (error) => options.onError?.(error));
      worker.on('failed', (_job, error) => options.onError?.(error));
    },
    async depth() {
      const counts = await queue.getJobCounts('waiting', 'delayed', 'prioritized');
      return (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0);
    },
    async close() {
      await worker?.close();
      await queue.close();
    },
  };
}
