// The replay channel: a file of inbound messages (one JSON object per line) through the same
// responder as the live service, in order and sharing state. Used for shadow mode, demos and
// benchmarks.
import { addAbortSignal, type Readable } from 'node:stream';
import type { Action, InboundMessage } from '../../core/model.ts';
import type { HandledMessage, Responder } from '../../core/responder.ts';
import { parseInboundMessage } from './parse-inbound-message.ts';
import { readLines } from './read-lines.ts';

export interface ReplaySummary {
  messages: number;
  malformed: number;
  actions: Record<Action['type'], number>;
}

export interface ReplayHandlers {
  onHandled(message: InboundMessage, handled: HandledMessage): void;
  onMalformed(lineNumber: number, problem: string): void;
}

export interface ReplayOptions {
  /** Stands in for the time of messages without `at`. */
  now?: () => Date;
  /** Longer lines are reported and skipped; see MAX_LINE_BYTES. */
  maxLineBytes?: number;
  /** Stops reading (the reader of the output went away); the summary so far is returned. */
  signal?: AbortSignal;
}

// A message's text is cut at 10,000 characters, so even fully \u-escaped a valid line stays far
// below this; a longer one is a broken file, and it is never held in memory whole.
export const MAX_LINE_BYTES = 1024 * 1024;

export async function replayMessages(
  input: Readable,
  responder: Responder,
  handlers: ReplayHandlers,
  { now = () => new Date(), maxLineBytes = MAX_LINE_BYTES, signal }: ReplayOptions = {},
): Promise<ReplaySummary> {
  const summary: ReplaySummary = {
    messages: 0,
    malformed: 0,
    actions: { reply: 0, dm: 0, handoff: 0, ignore: 0 },
  };
  // Also ends a wait for more input, such as a quiet standard input.
  if (signal) addAbortSignal(signal, input);
  try {
    for await (const line of readLines(input, maxLineBytes)) {
      if (signal?.aborted) break;
      if ('tooLong' in line) {
        summary.malformed += 1;
        handlers.onMalformed(line.number, `too long (over ${maxLineBytes} bytes)`);
        continue;
      }
      if (line.text.trim() === '') continue;
      const parsed = parseInboundMessage(line.text, now());
      if ('error' in parsed) {
        summary.malformed += 1;
        handlers.onMalformed(line.number, parsed.error);
        continue;
      }
      const handled = await responder.handle(parsed.message);
      summary.messages += 1;
      for (const action of handled.actions) summary.actions[action.type] += 1;
      handlers.onHandled(parsed.message, handled);
      // Printed is delivered, in a replay: later messages of the conversation see what was sent.
      for (const [index, action] of handled.actions.entries()) {
        if (action.type === 'reply' || action.type === 'dm') await responder.recordDelivered(parsed.message, index, action);
      }
    }
  } catch (error) {
    if (!signal?.aborted) throw error;
  }
  return summary;
}
