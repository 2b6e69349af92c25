// "Typing…" while the bot works on an answer, the way Bot Framework's ShowTypingMiddleware does it
// (delay 500 ms, then every 2,000 ms: learn.microsoft.com/dotnet/api/microsoft.bot.builder.
// showtypingmiddleware): an answer that comes at once needs no indicator, one that takes a model
// call shows it until it is decided. Counted from when a worker starts on the message, not from
// when it was written: under a backlog every message has waited, and an indicator each would add
// a call per message just when the connector and the service are busiest.
import type { WorkingIndicator } from '../../core/ports.ts';

export interface TypingTiming {
  /** Quiet this long after work on the message starts: a faster answer shows no indicator. */
  delayMs: number;
  /** Then one indicator this often (channels hide one after a few seconds). */
  periodMs: number;
}

export const SHOW_TYPING_DEFAULTS: TypingTiming = { delayMs: 500, periodMs: 2_000 };

/**
 * Starts the indicator: `sendTyping` after the delay and every period until `stop()`, which also
 * waits for a send in flight, so a typing indicator never lands after the answer. `sendTyping`
 * handles its own failures (an indicator is best effort).
 */
export function showTyping(sendTyping: () => Promise<void>, { delayMs, periodMs }: TypingTiming): WorkingIndicator {
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const tick = () => {
    if (stopped) return;
    inFlight = sendTyping().finally(() => {
      if (!stopped) timer = setTimeout(tick, periodMs);
    });
  };
  timer = setTimeout(tick, delayMs);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
