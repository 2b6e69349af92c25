import { describe, expect, it } from 'vitest';
import {
  isFacebookSignatureValid,
  isVerifyToken,
  verifyFacebookSignature,
} from '../../../src/channels/facebook/verify-facebook-signature.ts';
import { ConfigError } from '../../../src/errors.ts';
import { signWebhook } from '../../support/fake-graph-api.ts';

const SECRET = 'app-secret';
const BODY = Buffer.from('{"object":"page","entry":[]}');

describe('verifyFacebookSignature', () => {
  it('accepts the HMAC-SHA256 of the exact body with the app secret, in either hex case', () => {
    const signature = signWebhook(BODY.toString(), SECRET);
    expect(() => verifyFacebookSignature({ rawBody: BODY, signatureHeader: signature, appSecret: SECRET })).not.toThrow();
    expect(isFacebookSignatureValid({ rawBody: BODY, signatureHeader: signature.toUpperCase().replace('SHA256=', 'sha256='), appSecret: SECRET })).toBe(true);
  });

  it.each([
    ['there is no header', undefined, /missing x-hub-signature-256/],
    ['the header is empty', '', /missing/],
    ['the header came twice', ['sha256=aa', 'sha256=bb'], /more than one/],
    ['the prefix is not sha256=', `sha1=${'a'.repeat(40)}`, /does not start with sha256=/],
    ['it signs another body', signWebhook('{"object":"page","entry":[{}]}', SECRET), /does not match the body/],
    ['another secret signed it', signWebhook(BODY.toString(), 'not-the-secret'), /does not match the body/],
    ['it is cut short', signWebhook(BODY.toString(), SECRET).slice(0, 20), /does not match the body/],
  ])('rejects the body when %s', (_, signatureHeader, reason) => {
    expect(() => verifyFacebookSignature({ rawBody: BODY, signatureHeader, appSecret: SECRET })).toThrow(reason);
    expect(isFacebookSignatureValid({ rawBody: BODY, signatureHeader, appSecret: SECRET })).toBe(false);
  });

  it('refuses to verify with an empty app secret, naming the variable', () => {
    expect(() => verifyFacebookSignature({ rawBody: BODY, signatureHeader: signWebhook(BODY.toString(), ''), appSecret: '' })).toThrow(ConfigError);
    expect(() => verifyFacebookSignature({ rawBody: BODY, signatureHeader: 'sha256=00', appSecret: '' })).toThrow(/FACEBOOK_APP_SECRET/);
  });
});

describe('isVerifyToken', () => {
  it.each([
    ['the configured token', 'my-verify-token', true],
    ['another token', 'my-verify-tokem', false],
    ['a longer token', 'my-verify-token-2', false],
    ['no token', undefined, false],
    ['a repeated query parameter', ['my-verify-token', 'x'], false],
  ])('answers %s', (_, given, expected) => {
    expect(isVerifyToken(given, 'my-verify-token')).toBe(expected);
  });

  it('matches nothing when no verify token is configured', () => {
    expect(isVerifyToken('', '')).toBe(false);
  });
});
