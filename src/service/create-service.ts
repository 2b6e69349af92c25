// Builds the long-running service from a validated ServiceConfig: state (memory or Redis), the
// work queue (memory or BullMQ), the channels that have credentials, the HTTP server. main.ts
// runs it; tests start it in-process or as a child process.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import type { AgentDesk, ConversationStore, CustomerChannel, DeliveryStore, Logger, VectorCache } from '../core/ports.ts';
import { createSlackDesk } from '../channels/slack/create-slack-desk.ts';
import { createMemoryTicketStore, createRedisTicketStore } from '../desk/ticket-store.ts';
import { createPronto, type Pronto } from '../app.ts';
import type { ServiceConfig } from '../service-config.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import { connectRedis } from '../store/connect-redis.ts';
import { createRedisStore } from '../store/redis-store.ts';
import { startXChannel } from '../channels/twitter/start-x-channel.ts';
import { startBotFrameworkChannel } from '../channels/botframework/start-botframework-channel.ts';
import { startFacebookChannel } from '../channels/facebook/start-facebook-channel.ts';
import { createMetrics, llmMetricsOf } from './metrics.ts';
import { createHttpServer } from './http-server.ts';
import { createThrottledWarnings, type ThrottledWarnings } from './throttled-warnings.ts';
import { createLogAgentDesk } from './log-agent-desk.ts';
import { announceHandoffs } from './announce-handoffs.ts';
import { processMessage } from './process-message.ts';
import { createMemoryWorkQueue } from './memory-work-queue.ts';
import { createBullmqWorkQueue } from './bullmq-work-queue.ts';
import type { WorkQueue } from './work-queue.ts';
import type { ChannelPoller, ServiceChannel, StartChannel } from './service-channel.ts';
import type { InsightStore } from '../insights/insight-store.ts';
import { createInsightRecorder } from '../insights/record-insights.ts';
import { STUDIO_PATH, createLiveStudio } from '../studio/create-live-studio.ts';

export interface Service {
  /** The HTTP port actually listened on (PORT=0 picks a free one). */
  port: number;
  /** Graceful shutdown: stop polling, finish the message in progress, close connections. */
  stop(): Promise<void>;
  /** For tests: one polling round of X now. */
  pollXOnce?: ChannelPoller['pollOnce'];
  /** For tests: one round of deadline reminders now. */
  sweepDeskDeadlines?: () => Promise<void>;
}

export interface ServiceOptions {
  /** The clock of the desk's deadlines and of log throttling; tests move it forward. */
  now?: () => Date;
}

/** A flood of bad requests logs its first one, then one summary line with the count this often. */
const WARNING_INTERVAL_MS = 60_000;

/** How often due reminders and missed deadlines are looked for. */
const DESK_SWEEP_INTERVAL_MS = 30_000;
const DESK_SWEEP_LEASE = 'desk-deadlines';

type Store = ConversationStore & DeliveryStore & InsightStore & VectorCache;

/** While Redis is down at start, try again this often; /readyz says why meanwhile. */
const STORE_RETRY_AT_START_MS = 2_000;

