// Every failure of a call to X becomes a ChannelError whose code and flags tell the caller what
// to do: wait (rate limit), retry (X or the network is down), or stop and tell a person.
import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { ChannelError } from '../../errors.ts';
import { asRecords, asString, isRecord } from './json-values.ts';

/** What was attempted: a 403/404 means "gone" for a reply, "refused" for a DM, a bad call otherwise. */
export type XOperation = 'read' | 'reply' | 'dm';

export interface MapXErrorOptions {
  operation: XOperation;
  /** Epoch milliseconds; injectable so rate-limit waits are testable. */
  now?: () => number;
}

/** X's reset is in whole seconds and clocks drift: never ask a caller to retry sooner. */
const MIN_RATE_LIMIT_WAIT_MS = 1_000;
/** When X omits the reset header, one minute is short enough not to stall and long enough to cool down. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

const CREDENTIALS_HINT =
  'check X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN and X_ACCESS_SECRET (the access token must be the ' +
  "brand account's), and that the app's permissions are \"Read and write and Direct message\" " +
  '(regenerate the access token after changing them)';

export function mapXError(error: unknown, options: MapXErrorOptions): ChannelError {
  if (error instanceof ChannelError) return error;
  if (error instanceof ApiResponseError) return mapResponseError(error, options);
  if (error instanceof ApiRequestError || error instanceof ApiPartialResponseError) {
    return new ChannelError('x_unavailable', `X could not be reached: ${error.message}`, {
      cause: error,
      retryable: true,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ChannelError('x_failed', `calling X failed: ${message}`, { cause: error, retryable: false });
}

/** The code of X's refusal once the project's usage cap is reached (x-usage-cap.ts). */
export const X_USAGE_CAPPED = 'x_usage_capped';
/** X's problem type once the project's usage cap is reached (a 429 that waiting a window does not fix). */
const USAGE_CAPPED_TYPE = /\/problems\/usage-capped$/;
/**
 * X refuses API replies to posts whose author did not summon the brand (an @mention or a quote
 * of its post; docs.x.com, x-api/posts/manage-tweets/integrate, Reply restrictions).
 */
const REPLY_NOT_ALLOWED = /reply to this conversation is not allowed|not been mentioned or otherwise engaged/i;

function mapResponseError(error: ApiResponseError, { operation, now = Date.now }: MapXErrorOptions): ChannelError {
  const status = error.code;
  const detail = describeXProblem(error.data) ?? error.message;
  const base = { cause: error, status };
  if (status === 429 && USAGE_CAPPED_TYPE.test(problemType(error))) {
    // Retried like a rate limit by the poller; senders bound the wait (x-usage-cap.ts).
    return new ChannelError(X_USAGE_CAPPED, `X's usage cap is reached (${detail}): X refuses calls until it resets or is raised`, {
      ...base,
      retryAfterMs: waitForReset(error, now()),
    });
  }
  if (status === 429) {
    return new ChannelError('x_rate_limited', `X rate limit reached: ${detail}`, {
      ...base,
      retryAfterMs: waitForReset(error, now()),
    });
  }
  if (status >= 500) {
    return new ChannelError('x_unavailable', `X failed (${status}): ${detail}`, { ...base, retryable: true });
  }
  if (status === 401 || isPermissionProblem(error)) {
    return new ChannelError('x_auth_failed', `X refused the credentials (${status}: ${detail}): ${CREDENTIALS_HINT}`, {
      ...base,
      retryable: false,
    });
  }
  if (status === 403 && /duplicate/i.test(detail)) {
    // An earlier attempt whose answer was lost probably went through: retrying cannot help.
    return new ChannelError('x_duplicate', `X refused a duplicate post: ${detail}`, { ...base, retryable: false });
  }
  if ((status === 400 || status === 403) && /too long|shorter/i.test(detail)) {
    return new ChannelError('x_text_too_long', `X refused the text as too long (${status}): ${detail}`, { ...base, retryable: false });
  }
  if (status === 403 && operation === 'reply' && REPLY_NOT_ALLOWED.test(detail)) {
    // The post did not mention or quote the brand: no retry can change that; a person decides
    // (answer by DM, or let it be).
    return new ChannelError('x_reply_not_allowed', `X allows no reply here: the author did not mention or quote the brand (${detail})`, {
      ...base,
      retryable: false,
    });
  }
  if ((status === 403 || status === 404) && operation === 'reply') {
    return new ChannelError('x_target_gone', `the post to reply to is deleted or not visible: ${detail}`, {
      ...base,
      retryable: false,
    });
  }
  if (status === 404 && operation === 'dm') {
    return new ChannelError('x_target_gone', `the DM recipient does not exist: ${detail}`, {
      ...base,
      retryable: false,
    });
  }
  if (status === 403 && operation === 'dm') {
    // The customer does not accept DMs from the brand (DM settings or a block; X's docs,
    // x-api/direct-messages/manage/integrate): the public reply's DM link is the way in.
    return new ChannelError('x_dm_refused', `the customer does not accept DMs from the brand (${detail}): ask them in public to open the DM`, {
      ...base,
      retryable: false,
    });
  }
  return new ChannelError('x_rejected', `X rejected the request (${status}): ${detail}`, { ...base, retryable: false });
}

/** Until the window resets; a spent 24-hour cap outlasts the 15-minute window. */
function waitForReset(error: ApiResponseError, nowMs: number): number {
  const windows = [error.rateLimit, error.rateLimit?.day, error.rateLimit?.userDay];
  const spent = windows.filter((window) => window !== undefined && window.remaining === 0 && window.reset > 0);
  // The library only parses the headers when `x-rate-limit-limit` is present: read them too.
  const resetSeconds =
    spent.length > 0
      ? Math.max(...spent.map((window) => window?.reset ?? 0))
      : headerNumber(error, 'x-rate-limit-reset');
  if (resetSeconds !== undefined && resetSeconds > 0) {
    return Math.max(MIN_RATE_LIMIT_WAIT_MS, resetSeconds * 1_000 - nowMs);
  }
  const retryAfterSeconds = headerNumber(error, 'retry-after');
  if (retryAfterSeconds !== undefined && retryAfterSeconds > 0) {
    return Math.max(MIN_RATE_LIMIT_WAIT_MS, retryAfterSeconds * 1_000);
  }
  return DEFAULT_RATE_LIMIT_WAIT_MS;
}

function headerNumber(error: ApiResponseError, name: string): number | undefined {
  const value = Number(error.headers[name]);
  return Number.isFinite(value) ? value : undefined;
}

function isPermissionProblem(error: ApiResponseError): boolean {
  return error.code === 403 && /oauth1-permissions|unsupported-authentication|client-forbidden/.test(problemType(error));
}

function problemType(error: ApiResponseError): string {
  return isRecord(error.data) ? (asString(error.data.type) ?? '') : '';
}

/** X's problem detail: `detail`, then each `errors[].message`/`detail`. */
function describeXProblem(data: unknown): string | undefined {
  if (!isRecord(data)) return undefined;
  const parts = [asString(data.detail) ?? asString(data.title) ?? asString(data.error)];
  for (const item of asRecords(data.errors)) parts.push(asString(item.message) ?? asString(item.detail));
  const text = [...new Set(parts.filter((part): part is string => part !== undefined && part !== ''))].join('; ');
  return text === '' ? undefined : text;
}
