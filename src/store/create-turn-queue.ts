// Runs the work of one key one at a time, in call order, inside this process. The memory store's
// whole lock; in the Redis store it queues local callers so only one of them contends for the
// shared lock, and they keep their order.

export interface TurnQueue {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export function createTurnQueue(): TurnQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run(key, work) {
      // A promise chain per key: each caller starts after the previous one settles.
      const previous = tails.get(key) ?? Promise.resolve();
      const turn = previous.then(work, work);
      const tail = turn.catch(() => undefined);
      tails.set(key, tail);
      try {
        return await turn;
      } finally {
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}
