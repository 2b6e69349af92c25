// A real pino logger whose lines a test can read: what an operator would see in the logs.
import type { DestinationStream } from 'pino';
import { createLogger } from '../../src/logger.ts';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export function createRecordingLog(level = 'info') {
  const lines: LogLine[] = [];
  const destination: DestinationStream = {
    write(line: string) {
      lines.push(JSON.parse(line) as LogLine);
    },
  };
  return { log: createLogger(level, destination), lines, events: () => lines.map((line) => line.msg) };
}
