// X as the live service sees it: the client, the brand account, the sender, the poller (mentions
// and DMs under a lease, on a budget of billed reads) and, for accounts that have them, the
// Account Activity webhook. Everything X-specific the service runs starts here.
import type { ServiceConfig } from '../../service-config.ts';
import type { ServiceChannel, StartChannel } from '../../service/service-channel.ts';
import { createXChannel } from './create-x-channel.ts';
import { createXClient } from './create-x-client.ts';
import { getBrandUser } from './get-brand-user.ts';
import { normalizeWebhookEvents } from './normalize-webhook-events.ts';
import { createRequestBudget } from './request-budget.ts';
import { resolveWebhookReplies } from './resolve-webhook-replies.ts';
import { createXPoller } from './x-poller.ts';
import { createXUsageCap } from './x-usage-cap.ts';
import { createXWebhookRoute } from './x-webhook-route.ts';

export type XServiceConfig = NonNullable<ServiceConfig['x']>;

export function startXChannel(config: XServiceConfig | undefined): StartChannel {
  return async ({ settings, queue, store, metrics, log, warnings, instanceId }) => {
    if (config === undefined) {
      log.warn({ set: ['X_API_KEY', 'X_API_SECRET', 'X_ACCESS_TOKEN', 'X_ACCESS_SECRET'] }, 'x.channel_off');
      return undefined;
    }
    const client = createXClient(config.credentials, {
      ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
      // Every X response carries its limits: routine detail, not news (429s are warned about).
      onRateLimit: (info) => log.debug?.({ ...info }, 'x.rate_limit_seen'),
    });
    const usageCap = createXUsageCap({ log, handoffAfterMs: config.usageCapHandoffAfterMs });
    const brand = await getBrandUser(client);
    settings.brandUserIds = [...new Set([...settings.brandUserIds, brand.id])];
    settings.brandHandles = [...new Set([...settings.brandHandles, brand.username])];
    settings.xDmRecipientId ??= brand.id;
    log.info({ brand: brand.username, id: brand.id }, 'x.channel_on');

    // One budget of billed reads for the poller and the webhook's thread lookups.
    const budget = createRequestBudget(config.requestBudgetPer15Min, Date.now);
    const verifiedTypes = settings.influencerVerifiedTypes;
    const poller = createXPoller({
      client,
      brandUserId: brand.id,
      queue,
      store,
      budget,
      metrics,
      log,
      instanceId,
      pollIntervalMs: config.pollIntervalMs,
      leaseMs: config.pollerLeaseMs,
      pollDms: config.pollDms,
      backfill: config.backfill,
      backfillMaxMs: config.backfillMaxMs,
      verifiedTypes,
      usageCap,
      now: Date.now,
    });
    const channel: ServiceChannel = {
      customer: createXChannel({ client, brandUserId: brand.id, usageCap }),
      poller,
      readiness: {
        x: async () => {
          usageCap.assertNotCapped();
          if (!poller.isHealthy()) throw new Error('the last X API call failed (see logs: x.poll_failed)');
        },
      },
    };
    if (config.webhook) {
      channel.mounts = [
        createXWebhookRoute({
          consumerSecret: config.credentials.appSecret,
          brandUserId: brand.id,
          readEvents: async (body) =>
            resolveWebhookReplies(normalizeWebhookEvents(body, { brandUserId: brand.id, verifiedTypes }), {
              client,
              budget,
              verifiedTypes,
              log,
              usageCap,
              onRequest: () => metrics.xRequests.inc({ endpoint: 'x:reply-lookup' }),
            }),
          queue,
          metrics,
          warnings,
        }),
      ];
    }
    return channel;
  };
}
