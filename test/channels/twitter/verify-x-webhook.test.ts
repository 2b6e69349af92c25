import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crcResponse, isValidXSignature, verifyXSignature } from '../../../src/channels/twitter/verify-x-webhook.ts';
import { ConfigError, ProntoError } from '../../../src/errors.ts';

// RFC 4231 test case 2: HMAC-SHA256 with key "Jefe" over "what do ya want for nothing?" is
// 5bdcc146...64ec3843 (hex), written here in base64 as X expects.
const RFC_KEY = 'Jefe';
const RFC_DATA = 'what do ya want for nothing?';
const RFC_SIGNATURE = 'sha256=W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=';

function aSignedRequest(overrides: Partial<Parameters<typeof verifyXSignature>[0]> = {}): Parameters<typeof verifyXSignature>[0] {
  return { rawBody: RFC_DATA, signatureHeader: RFC_SIGNATURE, consumerSecret: RFC_KEY, ...overrides };
}

function reasonOf(request: Parameters<typeof verifyXSignature>[0]): string {
  try {
    verifyXSignature(request);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(ProntoError);
    expect((error as ProntoError).code).toBe('x_signature_invalid');
    return (error as ProntoError).message;
  }
}

/** A CRC token as X sent one (base64 of a UUID), seen in a public request log. */
const X_CRC_TOKEN = 'M2RkODJkZmMtYjlkYi00NmQ4LTk0MGUtM2JjYzkwM2Q4MjQ0';

describe('crcResponse', () => {
  it('answers the challenge with the base64 HMAC-SHA256 of the token under the consumer secret', () => {
    const expected = `sha256=${createHmac('sha256', RFC_KEY).update(X_CRC_TOKEN).digest('base64')}`;
    expect(crcResponse(X_CRC_TOKEN, RFC_KEY)).toEqual({ response_token: expected });
  });

  it('answers base64url tokens with padding too', () => {
    expect(crcResponse('ab-_Zz09==', RFC_KEY).response_token).toMatch(/^sha256=/);
  });

  it('refuses to sign a token that is not shaped like X\'s, such as a JSON body it would otherwise sign for a forger', () => {
    const forgedBody = JSON.stringify({ for_user_id: '1000', tweet_create_events: [] });
    for (const token of [forgedBody, RFC_DATA, '', 'a'.repeat(129), 'abc=def', 'abc\n']) {
      expect(() => crcResponse(token, RFC_KEY), token).toThrow(expect.objectContaining({ code: 'x_crc_token_invalid' }));
    }
    expect(() => crcResponse('a'.repeat(128), RFC_KEY)).not.toThrow();
  });

  it('refuses to answer without a consumer secret', () => {
    expect(() => crcResponse(X_CRC_TOKEN, '')).toThrow(ConfigError);
  });
});

describe('verifyXSignature', () => {
  it('accepts a body signed with the consumer secret', () => {
    expect(reasonOf(aSignedRequest())).toBe('accepted');
  });

  it('accepts the raw body as a Buffer', () => {
    expect(reasonOf(aSignedRequest({ rawBody: Buffer.from(RFC_DATA) }))).toBe('accepted');
  });

  it('rejects a tampered body', () => {
    expect(reasonOf(aSignedRequest({ rawBody: `${RFC_DATA} ` }))).toMatch(/does not match/);
  });

  it('rejects a body signed with another secret', () => {
    expect(reasonOf(aSignedRequest({ consumerSecret: 'other' }))).toMatch(/does not match/);
  });

  it('rejects a signature of the wrong length without comparing it', () => {
    expect(reasonOf(aSignedRequest({ signatureHeader: 'sha256=c2hvcnQ=' }))).toMatch(/does not match/);
  });

  it('rejects a missing header', () => {
    expect(reasonOf(aSignedRequest({ signatureHeader: undefined }))).toMatch(/missing x-twitter-webhooks-signature/);
  });

  it('rejects a signature without the sha256= prefix', () => {
    expect(reasonOf(aSignedRequest({ signatureHeader: RFC_SIGNATURE.slice('sha256='.length) }))).toMatch(/sha256=/);
  });

  it('rejects a repeated header', () => {
    expect(reasonOf(aSignedRequest({ signatureHeader: [RFC_SIGNATURE, RFC_SIGNATURE] }))).toMatch(/more than one/);
  });

  it('throws a ConfigError when the consumer secret is empty', () => {
    expect(() => verifyXSignature(aSignedRequest({ consumerSecret: '' }))).toThrow(/X_API_SECRET/);
  });
});

describe('isValidXSignature', () => {
  it('is true for a valid signature and false for any problem', () => {
    expect(isValidXSignature(aSignedRequest())).toBe(true);
    expect(isValidXSignature(aSignedRequest({ rawBody: 'tampered' }))).toBe(false);
    expect(isValidXSignature(aSignedRequest({ signatureHeader: undefined }))).toBe(false);
    expect(isValidXSignature(aSignedRequest({ consumerSecret: '' }))).toBe(false);
  });
});
