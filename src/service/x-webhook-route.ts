// Account-Activity-style webhooks for X accounts that have them: GET answers the CRC challenge,
// POST carries signed events. Events go to the same queue as polled ones (deduplicated by id).
import type { Logger } from '../core/ports.ts';
import { crcResponse, isValidXSignature, X_SIGNATURE_HEADER } from '../channels/twitter/verify-x-webhook.ts';
import type { ResolvedWebhookEvents } from '../channels/twitter/resolve-webhook-replies.ts';
import type { RouteHandler } from './http-server.ts';
import type { ServiceMetrics } from './metrics.ts';
import type { WorkQueue } from './work-queue.ts';

export interface XWebhookDeps {
  consumerSecret: string;
  /** The signed body's messages, replies with their thread looked up on X. */
  readEvents: (body: unknown) => Promise<ResolvedWebhookEvents>;
  queue: WorkQueue;
  metrics: ServiceMetrics;
  log: Logger;
}

export function createXWebhookRoute(deps: XWebhookDeps): RouteHandler {
  return async (request, rawBody, url) => {
    if (request.method === 'GET') {
      const token = url.searchParams.get('crc_token');
      if (!token) return { status: 400, body: { error: 'crc_token is required' } };
      return { status: 200, body: crcResponse(token, deps.consumerSecret) };
    }
    if (request.method !== 'POST') return { status: 405, body: { error: 'GET (CRC) or POST (events)' } };
    const signature = request.headers[X_SIGNATURE_HEADER];
    const valid = isValidXSignature({
      rawBody,
      signatureHeader: typeof signature === 'string' ? signature : undefined,
      consumerSecret: deps.consumerSecret,
    });
    if (!valid) {
      deps.log.warn({ path: url.pathname }, 'x.webhook_signature_rejected');
      return { status: 401, body: { error: 'invalid x-twitter-webhooks-signature' } };
    }
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      return { status: 400, body: { error: 'body is not JSON' } };
    }
    const events = await deps.readEvents(body);
    for (const message of events.messages) {
      await deps.queue.add(message);
      deps.metrics.messagesIn.inc({ channel: message.channel, kind: message.kind });
    }
    for (const item of events.rejected) {
      deps.metrics.messagesRejected.inc({ channel: 'twitter' });
      deps.log.warn({ id: item.id, reason: item.reason }, 'x.item_rejected');
    }
    return { status: 200, body: { accepted: events.messages.length, rejected: events.rejected.length } };
  };
}
