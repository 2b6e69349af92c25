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

export function createMemoryWorkQueue(options: { onError?: (error: unknown, message: InboundMessage) => void } = {}): WorkQueue {
  const seen = new Set<string>();
  const ready: Job[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let processor: MessageProcessor | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  function pump(): void {
    if (running || closed || processor === undefined) return;
    const job = ready.shift();
    if (job === undefined) return;
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
    timers.add(timer);
  }

  return {
    async add(message) {
      const id = workIdOf(message);
      if (seen.has(id)) return;
      seen.add(id);
      if (seen.size > REMEMBERED_IDS) seen.delete(seen.values().next().value as string);
      ready.push({ message, run: { failures: 0, resumed: false } });
      pump();
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
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await running;
    },
  };
}
