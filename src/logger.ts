// Structured JSON logs (pino) with secrets redacted and card numbers masked before a line is
// written. Events are named `area.event_past_tense`, with data in fields.
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import { PINO_PRIVACY_OPTIONS } from './privacy/pino-redaction.ts';

export function createLogger(level: string, destination?: DestinationStream): PinoLogger {
  const options = { ...PINO_PRIVACY_OPTIONS, level, base: { service: 'pronto' } };
  return destination ? pino(options, destination) : pino(options);
}