export async function startService(config: ServiceConfig, log: Logger, options: ServiceOptions = {}): Promise<Service> {
  const now = options.now ?? (() => new Date());
  let sweepDeskDeadlines: (() => Promise<void>) | undefined;
  const metrics = createMetrics();
  const instanceId = randomUUID();
  const cleanups: (() => Promise<unknown>)[] = [];
  let store: Store | undefined;
  let redisForDesk: Redis | undefined;
  const started: ServiceChannel[] = [];
  const warnings = createThrottledWarnings(log, { intervalMs: WARNING_INTERVAL_MS, now: () => now().getTime() });
  // Channels add their own checks as they start.
  const readiness: Record<string, () => Promise<void>> = {
    store: async () => {
      if (store === undefined) throw new Error('not connected yet');
      await store.ping();
    },
  };

  // The HTTP server comes first: /healthz answers while Redis or X are still being reached;
  // channels mount their routes as they come up.
  const http = createHttpServer({ metrics, log, warnings, readiness });
  const { server } = http;
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const port = (server.address() as AddressInfo).port;
  log.info({ port }, 'service.listening');

  try {
    if (config.redisUrl) {
      const connected = await connectStore(config, log, cleanups);
      store = connected.store;
      redisForDesk = connected.redis;
    } else {
      store = createMemoryStore();
    }
    const queue = createQueue(config, log, cleanups);
    const activeStore = store;
    const insights = createInsightRecorder(activeStore, log, now);
    const channels = new Map<string, CustomerChannel>();
    // Each channel owns its ingress (src/channels/<name>/); one line here per channel.
    const channelStarters: StartChannel[] = [startXChannel(config.x), startFacebookChannel(config.facebook), startBotFrameworkChannel(config.botframework)];
    for (const startChannel of channelStarters) {
      const channel = await startChannel({ settings: config.settings, queue, store: activeStore, metrics, log, warnings, instanceId });
      if (channel === undefined) continue;
      started.push(channel);
      channels.set(channel.customer.id, channel.customer);
      Object.assign(readiness, channel.readiness);
    }

    const pronto: Pronto = await createPronto({
      config,
      log,
      store: activeStore,
      decisions: activeStore,
      replyAddressOf: (message) => channels.get(message.channel)?.replyAddressOf(message),
      watch: true,
      llmMetrics: llmMetricsOf(metrics),
      vectors: activeStore,
    });
    cleanups.push(() => pronto.close());
    if (config.studio) {
      const studio = createLiveStudio({ ...config, studio: config.studio }, pronto, activeStore, log, (data, event) => warnings.warn(data, event));
      cleanups.push(async () => studio.close());
      http.mount({ path: STUDIO_PATH, router: studio.router });
      log.info({ path: STUDIO_PATH }, 'studio.on');
    }

    let desk: AgentDesk = createLogAgentDesk(log);
    if (config.slack) {
      const slackDesk = createSlackDesk({
        config: config.slack,
        tickets: redisForDesk ? createRedisTicketStore(redisForDesk, config.redisPrefix) : createMemoryTicketStore(),
        conversations: activeStore,
        channels,
        knowledge: () => pronto.knowledge(),
        log,
        now,
        explain: (question) =>
          pronto.responder.explain({
            id: 'slack-ask',
            channel: 'twitter',
            kind: 'mention',
            conversationId: 'slack-ask',
            author: { id: 'slack-ask' },
            text: question,
            at: new Date().toISOString(),
          }),
        answerThreshold: config.settings.answerThreshold,
        metrics,
        insights,
      });
      await slackDesk.init();
      cleanups.push(() => slackDesk.close());
      // Bolt's router knows its own path (/slack/events) and reads its own raw body.
      if (slackDesk.router) http.mount({ path: '/', router: slackDesk.router });
      const sweepStore = activeStore;
      sweepDeskDeadlines = async () => {
        // One replica reminds at a time, so a reminder is posted once.
        if (await sweepStore.holdLease(DESK_SWEEP_LEASE, instanceId, 2 * DESK_SWEEP_INTERVAL_MS)) await slackDesk.sweepDeadlines();
      };
      const sweep = sweepDeskDeadlines;
      const timer = setInterval(() => {
        sweep().catch((error: unknown) => log.error({ err: error }, 'slack.deadline_sweep_failed'));
      }, DESK_SWEEP_INTERVAL_MS);
      cleanups.unshift(async () => clearInterval(timer));
      desk = slackDesk;
      log.info({ channel: config.slack.handoffChannel, socketMode: Boolean(config.slack.appToken) }, 'slack.desk_on');
    } else {
      log.warn({ set: ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_HANDOFF_CHANNEL'] }, 'slack.desk_off_handoffs_logged');
    }
    const deskForQueue = announceHandoffs(desk, started, log);
    queue.start((message, run) =>
      processMessage(
        {
          responder: pronto.responder,
          deliveries: activeStore,
          channels,
          desk: deskForQueue,
          metrics,
          log,
          now: Date.now,
          deliveryHoldMs: config.deliveryHoldMs,
          insights,
        },
        message,
        run,
      ),
    );

    // Routes and pollers only once the queue processes what they bring in.
    for (const channel of started) {
      if (channel.mounts) http.mount(...channel.mounts);
      channel.poller?.start();
    }
    // Order matters on the way out: stop taking work, finish what is in progress, then close.
    cleanups.unshift(() => Promise.all(started.map((channel) => channel.poller?.stop())), () => queue.close());
  } catch (error) {
    await shutdown(server, cleanups, warnings, log);
    throw error;
  }

  const xPoller = started.find((channel) => channel.customer.id === 'twitter')?.poller;
  return {
    port,
    ...(xPoller ? { pollXOnce: xPoller.pollOnce } : {}),
    ...(sweepDeskDeadlines ? { sweepDeskDeadlines } : {}),
    stop: () => shutdown(server, cleanups, warnings, log),
  };
}

async function connectStore(config: ServiceConfig, log: Logger, cleanups: (() => Promise<unknown>)[]): Promise<{ store: Store; redis: Redis }> {
  const url = config.redisUrl!;
  for (;;) {
    try {
      const redis = await connectRedis(url, {
        onError: (error) => log.warn({ reason: error.message }, 'store.connection_error'),
        onReconnect: () => log.info({}, 'store.reconnected'),
      });
      const store = createRedisStore(redis, { prefix: config.redisPrefix });
      cleanups.push(() => store.close());
      log.info({ prefix: config.redisPrefix }, 'store.redis_connected');
      return { store, redis };
    } catch (error) {
      log.error({ reason: (error as Error).message, retryInMs: STORE_RETRY_AT_START_MS }, 'store.unreachable_at_start');
      await new Promise((resolve) => setTimeout(resolve, STORE_RETRY_AT_START_MS));
    }
  }
}

function createQueue(config: ServiceConfig, log: Logger, cleanups: (() => Promise<unknown>)[]): WorkQueue {
  const onError = (error: unknown) => log.error({ err: error }, 'queue.error');
  if (!config.redisUrl) {
    return createMemoryWorkQueue({
      onError: (error) => onError(error),
      // Without Redis these exist nowhere else: name them, so an operator can follow up.
      onAbandoned: (messages) =>
        log.error({ events: messages.map((message) => `${message.channel}:${message.id}`) }, 'queue.retries_abandoned_at_shutdown'),
    });
  }
  const connections: Redis[] = [];
  cleanups.push(async () => Promise.all(connections.map((connection) => connection.quit().catch(() => undefined))));
  return createBullmqWorkQueue({
    connection: () => {
      // BullMQ blocks on its connections and must wait through outages, not fail commands.
      const connection = new Redis(config.redisUrl!, { maxRetriesPerRequest: null });
      connection.on('error', (error) => log.warn({ reason: error.message }, 'queue.connection_error'));
      connections.push(connection);
      return connection;
    },
    prefix: `${config.redisPrefix}bull`,
    concurrency: config.workerConcurrency,
    lockDurationMs: config.jobLockMs,
    onError,
  });
}

async function shutdown(
  server: import('node:http').Server,
  cleanups: (() => Promise<unknown>)[],
  warnings: ThrottledWarnings,
  log: Logger,
): Promise<void> {
  for (const cleanup of cleanups) {
    try {
      await cleanup();
    } catch (error) {
      log.warn({ err: error }, 'service.cleanup_failed');
    }
  }
  cleanups.length = 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  warnings.flush();
  log.info({}, 'service.stopped');
}
