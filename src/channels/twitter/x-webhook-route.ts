// Account-Activity-style webhooks for X accounts that have them: GET answers the CRC challenge,
// POST carries signed events. Events go to the same queue as polled ones (deduplicated by id).
import express from 'express';
import { crcResponse, verifyXSignature, X_SIGNATURE_HEADER } from './verify-x-webhook.ts';
import type { ResolvedWebhookEvents } from './resolve-webhook-replies.ts';
import { ProntoError } from '../../errors.ts';
import { readRawBody, type HttpMount } from '../../service/http-server.ts';
import type { ServiceMetrics } from '../../service/metrics.ts';
import { queueWithin } from '../../service/queue-within.ts';
import type { ThrottledWarnings } from '../../service/throttled-warnings.ts';
import type { WorkQueue } from '../../service/work-queue.ts';

const X_WEBHOOK_PATH = '/webhooks/x';

/**
 * How long a delivery may wait for the queue (Redis) before X is told to come back later: X
 * gives webhook calls a few seconds, and a request held through a whole outage helps nobody.
 */
const QUEUE_WAIT_MS = 2_000;
/** Sent with the 503 while the queue is unreachable; X retries failed deliveries by itself. */
const RETRY_AFTER_SECONDS = 30;

export interface XWebhookDeps {
  consumerSecret: string;
  brandUserId: string;
  /** The signed body's messages, replies with their thread looked up on X. */
  readEvents: (body: unknown) => Promise<ResolvedWebhookEvents>;
  queue: WorkQueue;
  metrics: ServiceMetrics;
  warnings: ThrottledWarnings;
}

export function createXWebhookRoute(deps: XWebhookDeps): HttpMount {
  const router = express.Router();

  router.get('/', (request, response) => {
    const token = request.query.crc_token;
    try {
      if (typeof token !== 'string') throw new ProntoError('x_crc_token_invalid', 'one crc_token is required');
      response.json(crcResponse(token, deps.consumerSecret));
    } catch (error) {
      if (!(error instanceof ProntoError) || error.code !== 'x_crc_token_invalid') throw error;
      deps.warnings.warn({ reason: error.message }, 'x.webhook_crc_rejected');
      response.status(400).json({ error: error.message });
    }
  });

  router.post('/', readRawBody, async (request, response) => {
    const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    try {
      verifyXSignature({ rawBody, signatureHeader: request.headers[X_SIGNATURE_HEADER], consumerSecret: deps.consumerSecret });
    } catch (error) {
      if (!(error instanceof ProntoError) || error.code !== 'x_signature_invalid') throw error;
      deps.warnings.warn({ reason: error.message }, 'x.webhook_signature_rejected');
      response.status(401).json({ error: `invalid ${X_SIGNATURE_HEADER}` });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      response.status(400).json({ error: 'body is not JSON' });
      return;
    }
    // Defence in depth beside the signature: events for another account are never ours to answer.
    const forUserId = (body as { for_user_id?: unknown } | null)?.for_user_id;
    if (forUserId !== deps.brandUserId) {
      deps.warnings.warn({ forUserId: String(forUserId).slice(0, 40) }, 'x.webhook_other_account_rejected');
      response.status(403).json({ error: 'for_user_id is not the brand account' });
      return;
    }
    const events = await deps.readEvents(body);
    for (const item of events.rejected) {
      deps.metrics.messagesRejected.inc({ channel: 'twitter' });
      deps.warnings.warn({ id: item.id, reason: item.reason }, 'x.item_rejected');
    }
    if (!(await queueWithin(deps, events.messages, { waitMs: QUEUE_WAIT_MS, area: 'x' }))) {
      response.status(503).set('Retry-After', String(RETRY_AFTER_SECONDS)).json({ error: 'the queue is unavailable: retry later' });
      return;
    }
    response.json({ accepted: events.messages.length, rejected: events.rejected.length });
  });

  router.all('/', (_request, response) => {
    response.status(405).set('Allow', 'GET, POST').json({ error: 'GET (CRC) or POST (events)' });
  });
  return { path: X_WEBHOOK_PATH, router };
}
