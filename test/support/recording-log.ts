// A real pino logger whose lines a test can read: what an operator would see in the logs.
import type { DestinationStream } from 'pino';
import { createLogger } from '../../src/logger.ts';
import { createWaitList } from './wait-list.ts';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export function createRecordingLog(level = 'info') {
  const lines: LogLine[] = [];
  const waitList = createWaitList();
  const destination: DestinationStream = {
    write(line: string) {
      lines.push(JSON.parse(line) as LogLine);
      waitList.notify();
    },
  };
  return {
    log: createLogger(level, destination),
    lines,
    events: () => lines.map((line) => line.msg),
    /** Resolves when a line with this event name (and these fields, when given) has been logged. */
    waitForEvent: (event: string, timeoutMs = 5_000, fields: Record<string, unknown> = {}) =>
      waitList.until(
        () => lines.some((line) => line.msg === event && Object.entries(fields).every(([name, value]) => line[name] === value)),
        timeoutMs,
        () => `events so far: ${lines.map((l) => l.msg).join(', ')}`,
      ),
    /** Resolves when the lines logged so far satisfy `holds` (several lines, or fields that are not plain values). */
    waitForLines: (holds: (lines: LogLine[]) => boolean, timeoutMs = 5_000) =>
      waitList.until(() => holds(lines), timeoutMs, () => `events so far: ${lines.map((l) => l.msg).join(', ')}`),
  };
}
