import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createXClient } from '../../../src/channels/twitter/create-x-client.ts';
import { mapXError } from '../../../src/channels/twitter/map-x-error.ts';
import { ChannelError } from '../../../src/errors.ts';
import { CREDENTIALS, startXFixture, type XFixture } from './x-fixture.ts';

const NOW_MS = Date.parse('2026-11-20T09:00:00Z');
const NOW_S = NOW_MS / 1_000;

describe('mapXError', () => {
  let x: XFixture;
  beforeEach(async () => {
    x = await startXFixture();
  });
  afterEach(() => x.close());

  /** The real error twitter-api-v2 throws for the next call to GET /2/users/me. */
  async function errorOfMe(failure: { status: number; headers?: Record<string, string>; body?: unknown }): Promise<unknown> {
    x.fake.failNext({ path: '/2/users/me' }, failure);
    return x.client.v2.get('users/me').catch((error: unknown) => error);
  }

  it('waits until the window resets when X answers 429', async () => {
    const error = await errorOfMe({ status: 429, headers: { 'x-rate-limit-reset': String(NOW_S + 300) } });

    expect(mapXError(error, { operation: 'read', now: () => NOW_MS })).toMatchObject({
      code: 'x_rate_limited',
      retryable: true,
      retryAfterMs: 300_000,
    });
  });

  it('waits at least one second when the reset is already past', async () => {
    const error = await errorOfMe({ status: 429, headers: { 'x-rate-limit-reset': String(NOW_S - 10) } });

    expect(mapXError(error, { operation: 'read', now: () => NOW_MS }).retryAfterMs).toBe(1_000);
  });

  it('waits for the 24-hour reset when the daily user cap is what ran out', async () => {
    const error = await errorOfMe({
      status: 429,
      headers: {
        'x-rate-limit-remaining': '12',
        'x-rate-limit-reset': String(NOW_S + 60),
        'x-user-limit-24hour-limit': '100',
        'x-user-limit-24hour-remaining': '0',
        'x-user-limit-24hour-reset': String(NOW_S + 7_200),
      },
    });

    expect(mapXError(error, { operation: 'reply', now: () => NOW_MS }).retryAfterMs).toBe(7_200_000);
  });

  it('falls back to retry-after, then to a minute, when X sends no reset', async () => {
    const withRetryAfter = await errorOfMe({ status: 429, headers: { 'x-rate-limit-reset': '', 'retry-after': '30' } });
    const withNothing = await errorOfMe({ status: 429, headers: { 'x-rate-limit-reset': '' } });

    expect(mapXError(withRetryAfter, { operation: 'read', now: () => NOW_MS }).retryAfterMs).toBe(30_000);
    expect(mapXError(withNothing, { operation: 'read', now: () => NOW_MS }).retryAfterMs).toBe(60_000);
  });

  it('tells a spent usage cap from a rate limit when the 429 is of type usage-capped', async () => {
    // X's answer as reported in github.com/xdevplatform/xdk/issues/25: the window has room.
    const body = {
      title: 'UsageCapExceeded',
      detail: 'Usage cap exceeded: Monthly product cap',
      type: 'https://api.twitter.com/2/problems/usage-capped',
      period: 'Monthly',
      scope: 'Product',
    };
    const error = await errorOfMe({ status: 429, body, headers: { 'x-rate-limit-remaining': '39999', 'x-rate-limit-reset': String(NOW_S + 600) } });

    const mapped = mapXError(error, { operation: 'reply', now: () => NOW_MS });

    expect(mapped).toMatchObject({ code: 'x_usage_capped', retryable: true, retryAfterMs: 600_000, status: 429 });
    expect(mapped.message).toContain('Monthly product cap');
  });

  it('maps the refusal to reply to a post that did not summon the brand to x_reply_not_allowed', async () => {
    const body = {
      title: 'Forbidden',
      detail: 'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.',
      type: 'about:blank',
      status: 403,
    };

    expect(mapXError(await errorOfMe({ status: 403, body }), { operation: 'reply' })).toMatchObject({
      code: 'x_reply_not_allowed',
      retryable: false,
      status: 403,
    });
  });

  it('maps an over-long text to x_text_too_long when X answers 400', async () => {
    const body = {
      errors: [{ parameters: { text: ['…'] }, message: 'Your Tweet text is too long. For more information on how Twitter determines text length see https://github.com/twitter/twitter-text.' }],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    };

    expect(mapXError(await errorOfMe({ status: 400, body }), { operation: 'reply' })).toMatchObject({ code: 'x_text_too_long', retryable: false });
  });

  it.each([500, 502, 503])('marks %i as retryable x_unavailable', async (status) => {
    const mapped = mapXError(await errorOfMe({ status }), { operation: 'read' });

    expect(mapped).toMatchObject({ code: 'x_unavailable', retryable: true, status });
  });

  it('names the credentials and the app permission when X answers 401', async () => {
    const mapped = mapXError(await errorOfMe({ status: 401 }), { operation: 'read' });

    expect(mapped).toMatchObject({ code: 'x_auth_failed', retryable: false, status: 401 });
    expect(mapped.message).toMatch(/X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN and X_ACCESS_SECRET/);
    expect(mapped.message).toContain('"Read and write and Direct message"');
  });

  it('treats a 403 about app permissions as x_auth_failed', async () => {
    const body = {
      title: 'Forbidden',
      detail: 'Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.',
      type: 'https://api.twitter.com/2/problems/oauth1-permissions',
      status: 403,
    };

    const mapped = mapXError(await errorOfMe({ status: 403, body }), { operation: 'reply' });

    expect(mapped).toMatchObject({ code: 'x_auth_failed', retryable: false });
  });

  it('treats a 403 duplicate as x_duplicate, not as a deleted post', async () => {
    const body = { title: 'Forbidden', detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', status: 403 };

    expect(mapXError(await errorOfMe({ status: 403, body }), { operation: 'reply' })).toMatchObject({
      code: 'x_duplicate',
      retryable: false,
    });
  });

  it.each([
    [403, 'reply', 'x_target_gone'],
    [404, 'reply', 'x_target_gone'],
    [404, 'dm', 'x_target_gone'],
    [403, 'dm', 'x_dm_refused'],
    [403, 'read', 'x_rejected'],
    [404, 'read', 'x_rejected'],
  ] as const)('maps %i on a %s to %s', async (status, operation, code) => {
    expect(mapXError(await errorOfMe({ status }), { operation })).toMatchObject({ code, retryable: false, status });
  });

  it("carries X's error detail when X answers 400", async () => {
    const error = await x.client.v2.get(`users/${x.fake.brand.id}/mentions`, { max_results: 1 }).catch((caught: unknown) => caught);

    const mapped = mapXError(error, { operation: 'read' });

    expect(mapped).toMatchObject({ code: 'x_rejected', retryable: false, status: 400 });
    expect(mapped.message).toContain('One or more parameters to your request was invalid.');
    expect(mapped.message).toContain('is not between 5 and 100');
  });

  it('marks a refused connection as retryable x_unavailable', async () => {
    await x.fake.close();
    const client = createXClient(CREDENTIALS, { baseUrl: x.fake.baseUrl });
    const error = await client.v2.get('users/me').catch((caught: unknown) => caught);

    expect(mapXError(error, { operation: 'read' })).toMatchObject({ code: 'x_unavailable', retryable: true });
  });

  it('keeps a ChannelError as it is and wraps anything else as x_failed', () => {
    const original = new ChannelError('x_address_invalid', 'bad address');

    expect(mapXError(original, { operation: 'dm' })).toBe(original);
    expect(mapXError(new TypeError('boom'), { operation: 'dm' })).toMatchObject({ code: 'x_failed', retryable: false });
  });
});
