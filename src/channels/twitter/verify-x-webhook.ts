// Account Activity webhooks: X proves it is X by signing each body with the app's consumer
// secret, and proves the URL is ours with a challenge-response check (CRC). Pure functions: the
// HTTP layer passes the raw body and the header, as bolt-js does for Slack.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ConfigError, ProntoError } from '../../errors.ts';

export const X_SIGNATURE_HEADER = 'x-twitter-webhooks-signature';
const SIGNATURE_PREFIX = 'sha256=';

/**
 * X's CRC tokens are short opaque base64 strings (one seen in the wild: 48 characters, the
 * base64 of a UUID). The answer is the same HMAC that signs POST bodies, so answering any token
 * would sign any body an attacker likes (a forged event JSON as crc_token, then POSTed with the
 * answer). Only tokens of X's shape are answered: base64 or base64url, which a JSON event body
 * can never be, and bounded in length.
 * Sources: https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/securing-webhooks
 * and https://docs.x.com/x-api/webhooks/quickstart (CRC: HMAC-SHA256 of crc_token with the consumer
 * secret, base64, "sha256=" prefix); the same fix in github.com/vercel/chat pull request 775.
 */
const CRC_TOKEN_SHAPE = /^[A-Za-z0-9+/_-]{1,128}={0,2}$/;

/**
 * The answer to X's GET ?crc_token=... check, which X repeats to keep the webhook registered.
 * Throws a ProntoError `x_crc_token_invalid` for a token that is not shaped like X's.
 */
export function crcResponse(crcToken: string, consumerSecret: string): { response_token: string } {
  const secret = requireSecret(consumerSecret);
  if (!CRC_TOKEN_SHAPE.test(crcToken)) {
    throw new ProntoError('x_crc_token_invalid', 'crc_token must be a base64 string of at most 128 characters, as X sends');
  }
  return { response_token: SIGNATURE_PREFIX + sign(crcToken, secret) };
}

export interface XSignedRequest {
  /** The body exactly as received: re-serialized JSON does not match the signature. */
  rawBody: string | Buffer;
  /** The `x-twitter-webhooks-signature` header as Node delivers it. */
  signatureHeader: string | string[] | undefined;
  consumerSecret: string;
}

/** Throws a ProntoError `x_signature_invalid` naming what is wrong; returns when the body is X's. */
export function verifyXSignature({ rawBody, signatureHeader, consumerSecret }: XSignedRequest): void {
  const secret = requireSecret(consumerSecret);
  if (signatureHeader === undefined || signatureHeader === '') throw invalid(`missing ${X_SIGNATURE_HEADER} header`);
  if (Array.isArray(signatureHeader)) throw invalid(`more than one ${X_SIGNATURE_HEADER} header`);
  if (!signatureHeader.startsWith(SIGNATURE_PREFIX)) throw invalid(`${X_SIGNATURE_HEADER} does not start with sha256=`);
  const given = Buffer.from(signatureHeader.slice(SIGNATURE_PREFIX.length), 'utf8');
  const expected = Buffer.from(sign(rawBody, secret), 'utf8');
  // timingSafeEqual throws on different lengths; the length of a valid signature is no secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw invalid('signature does not match the body');
  }
}

/** Boolean form of verifyXSignature for callers that only branch. */
export function isValidXSignature(request: XSignedRequest): boolean {
  try {
    verifyXSignature(request);
    return true;
  } catch {
    return false;
  }
}

function sign(data: string | Buffer, secret: string): string {
  return createHmac('sha256', secret).update(data).digest('base64');
}

/** An empty key would make every forged signature computable: refuse to run without one. */
function requireSecret(consumerSecret: string): string {
  if (consumerSecret === '') {
    throw new ConfigError('X_API_SECRET is empty: set the app\'s API key secret to verify X webhooks');
  }
  return consumerSecret;
}

function invalid(reason: string): ProntoError {
  return new ProntoError('x_signature_invalid', `X webhook rejected: ${reason}`);
}
