// What the fake vendor APIs share: waiting for a condition without sleeping. Each change to the
// fake's state calls `notify`, which re-checks the pending conditions; a timeout fails with what
// the fake saw, so a failing test says why.

export interface WaitList {
  /** Re-checks every pending condition; call after each change of state. */
  notify(): void;
  /** Resolves once `holds()` is true; rejects after `timeoutMs` with `describe()` in the message. */
  until(holds: () => boolean, timeoutMs: number, describe: () => string): Promise<void>;
}

export function createWaitList(): WaitList {
  const waiters = new Set<() => void>();
  return {
    notify() {
      for (const check of [...waiters]) check();
    },
    until(holds, timeoutMs, describe) {
      return new Promise<void>((resolve, reject) => {
        if (holds()) return resolve();
        const check = (): void => {
          if (!holds()) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`waitFor timed out after ${timeoutMs} ms; ${describe()}`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
  };
}
