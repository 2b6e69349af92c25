// The replay channel: a file of inbound messages (one JSON object per line) through the same
// responder as the live service, in order and sharing state. Used for shadow mode, demos and
// benchmarks.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Action, InboundMessage } from '../../core/model.ts';
import type { HandledMessage, Responder } from '../../core/responder.ts';
import { parseInboundMessage } from './parse-inbound-message.ts';

export interface ReplaySummary {
  messages: number;
  malformed: number;
  actions: Record<Action['type'], number>;
}

export interface ReplayHandlers {
  onHandled(message: InboundMessage, handled: HandledMessage): void;
  onMalformed(lineNumber: number, problem: string): void;
}

export async function replayMessages(
  input: Readable,
  responder: Responder,
  handlers: ReplayHandlers,
  now: () => Date = () => new Date(),
): Promise<ReplaySummary> {
  const summary: ReplaySummary = {
    messages: 0,
    malformed: 0,
    actions: { reply: 0, dm: 0, handoff: 0, ignore: 0 },
  };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = parseInboundMessage(line, now());
    if ('error' in parsed) {
      summary.malformed += 1;
      handlers.onMalformed(lineNumber, parsed.error);
      continue;
    }
    const handled = await responder.handle(parsed.message);
    summary.messages += 1;
    for (const action of handled.actions) summary.actions[action.type] += 1;
    handlers.onHandled(parsed.message, handled);
  }
  return summary;
}
