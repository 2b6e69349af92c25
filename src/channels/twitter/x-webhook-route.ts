// Account-Activity-style webhooks for X accounts that have them: GET answers the CRC challenge,
// POST carries signed events. Events go to the same queue as polled ones (deduplicated by id).
import express from 'express';
import { crcResponse, verifyXSignature, X_SIGNATURE_HEADER } from './verify-x-webhook.ts';
import type { ResolvedWebhookEvents } from './resolve-webhook-replies.ts';
import type { InboundMessage } from '../../core/model.ts';
import { ProntoError } from '../../errors.ts';
import { readRawBody, type HttpMount } from '../../service/http-server.ts';
import type { ServiceMetrics } from '../../service/metrics.ts';
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
    if (!(await queueWithin(deps, events.messages, QUEUE_WAIT_MS))) {
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

/**
 * Adds the messages to the queue; false when that failed or took longer than `waitMs` (Redis is
 * down). Adds still in progress are not abandoned: they land when Redis is back, and X's retry
 * of the same delivery is then a duplicate the queue ignores.
 */
async function queueWithin(deps: XWebhookDeps, messages: InboundMessage[], waitMs: number): Promise<boolean> {
  const queued = Promise.all(
    messages.map(async (message) => {
      // Counted here, not after the answer: a message that lands late is still counted once.
      if (await deps.queue.add(message)) deps.metrics.messagesIn.inc({ channel: message.channel, kind: message.kind });
    }),
  ).then(
    () => 'queued' as const,
    (error: unknown) => {
      deps.warnings.warn({ reason: error instanceof Error ? error.message : String(error) }, 'x.webhook_queue_failed');
      return 'failed' as const;
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), waitMs);
  });
  const outcome = await Promise.race([queued, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timed-out') deps.warnings.warn({ waitMs, messages: messages.length }, 'x.webhook_queue_unavailable');
  return outcome === 'queued';
}
