// The Facebook Page as the live service sees it: the Graph client, the sender, the signed
// webhook on /webhooks/facebook and a readiness check that turns red, naming the fix, when the
// Page token stops working. Everything Facebook-specific the service runs starts here.
import type { Logger } from '../../core/ports.ts';
import { ConfigError, ProntoError } from '../../errors.ts';
import type { ServiceConfig } from '../../service-config.ts';
import type { StartChannel } from '../../service/service-channel.ts';
import { asId, asString, isRecord } from '../twitter/json-values.ts';
import { createFacebookChannel } from './create-facebook-channel.ts';
import { createFacebookWebhookRoute } from './facebook-webhook-route.ts';
import { createGraphClient, type GraphClient } from './create-graph-client.ts';

export type FacebookServiceConfig = NonNullable<ServiceConfig['facebook']>;

export function startFacebookChannel(config: FacebookServiceConfig | undefined): StartChannel {
  return async ({ settings, queue, metrics, log, warnings }) => {
    if (config === undefined) {
      log.warn({ set: ['FACEBOOK_PAGE_ID', 'FACEBOOK_PAGE_ACCESS_TOKEN', 'FACEBOOK_APP_SECRET', 'FACEBOOK_VERIFY_TOKEN'] }, 'facebook.channel_off');
      return undefined;
    }
    const graph = createGraphClient({
      graphUrl: config.graphUrl,
      graphVersion: config.graphVersion,
      accessToken: config.pageAccessToken,
      // Most Graph responses carry usage headers: routine detail, not news (limits are warned about).
      onUsage: (usage) => log.debug?.({ ...usage }, 'facebook.usage_seen'),
    });
    // The Page's own comments and messages are never answered, whichever path they take.
    settings.brandUserIds = [...new Set([...settings.brandUserIds, config.pageId])];
    await checkPage(graph, config, log);
    return {
      customer: createFacebookChannel({ graph, pageId: config.pageId, humanAgentTag: config.humanAgentTag }),
      mounts: [
        createFacebookWebhookRoute({
          pageId: config.pageId,
          appSecret: config.appSecret,
          verifyToken: config.verifyToken,
          queue,
          metrics,
          warnings,
          log,
        }),
      ],
      readiness: {
        facebook: async () => {
          const problem = graph.authProblem();
          if (problem !== undefined) throw new Error(problem);
        },
      },
    };
  };
}

/**
 * Asks Graph which Page the token belongs to. A token of another Page is a configuration error;
 * a token Meta refuses keeps the service up (webhooks still queue, nothing is lost) with readiness
 * red and the fix named; an unreachable Graph is only logged.
 */
async function checkPage(graph: GraphClient, config: FacebookServiceConfig, log: Logger): Promise<void> {
  let page: unknown;
  try {
    page = await graph.get('me', { fields: 'id,name' });
  } catch (error) {
    const reason = error instanceof ProntoError ? error.message : String(error);
    log.error({ reason }, 'facebook.page_check_failed');
    return;
  }
  const id = isRecord(page) ? asId(page.id) : undefined;
  if (id !== config.pageId) {
    throw new ConfigError(
      `FACEBOOK_PAGE_ACCESS_TOKEN is a token of ${id === undefined ? 'no Page' : `Page ${id}`}, not of FACEBOOK_PAGE_ID=${config.pageId}: use the access token of that Page`,
    );
  }
  log.info({ page: isRecord(page) ? asString(page.name) : undefined, id, graphVersion: config.graphVersion }, 'facebook.channel_on');
}
