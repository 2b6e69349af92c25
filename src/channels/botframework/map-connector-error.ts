// Every failure of a call to the Bot Connector (or of getting its token from Entra ID) becomes a
// ChannelError whose code tells the caller what to do: wait (429), retry (5xx, network), tell a
// person that this conversation is gone, or stop and fix the credentials. The status codes and
// error codes are Teams' documented ones ("Status codes from bot conversational APIs",
// learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages;
// rate limits: learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).
import { HttpError } from '@microsoft/agents-hosting';
import { ChannelError } from '../../errors.ts';

export const AUTH_FAILED = 'botframework_auth_failed';

/** The connector's 429 usually says when to come back; when it does not, a short pause (a customer is waiting). */
const DEFAULT_RATE_LIMIT_WAIT_MS = 2_000;
/** Never retry sooner than this, whatever Retry-After says: whole seconds and clock drift. */
const MIN_RATE_LIMIT_WAIT_MS = 500;

/** 403 codes that mean "this one conversation is closed to the bot", not "the credentials are wrong". */
const CONVERSATION_CLOSED = /BotNotInConversationRoster|ConversationBlockedByUser|ForbiddenOperationException/i;

const CREDENTIALS_HINT =
  'check connections__serviceConnection__settings__clientId, clientSecret and tenantId: they must be the app ' +
  "registration of the Azure Bot resource (Azure portal → the bot → Configuration → Microsoft App ID), with a secret that has not expired";

export function mapConnectorError(error: unknown, options: { anonymous: boolean; now?: () => number }): ChannelError {
  if (error instanceof ChannelError) return error;
  if (error instanceof HttpError) return mapHttpError(error, options);
  const authError = readEntraError(error);
  if (authError !== undefined) return mapEntraError(error, authError);
  if (isNetworkError(error)) {
    return new ChannelError('botframework_unavailable', `the Bot Connector could not be reached: ${describe(error)}`, { cause: error, retryable: true });
  }
  return new ChannelError('botframework_failed', `sending to the Bot Connector failed: ${describe(error)}`, { cause: error, retryable: false });
}

function mapHttpError(error: HttpError, { anonymous, now = Date.now }: { anonymous: boolean; now?: () => number }): ChannelError {
  const { status } = error;
  const detail = describeConnectorProblem(error.response.data) ?? `HTTP ${status}`;
  const base = { cause: error, status };
  if (status === 429) {
    return new ChannelError('botframework_rate_limited', `the Bot Connector is throttling (429 ${detail})`, {
      ...base,
      retryAfterMs: retryAfterMs(error.response.headers.get('retry-after'), now()),
    });
  }
  // 412: concurrent operations on one conversation; 5xx: the service or a dependency. Both pass.
  if (status >= 500 || status === 412) {
    return new ChannelError('botframework_unavailable', `the Bot Connector failed (${status} ${detail})`, { ...base, retryable: true });
  }
  if (status === 404 || (status === 403 && CONVERSATION_CLOSED.test(detail))) {
    return new ChannelError(
      'botframework_conversation_gone',
      `the conversation no longer exists for the bot (${status} ${detail}): the customer closed the chat, removed or blocked the bot, so this did not reach them`,
      { ...base, retryable: false },
    );
  }
  if (status === 403 && /BotDisabledByAdmin/i.test(detail)) {
    return new ChannelError(AUTH_FAILED, `the tenant's admin disabled the bot (403 ${detail}): ask them to allow the app in the Teams admin center (Manage apps)`, {
      ...base,
      retryable: false,
    });
  }
  if (status === 401 || status === 403) {
    const fix = anonymous
      ? 'Pronto runs without a client id (anonymous, for local tries): set connections__serviceConnection__settings__clientId, clientSecret and tenantId to talk to Azure Bot Service'
      : CREDENTIALS_HINT;
    return new ChannelError(AUTH_FAILED, `the Bot Connector refused Pronto's credentials (${status} ${detail}): ${fix}`, { ...base, retryable: false });
  }
  if (status === 413) {
    return new ChannelError('botframework_text_too_long', `the channel refused the message as too large (413 ${detail})`, { ...base, retryable: false });
  }
  return new ChannelError('botframework_rejected', `the Bot Connector rejected the activity (${status} ${detail})`, { ...base, retryable: false });
}

interface EntraError {
  errorCode: string;
  errorMessage: string;
}

/** MSAL's errors (getting the token for the connector) carry an `errorCode`. */
function readEntraError(error: unknown): EntraError | undefined {
  const { errorCode, errorMessage } = (error ?? {}) as { errorCode?: unknown; errorMessage?: unknown };
  if (typeof errorCode !== 'string' || errorCode === '') return undefined;
  return { errorCode, errorMessage: typeof errorMessage === 'string' ? errorMessage : '' };
}

function mapEntraError(error: unknown, { errorCode, errorMessage }: EntraError): ChannelError {
  const detail = `${errorCode}${errorMessage ? `: ${errorMessage.split('\n')[0]}` : ''}`;
  // Entra itself unreachable or slow: the next try may get the token.
  if (/network|timeout|endpoints_resolution|unavailable/i.test(errorCode)) {
    return new ChannelError('botframework_unavailable', `Entra ID could not be reached for the Bot Connector's token (${detail})`, {
      cause: error,
      retryable: true,
    });
  }
  return new ChannelError(AUTH_FAILED, `Entra ID gave no token for the Bot Connector (${detail}): ${CREDENTIALS_HINT}`, { cause: error, retryable: false });
}

/** Retry-After is seconds or an HTTP date (RFC 9110, 10.2.3). */
function retryAfterMs(header: string | null, nowMs: number): number {
  if (header === null || header.trim() === '') return DEFAULT_RATE_LIMIT_WAIT_MS;
  const seconds = Number(header);
  const waitMs = Number.isFinite(seconds) ? seconds * 1_000 : Date.parse(header) - nowMs;
  return Number.isFinite(waitMs) ? Math.max(MIN_RATE_LIMIT_WAIT_MS, waitMs) : DEFAULT_RATE_LIMIT_WAIT_MS;
}

/** The connector's error body: `{"error": {"code": "...", "message": "..."}}`, or ASP.NET's `{"message": "..."}`. */
function describeConnectorProblem(data: unknown): string | undefined {
  if (typeof data === 'string') return data.trim() === '' ? undefined : data.slice(0, 300);
  if (typeof data !== 'object' || data === null) return undefined;
  const body = data as { error?: { code?: unknown; message?: unknown }; message?: unknown };
  const parts = [body.error?.code, body.error?.message ?? body.message].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? parts.join(': ') : undefined;
}

/** fetch's failure (refused, reset, DNS, timeout) before any HTTP answer. */
function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'TimeoutError' || error.name === 'AbortError' || (error instanceof TypeError && /fetch failed/i.test(error.message));
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof cause === 'string' ? `${message} (${cause})` : message;
}
