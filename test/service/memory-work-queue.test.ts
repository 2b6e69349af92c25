import { describe, expect, it } from 'vitest';
import { createMemoryWorkQueue } from '../../src/service/memory-work-queue.ts';
import type { InboundMessage } from '../../src/core/model.ts';
import type { ProcessOutcome, RunInfo } from '../../src/service/process-message.ts';
import { aMessage } from '../support/builders.ts';

describe('createMemoryWorkQueue', () => {
  it('processes a message once when it is added twice', async () => {
    const queue = createMemoryWorkQueue();
    const seen: string[] = [];
    let done!: () => void;
    const processed = new Promise<void>((resolve) => (done = resolve));
    queue.start(async (message) => {
      seen.push(message.id);
      if (seen.length === 2) done();
      return { status: 'done' };
    });
    const added = [await queue.add(aMessage({ id: 'a' })), await queue.add(aMessage({ id: 'a' })), await queue.add(aMessage({ id: 'b' }))];
    await processed;
    // Only messages new to the queue are counted as inbound.
    expect(added).toEqual([true, false, true]);
    await queue.close();
    expect(seen).toEqual(['a', 'b']);
  });

  it('runs a retried message again with the failure counted and marked as resumed', async () => {
    const queue = createMemoryWorkQueue();
    const runs: RunInfo[] = [];
    let done!: () => void;
    const retried = new Promise<void>((resolve) => (done = resolve));
    queue.start(async (_message, run): Promise<ProcessOutcome> => {
      runs.push(run);
      if (runs.length === 1) return { status: 'retry', afterMs: 1, reason: 'x_unavailable', countsAsFailure: true };
      done();
      return { status: 'done' };
    });
    await queue.add(aMessage());
    await retried;
    await queue.close();
    expect(runs).toEqual([{ failures: 0, resumed: false }, { failures: 1, resumed: true }]);
  });

  it('finishes ready work at close and names what waits for a delayed retry', async () => {
    const abandoned: InboundMessage[][] = [];
    const queue = createMemoryWorkQueue({ onAbandoned: (messages) => abandoned.push(messages) });
    const seen: string[] = [];
    queue.start(async (message): Promise<ProcessOutcome> => {
      seen.push(message.id);
      return message.id === 'later'
        ? { status: 'retry', afterMs: 60_000, reason: 'x_rate_limited', countsAsFailure: false }
        : { status: 'done' };
    });
    await queue.add(aMessage({ id: 'later' }));
    await queue.add(aMessage({ id: 'now-1' }));
    await queue.add(aMessage({ id: 'now-2' }));
    await queue.close();
    expect(seen).toEqual(['later', 'now-1', 'now-2']);
    expect(abandoned.map((messages) => messages.map((m) => m.id))).toEqual([['later']]);
    await expect(queue.add(aMessage({ id: 'too-late' }))).rejects.toThrow(/closed/);
  });
});
