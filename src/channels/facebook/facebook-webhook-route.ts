// The Page webhook (DESIGN section 8): GET answers Meta's subscription handshake, POST carries
// signed feed changes and Messenger events. The signature is checked over the exact bytes before
// anything is parsed (as fbsamples/original-coast-clothing does); the messages go to the work
// queue, deduplicated by id, and Meta gets its 200 once they are recorded.
import express from 'express';
import type { Logger } from '../../core/ports.ts';
import { ProntoError } from '../../errors.ts';
import { readRawBody, type HttpMount } from '../../service/http-server.ts';
import type { ServiceMetrics } from '../../service/metrics.ts';
import { queueWithin } from '../../service/queue-within.ts';
import type { ThrottledWarnings } from '../../service/throttled-warnings.ts';
import type { WorkQueue } from '../../service/work-queue.ts';
import { FACEBOOK_CHANNEL_ID, normalizeFacebookWebhook } from './normalize-facebook-webhook.ts';
import { FACEBOOK_SIGNATURE_HEADER, isVerifyToken, verifyFacebookSignature } from './verify-facebook-signature.ts';

const FACEBOOK_WEBHOOK_PATH = '/webhooks/facebook';

/**
 * How long a delivery may wait for the queue (Redis) before Meta is told to come back later:
 * Meta expects an answer within seconds and retries failed deliveries by itself.
 */
const QUEUE_WAIT_MS = 2_000;
/** Sent with the 503 while the queue is unreachable. */
const RETRY_AFTER_SECONDS = 30;
/** Meta's `hub.challenge` is a short number; anything longer is not Meta and is not echoed. */
const MAX_CHALLENGE_CHARS = 256;

export interface FacebookWebhookDeps {
  pageId: string;
  appSecret: string;
  verifyToken: string;
  queue: WorkQueue;
  metrics: ServiceMetrics;
  warnings: ThrottledWarnings;
  log: Logger;
}

export function createFacebookWebhookRoute(deps: FacebookWebhookDeps): HttpMount {
  const router = express.Router();

  // developers.facebook.com/docs/graph-api/webhooks/getting-started: "Verification Requests".
  router.get('/', (request, response) => {
    const { 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': challenge } = request.query;
    const valid = typeof challenge === 'string' && challenge !== '' && challenge.length <= MAX_CHALLENGE_CHARS;
    if (mode !== 'subscribe' || !isVerifyToken(token, deps.verifyToken) || !valid) {
      deps.warnings.warn({ mode: String(mode).slice(0, 20) }, 'facebook.webhook_verification_rejected');
      response.status(403).json({ error: 'hub.mode=subscribe, the configured hub.verify_token and a hub.challenge are required' });
      return;
    }
    // Echoed as plain text only, never rendered: the challenge comes from outside.
    response.status(200).type('text/plain').set('X-Content-Type-Options', 'nosniff').send(challenge);
  });

  router.post('/', readRawBody, async (request, response) => {
    const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    try {
      verifyFacebookSignature({ rawBody, signatureHeader: request.headers[FACEBOOK_SIGNATURE_HEADER], appSecret: deps.appSecret });
    } catch (error) {
      if (!(error instanceof ProntoError) || error.code !== 'facebook_signature_invalid') throw error;
      deps.warnings.warn({ reason: error.message }, 'facebook.webhook_signature_rejected');
      response.status(401).json({ error: `invalid ${FACEBOOK_SIGNATURE_HEADER}` });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      deps.metrics.messagesRejected.inc({ channel: FACEBOOK_CHANNEL_ID });
      deps.warnings.warn({ bytes: rawBody.length }, 'facebook.webhook_body_not_json');
      response.status(400).json({ error: 'body is not JSON' });
      return;
    }
    const items = normalizeFacebookWebhook(body, { pageId: deps.pageId });
    for (const { reason, what } of items.ignored) {
      deps.metrics.messagesIgnored.inc({ channel: FACEBOOK_CHANNEL_ID, reason });
      // Routine (every reaction to a post is one): visible when an operator turns debug on.
      deps.log.debug?.({ reason, what }, 'facebook.item_ignored');
    }
    for (const { reason } of items.rejected) {
      deps.metrics.messagesRejected.inc({ channel: FACEBOOK_CHANNEL_ID });
      deps.warnings.warn({ reason }, 'facebook.item_rejected');
    }
    if (!(await queueWithin(deps, items.messages, { waitMs: QUEUE_WAIT_MS, area: 'facebook' }))) {
      response.status(503).set('Retry-After', String(RETRY_AFTER_SECONDS)).json({ error: 'the queue is unavailable: retry later' });
      return;
    }
    // Always 200 for a signed body, even one with nothing to answer: Meta retries anything else.
    response.json({ accepted: items.messages.length, ignored: items.ignored.length, rejected: items.rejected.length });
  });

  router.all('/', (_request, response) => {
    response.status(405).set('Allow', 'GET, POST').json({ error: 'GET (verification) or POST (events)' });
  });
  return { path: FACEBOOK_WEBHOOK_PATH, router };
}
