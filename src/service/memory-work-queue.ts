// The in-process queue: nothing survives a restart, which is fine for one instance with the
// memory store (that loses its state too). Use Redis for durability.
import type { InboundMessage } from '../core/model.ts';
import type { MessageProcessor, RunInfo } from './process-message.ts';
import { workIdOf, type WorkQueue } from './work-queue.ts';

/** Ids remembered for dedupe; old ones are forgotten first (polling overlap is recent). */
const REMEMBERED_IDS = 100_000;

interface Job {
  message: InboundMessage;
  run: RunInfo;
}

export interface MemoryQueueOptions {
  onError?: (error: unknown, message: InboundMessage) => void;
  /** Messages still waiting for a delayed retry at shutdown: they exist nowhere else. */
  onAbandoned?: (messages: InboundMessage[]) => void;
}

export function createMemoryWorkQueue(options: MemoryQueueOptions = {}): WorkQueue {
  const seen = new Set<string>();
  const ready: Job[] = [];
  const timers = new Map<NodeJS.Timeout, Job>();
  let processor: MessageProcessor | undefined;
  let running: Promise<void> | undefined;
  let closed = false;
  let drained: (() => void) | undefined;

  function pump(): void {
    if (running || processor === undefined) return;
    const job = ready.shift();
    if (job === undefined) {
      drained?.();
      return;
    }
    running = runJob(processor, job).finally(() => {
      running = undefined;
      pump();
    });
  }

  async function runJob(process: MessageProcessor, job: Job): Promise<void> {
    try {
      const outcome = await process(job.message, job.run);
      if (outcome.status === 'retry') {
        schedule({ message: job.message, run: { failures: job.run.failures + (outcome.countsAsFailure ? 1 : 0), resumed: true } }, outcome.afterMs);
      }
    } catch (error) {
      options.onError?.(error, job.message);
      schedule({ message: job.message, run: { failures: job.run.failures + 1, resumed: true } }, 1_000);
    }
  }

  function schedule(job: Job, afterMs: number): void {
    if (closed) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      ready.push(job);
      pump();
    }, afterMs);
    timers.set(timer, job);
  }

  return {
    async add(message) {
      if (closed) throw new Error('the queue is closed: the service is shutting down');
      const id = workIdOf(message);
      if (seen.has(id)) return false;
      seen.add(id);
      if (seen.size > REMEMBERED_IDS) seen.delete(seen.values().next().value as string);
      ready.push({ message, run: { failures: 0, resumed: false } });
      pump();
      return true;
    },
    start(next) {
      processor = next;
      pump();
    },
    async depth() {
      return ready.length + timers.size;
    },
    async close() {
      closed = true;
      // Finish what is ready (the caller bounds shutdown time); delayed retries cannot wait.
      if (processor !== undefined && (running || ready.length > 0)) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          pump();
        });
      }
      const abandoned = [...timers.values()].map((job) => job.message);
      for (const timer of timers.keys()) clearTimeout(timer);
      timers.clear();
      if (abandoned.length > 0) options.onAbandoned?.(abandoned);
    },
  };
}
