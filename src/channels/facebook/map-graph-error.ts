// Every failed Graph call becomes a ChannelError whose code tells the caller what to do: wait
// (rate limits), retry (Meta or the network is down), or stop and tell a person why (a deleted
// comment, a closed Messenger window, a comment that already had its private reply, a token that
// no longer works). Graph errors are `{error: {message, type, code, error_subcode, fbtrace_id}}`
// (developers.facebook.com/docs/graph-api/guides/error-handling); the Messenger codes are listed
// at developers.facebook.com/docs/messenger-platform/error-codes.
import { ChannelError } from '../../errors.ts';
import { asString, isRecord } from '../twitter/json-values.ts';
import { DEFAULT_GRAPH_WAIT_MS, readGraphUsage } from './read-graph-usage.ts';

/** What was attempted: "object does not exist" means a deleted comment only for comment work. */
export type GraphOperation = 'read' | 'comment' | 'private-reply' | 'message';

export interface GraphFailure {
  status: number;
  body: unknown;
  headers: Headers;
}

/** An expired or revoked Page token: readiness turns red with this code until a call works again. */
export const FACEBOOK_AUTH_FAILED = 'facebook_auth_failed';

/**
 * Throttling: 4 app, 17 user, 32 Page, 613 custom limit (Graph rate limiting), 80001 Pages and
 * 80006 Messenger business-use-case limits.
 */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80001, 80006]);
/** "Unknown error" and "service temporarily unavailable", and Messenger's "temporary send failure". */
const TEMPORARY_CODES = new Set([1, 2, 1200]);
/** Outside the Messenger window: 10/2018278 ("This message is sent outside of allowed window"), and 10/2534022. */
const WINDOW_SUBCODES = new Set([2018278, 2534022]);
/** Graph's "Unsupported post request. Object with ID ... does not exist": the comment is deleted or hidden. */
const OBJECT_MISSING_SUBCODE = 33;
/** 100/2018001 "No matching user found"; 551 "This person isn't available right now". */
const NO_SUCH_USER_SUBCODE = 2018001;

/** What each 190 subcode means, so the fix names the real cause. */
const TOKEN_PROBLEMS: Readonly<Record<number, string>> = {
  458: 'the app was removed from the Page or the user',
  460: 'the password of the user who made it changed',
  463: 'it expired',
  467: 'it is no longer valid',
};

const TOKEN_FIX =
  'create a new Page access token (from a long-lived user token, or a system user in Business Manager) with ' +
  'pages_messaging, pages_manage_metadata, pages_read_engagement and pages_manage_engagement, set ' +
  'FACEBOOK_PAGE_ACCESS_TOKEN and restart Pronto';

export function mapGraphError(failure: GraphFailure, { operation }: { operation: GraphOperation }): ChannelError {
  const error = isRecord(failure.body) && isRecord(failure.body.error) ? failure.body.error : {};
  const code = Number(error.code);
  const subcode = Number(error.error_subcode);
  const message = asString(error.message) ?? `HTTP ${failure.status}`;
  const detail = describe(failure.status, code, subcode, asString(error.type), asString(error.fbtrace_id), message);
  const base = { cause: failure.body, status: failure.status };
  const refuse = (errorCode: string, why: string) => new ChannelError(errorCode, `${why} (${detail})`, { ...base, retryable: false });

  if (RATE_LIMIT_CODES.has(code) || failure.status === 429) {
    const waitMs = readGraphUsage(failure.headers).waitMs ?? DEFAULT_GRAPH_WAIT_MS;
    return new ChannelError('facebook_rate_limited', `Facebook rate limit reached (${detail})`, { ...base, retryAfterMs: waitMs });
  }
  if (TEMPORARY_CODES.has(code) || failure.status >= 500 || error.is_transient === true) {
    return new ChannelError('facebook_unavailable', `Facebook failed (${detail})`, { ...base, retryable: true });
  }
  if (code === 190 || code === 102) {
    const why = TOKEN_PROBLEMS[subcode] ?? 'Meta refused it';
    return refuse(FACEBOOK_AUTH_FAILED, `the Page access token does not work: ${why}; ${TOKEN_FIX}`);
  }
  if (code === 10 && (WINDOW_SUBCODES.has(subcode) || /allowed window/i.test(message))) {
    return refuse(
      'facebook_window_closed',
      operation === 'private-reply'
        ? 'the private reply comes too late: Meta allows one within 7 days of the comment'
        : 'the Messenger window is closed: Meta allows replies within 24 hours of the customer\'s last message (7 days for an agent with the HUMAN_AGENT tag)',
    );
  }
  if (code === 10900) return refuse('facebook_private_reply_used', 'this comment already had its one private reply: continue in the Messenger conversation');
  if (code === 10903) return refuse('facebook_private_reply_refused', 'this person cannot get a private reply (their settings or restrictions)');
  if (code === 551 || (code === 100 && subcode === NO_SUCH_USER_SUBCODE)) {
    return refuse('facebook_recipient_unavailable', 'this person cannot receive messages from the Page right now');
  }
  if (code === 100 && subcode === OBJECT_MISSING_SUBCODE && operation !== 'message') {
    return refuse('facebook_target_gone', 'the comment is deleted or no longer visible to the Page');
  }
  if (code === 10 || (code >= 200 && code <= 299)) {
    return refuse('facebook_permission_denied', `the Page token lacks a permission: ${TOKEN_FIX}`);
  }
  if (code === 100 && /length|too long/i.test(message)) return refuse('facebook_text_too_long', 'Facebook refused the text as too long');
  return refuse('facebook_rejected', 'Facebook rejected the request');
}

function describe(status: number, code: number, subcode: number, type: string | undefined, trace: string | undefined, message: string): string {
  const codes = Number.isFinite(code) ? `code ${code}${Number.isFinite(subcode) ? `/${subcode}` : ''}` : `HTTP ${status}`;
  return [codes, type, trace ? `fbtrace_id ${trace}` : undefined, message].filter((part) => part !== undefined).join(', ');
}
