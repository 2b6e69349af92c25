// The Bot Framework channel as the live service runs it, on the Microsoft 365 Agents SDK: the
// CloudAdapter with the app registration (or anonymous for local tries), POST /api/messages, the
// sender, readiness, and Bot Framework's handoff.initiate event when a person takes over.
import { Counter } from 'prom-client';
import { CloudAdapter, type AuthConfiguration } from '@microsoft/agents-hosting';
import { conversationKeyOf } from '../../core/responder.ts';
import { loadReplyTemplates } from '../../llm/load-reply-templates.ts';
import type { BotFrameworkConfig } from '../../service-config.ts';
import type { ChannelContext, ServiceChannel } from '../../service/service-channel.ts';
import { createBotFrameworkRoute, type ActivityOutcome } from './botframework-route.ts';
import { buildHandoffEvent } from './build-handoff-event.ts';
import { createConnectorHealth } from './connector-health.ts';
import { referenceOf, replyAddressOf } from './conversation-reference.ts';
import { createBotFrameworkChannel } from './create-botframework-channel.ts';

/** The SDK's name for the connection that talks to Azure Bot Service. */
const SERVICE_CONNECTION = 'serviceConnection';

export async function openBotFrameworkChannel(config: BotFrameworkConfig, context: ChannelContext): Promise<ServiceChannel> {
  const { settings, queue, store, metrics, log, warnings } = context;
  const templates = await loadReplyTemplates(config.promptsDir);
  const adapter = new CloudAdapter(authConfigurationOf(config.auth));
  // The SDK's default answers the user "The agent encountered an error": never to a customer.
  // Errors reach the route or the sender instead, which answer for them.
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  const anonymous = config.auth === undefined;
  const health = createConnectorHealth();
  const channel = createBotFrameworkChannel({
    adapter,
    identity: config.auth?.clientId ?? {},
    health,
    onTypingFailed: (error) => warnings.warn({ code: error.code, reason: error.message }, 'botframework.typing_failed'),
  });
  const activities = new Counter({
    name: 'pronto_botframework_activities_total',
    help: 'Activities received on /api/messages, by type and outcome (queued, ignored, welcomed, acknowledged, rejected).',
    labelNames: ['type', 'outcome'] as const,
    registers: [metrics.registry],
  });
  const route = createBotFrameworkRoute({
    adapter,
    queue,
    store,
    metrics,
    count: (type: string, outcome: ActivityOutcome) => activities.inc({ type, outcome }),
    health,
    anonymous,
    welcomeText: (locale) => (templates.get(languageOf(locale)) ?? templates.get(settings.defaultLang))?.welcome,
    warnings,
    log,
    now: () => new Date(),
  });
  if (anonymous) {
    log.warn({ set: ['connections__serviceConnection__settings__clientId'] }, 'botframework.anonymous_mode');
  }
  log.info({ path: route.path, anonymous }, 'botframework.channel_on');
  return {
    customer: channel,
    mounts: [route],
    readiness: { botframework: async () => health.assertHealthy() },
    ...(config.handoffEvent
      ? {
          async announceHandoff(handoff, message) {
            const reference = referenceOf(replyAddressOf(message));
            const turns = await store.loadTurns(conversationKeyOf(message));
            await channel.sendActivity(reference, buildHandoffEvent(handoff, turns, reference));
          },
        }
      : {}),
  };
}

/** Our validated settings as the SDK's connection (the SDK's own env names, read by service-config.ts). */
function authConfigurationOf(auth: BotFrameworkConfig['auth']): AuthConfiguration {
  if (auth === undefined) return {};
  const connection: AuthConfiguration = { ...auth };
  return {
    ...connection,
    connections: new Map([[SERVICE_CONNECTION, connection]]),
    connectionsMap: [{ serviceUrl: '*', connection: SERVICE_CONNECTION }],
  };
}

/** `it-IT` → `it`. */
function languageOf(locale: string | undefined): string {
  return (locale ?? '').split(/[-_]/)[0]!.toLowerCase();
}
