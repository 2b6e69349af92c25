import type { LoggerOptions } from 'pino';
import { redactPersonalData } from './mask-personal-data.ts';

// Keys that hold secrets wherever they appear: at the top of a log object, one level down
// (`{ config: { apiKey } }`, `{ err: { token } }`) and in request headers.
const SECRET_KEYS = [
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'botToken',
  'appToken',
  'bearerToken',
  'apiKey',
  'api_key',
  'password',
  'secret',
  'clientSecret',
  'client_secret',
  'signingSecret',
  'consumerSecret',
  'accessSecret',
  // Facebook's settings (service-config.ts).
  'pageAccessToken',
  'appSecret',
  'verifyToken',
  'authorization',
  'cookie',
];
const SECRET_HEADERS = ['authorization', 'cookie', '"set-cookie"', '"x-api-key"', '"proxy-authorization"'];

/** Pino `redact` option: secrets become `[redacted]` before a log line is written. */
export const PINO_REDACTION = {
  paths: [
    ...SECRET_KEYS,
    ...SECRET_KEYS.map((key) => `*.${key}`),
    ...SECRET_HEADERS.flatMap((header) => [`headers[${header}]`, `*.headers[${header}]`]),
  ],
  censor: '[redacted]',
} as const satisfies LoggerOptions['redact'];

/**
 * Pino serializer for what a customer wrote: every personal-data value (phone, e-mail, IBAN,
 * card, codice fiscale) becomes a typed placeholder, because logs outlive the conversation.
 */
export function serializeCustomerText(value: unknown): unknown {
  return typeof value === 'string' ? redactPersonalData(value) : value;
}

/** A post a customer replied to or quoted is somebody's words too. */
function serializeReferencedPost(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('text' in value)) return value;
  return { ...value, text: serializeCustomerText(value.text) };
}

/**
 * Options to spread into `pino({...})`: secrets redacted, and personal data redacted in every
 * field that carries a customer's words or words written for them (`text`, `question`, `draft`,
 * `summary`) and in the message itself: a draft quotes the customer as often as not.
 */
export const PINO_PRIVACY_OPTIONS = {
  redact: PINO_REDACTION,
  serializers: {
    text: serializeCustomerText,
    question: serializeCustomerText,
    draft: serializeCustomerText,
    summary: serializeCustomerText,
    refersTo: serializeReferencedPost,
  },
  hooks: {
    logMethod(args, method) {
      method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactPersonalData(arg) : arg)) as typeof args);
    },
  },
} satisfies LoggerOptions;
