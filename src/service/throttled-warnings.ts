// Warnings that outside traffic can trigger once per request (forged webhook signatures, malformed
// requests) must not let a flood of requests become a flood of log lines: per event name, the
// first occurrence is logged as is, then at most one summary line per interval carries how many
// more there were and the latest one's data as a sample.
import type { Logger } from '../core/ports.ts';

export interface ThrottledWarnings {
  warn(data: object, event: string): void;
  /** Writes the pending summaries now (at shutdown, so no count is lost). */
  flush(): void;
}

export interface ThrottleOptions {
  intervalMs: number;
  now?: () => number;
}

interface Window {
  endsAt: number;
  /** Occurrences not logged on their own since the last line of this event. */
  suppressed: number;
  sample?: object;
  /** Writes the summary when a burst ends, so its count does not wait for the next occurrence. */
  timer?: NodeJS.Timeout;
}

export function createThrottledWarnings(log: Logger, { intervalMs, now = Date.now }: ThrottleOptions): ThrottledWarnings {
  const windows = new Map<string, Window>();

  /** Ends the window of `event`: a summary if anything was held back, and while a flood goes on, a new silent window. */
  function closeWindow(event: string): void {
    const window = windows.get(event);
    if (window === undefined) return;
    clearTimeout(window.timer);
    windows.delete(event);
    if (window.suppressed === 0) return;
    log.warn({ ...window.sample, suppressed: window.suppressed, intervalMs }, event);
    windows.set(event, { endsAt: now() + intervalMs, suppressed: 0 });
  }

  return {
    warn(data, event) {
      let window = windows.get(event);
      if (window !== undefined && now() >= window.endsAt) {
        closeWindow(event);
        window = windows.get(event);
      }
      if (window === undefined) {
        log.warn(data, event);
        windows.set(event, { endsAt: now() + intervalMs, suppressed: 0 });
        return;
      }
      window.suppressed += 1;
      window.sample = data;
      window.timer ??= setTimeout(() => closeWindow(event), Math.max(0, window.endsAt - now())).unref();
    },
    flush() {
      for (const event of [...windows.keys()]) {
        closeWindow(event);
        windows.delete(event);
      }
    },
  };
}
