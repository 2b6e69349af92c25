// Meta signs every webhook body with the app secret: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256
// of the raw body>` (developers.facebook.com/docs/graph-api/webhooks/getting-started, "Validate
// Payloads"; fbsamples/original-coast-clothing app.js verifyRequestSignature). Pure functions: the
// HTTP layer passes the exact bytes and the header, as bolt-js does for Slack.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { ConfigError, ProntoError } from '../../errors.ts';

export const FACEBOOK_SIGNATURE_HEADER = 'x-hub-signature-256';
const SIGNATURE_PREFIX = 'sha256=';

export interface FacebookSignedRequest {
  /** The body exactly as received: re-serialized JSON does not match the signature. */
  rawBody: Buffer;
  /** The `x-hub-signature-256` header as Node delivers it. */
  signatureHeader: string | string[] | undefined;
  appSecret: string;
}

/** Throws a ProntoError `facebook_signature_invalid` naming what is wrong; returns when the body is Meta's. */
export function verifyFacebookSignature({ rawBody, signatureHeader, appSecret }: FacebookSignedRequest): void {
  const secret = requireSecret(appSecret);
  if (signatureHeader === undefined || signatureHeader === '') throw invalid(`missing ${FACEBOOK_SIGNATURE_HEADER} header`);
  if (Array.isArray(signatureHeader)) throw invalid(`more than one ${FACEBOOK_SIGNATURE_HEADER} header`);
  if (!signatureHeader.startsWith(SIGNATURE_PREFIX)) throw invalid(`${FACEBOOK_SIGNATURE_HEADER} does not start with sha256=`);
  // Hex case is not meaningful; the length of a valid signature is no secret.
  const given = Buffer.from(signatureHeader.slice(SIGNATURE_PREFIX.length).toLowerCase(), 'utf8');
  const expected = Buffer.from(createHmac('sha256', secret).update(rawBody).digest('hex'), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw invalid('signature does not match the body');
  }
}

/** Boolean form of verifyFacebookSignature for callers that only branch. */
export function isFacebookSignatureValid(request: FacebookSignedRequest): boolean {
  try {
    verifyFacebookSignature(request);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `given` is the configured verify token, compared in constant time (digests of equal
 * length, so neither the token's characters nor its length leak through timing).
 */
export function isVerifyToken(given: unknown, verifyToken: string): boolean {
  if (typeof given !== 'string' || verifyToken === '') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(verifyToken));
}

/** An empty key would make every forged signature computable: refuse to run without one. */
function requireSecret(appSecret: string): string {
  if (appSecret === '') {
    throw new ConfigError("FACEBOOK_APP_SECRET is empty: set the Meta app's secret (App settings → Basic) to verify webhooks");
  }
  return appSecret;
}

function invalid(reason: string): ProntoError {
  return new ProntoError('facebook_signature_invalid', `Facebook webhook rejected: ${reason}`);
}
