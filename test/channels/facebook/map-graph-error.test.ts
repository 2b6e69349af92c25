import { describe, expect, it } from 'vitest';
import { mapGraphError, type GraphFailure, type GraphOperation } from '../../../src/channels/facebook/map-graph-error.ts';

/** A Graph error body as Meta sends it (Graph API error handling guide). */
function failure(code: number, subcode?: number, message = 'An error', headers: Record<string, string> = {}, status = 400): GraphFailure {
  return {
    status,
    body: { error: { message, type: 'OAuthException', code, ...(subcode !== undefined ? { error_subcode: subcode } : {}), fbtrace_id: 'AbCdEfGh' } },
    headers: new Headers(headers),
  };
}

const map = (input: GraphFailure, operation: GraphOperation = 'message') => mapGraphError(input, { operation });

describe('mapGraphError', () => {
  it.each([
    ['4 (application limit)', 4],
    ['17 (user limit)', 17],
    ['32 (Page limit)', 32],
    ['613 (custom limit)', 613],
    ['80001 (Pages business use case)', 80001],
    ['80006 (Messenger business use case)', 80006],
  ])('waits when Meta answers code %s', (_, code) => {
    const error = map(failure(code));
    expect(error).toMatchObject({ code: 'facebook_rate_limited', retryAfterMs: 60_000, retryable: true });
  });

  it('waits as long as x-business-use-case-usage says when it gives a time to regain access', () => {
    const usage = JSON.stringify({ '1099': [{ type: 'pages', call_count: 100, total_cputime: 20, total_time: 20, estimated_time_to_regain_access: 7 }] });
    expect(map(failure(80001, undefined, 'Too many calls', { 'x-business-use-case-usage': usage })).retryAfterMs).toBe(7 * 60_000);
  });

  it.each([
    ['code 1 (unknown error)', failure(1, undefined, 'An unknown error occurred', {}, 500)],
    ['code 2 (service temporarily unavailable)', failure(2, undefined, 'Service temporarily unavailable', {}, 500)],
    ['code 1200 (temporary send failure)', failure(1200, undefined, 'Temporary send message failure. Please try again later')],
    ['a 503 without a Graph error', { status: 503, body: 'Service Unavailable', headers: new Headers() }],
  ])('retries when Meta answers %s', (_, input) => {
    expect(map(input)).toMatchObject({ code: 'facebook_unavailable', retryable: true, retryAfterMs: undefined });
  });

  it('names the fix when the Page token expired (190/463), and says so in the message', () => {
    const error = map(failure(190, 463, 'Error validating access token: Session has expired on Friday, 20-Nov-26 09:00:00 PST.'));
    expect(error).toMatchObject({ code: 'facebook_auth_failed', retryable: false });
    expect(error.message).toMatch(/token does not work: it expired; create a new Page access token .* FACEBOOK_PAGE_ACCESS_TOKEN/);
    expect(error.message).toMatch(/code 190\/463, OAuthException, fbtrace_id AbCdEfGh/);
  });

  it.each<[string, GraphFailure, GraphOperation, string]>([
    ['a closed Messenger window (10/2018278)', failure(10, 2018278, '(#10) This message is sent outside of allowed window.'), 'message', 'facebook_window_closed'],
    ['a private reply after 7 days', failure(10, 2018278, '(#10) This message is sent outside of allowed window.'), 'private-reply', 'facebook_window_closed'],
    ['a second private reply (10900)', failure(10900, undefined, '(#10900) Activity already replied to'), 'private-reply', 'facebook_private_reply_used'],
    ['a person who cannot get a private reply (10903)', failure(10903, 1893062, "This user can't reply to this activity"), 'private-reply', 'facebook_private_reply_refused'],
    ['a person not available (551)', failure(551, 1545041, "This person isn't available right now."), 'message', 'facebook_recipient_unavailable'],
    ['no matching user (100/2018001)', failure(100, 2018001, '(#100) No matching user found'), 'message', 'facebook_recipient_unavailable'],
    ['a deleted comment (100/33)', failure(100, 33, "Unsupported post request. Object with ID '1_2' does not exist"), 'comment', 'facebook_target_gone'],
    ['a missing permission (200)', failure(200, undefined, '(#200) Requires pages_messaging permission'), 'message', 'facebook_permission_denied'],
    ['a text too long (100)', failure(100, undefined, '(#100) Length of param message[text] must be less than or equal to 2000'), 'message', 'facebook_text_too_long'],
    ['anything else', failure(100, undefined, '(#100) Invalid parameter'), 'message', 'facebook_rejected'],
  ])('hands %s to a person, never retried', (_, input, operation, code) => {
    expect(map(input, operation)).toMatchObject({ code, retryable: false, retryAfterMs: undefined });
  });

  it('says what a person can do about a closed window, in the words of the operation', () => {
    expect(map(failure(10, 2018278), 'message').message).toMatch(/24 hours .* HUMAN_AGENT/);
    expect(map(failure(10, 2018278), 'private-reply').message).toMatch(/within 7 days of the comment/);
  });
});
