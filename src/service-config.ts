// Configuration of the long-running service, on top of the responder's (config.ts). Read from the
// environment once, at start; every error names the variable and what to set.
import { ConfigError } from './errors.ts';
import { loadConfig, type Config } from './config.ts';
import { createEnvReader, type Env } from './env-readers.ts';
import type { BusinessHours } from './core/business-hours.ts';
import { parseResponseMinutes, type DeadlinePolicy } from './core/deadlines.ts';
import type { XCredentials } from './channels/twitter/create-x-client.ts';

export interface ServiceConfig extends Config {
  port: number;
  redisUrl?: string;
  redisPrefix: string;
  workerConcurrency: number;
  /** A dead worker's job is picked up again after about this long (BullMQ lock). */
  jobLockMs: number;
  shutdownTimeoutMs: number;
  /** How long a send in progress is protected; an expired hold means its sender died. */
  deliveryHoldMs: number;
  x?: {
    credentials: XCredentials;
    /** Only for tests and proxies: where the X API lives. */
    baseUrl?: string;
    pollIntervalMs: number;
    pollDms: boolean;
    requestBudgetPer15Min: number;
    /** How long the poller lease lasts without renewal: another replica takes over after it. */
    pollerLeaseMs: number;
    /** Answer mentions older than the first start (default: start from now). */
    backfill: boolean;
    /** How far back a lost cursor is backfilled at most. */
    backfillMaxMs: number;
    /** How long replies wait for X's usage cap to lift before a person takes them. */
    usageCapHandoffAfterMs: number;
    webhook: boolean;
  };
  facebook?: {
    pageId: string;
    pageAccessToken: string;
    appSecret: string;
    verifyToken: string;
    /** Where the Graph API lives: Meta's, or a fake in tests. */
    graphUrl: string;
    /** The pinned Graph API version, e.g. v25.0. */
    graphVersion: string;
    /** Agents may answer Messenger up to 7 days after the customer's last message (Meta approved the tag). */
    humanAgentTag: boolean;
  };
  slack?: {
    botToken: string;
    signingSecret: string;
    handoffChannel: string;
    urgentChannel?: string;
    timeZone: string;
    /** Only for tests and proxies: where the Slack Web API lives. */
    apiUrl?: string;
    onCallGroup?: string;
    appToken?: string;
    hours?: BusinessHours;
    deadlinePolicy?: DeadlinePolicy;
  };
  botframework?: BotFrameworkConfig;
}

/** The Bot Framework channel (Microsoft 365 Agents SDK): Teams, Web Chat and every Azure Bot Service channel. */
export interface BotFrameworkConfig {
  /**
   * The Azure Bot's app registration, in the SDK's own variables. Without it the endpoint accepts
   * anonymous activities (local tries with the Agents Playground; never in production).
   */
  auth?: { clientId: string; clientSecret: string; tenantId?: string; authorityEndpoint?: string };
  /** Reply templates (the welcome greeting). */
  promptsDir: string;
  /** Sends Bot Framework's `handoff.initiate` event with the transcript when a person takes over. */
  handoffEvent: boolean;
}

/** Served by Meta until mid-2028 (STACK.md); pinned so a Meta upgrade never changes behaviour unannounced. */
const DEFAULT_GRAPH_VERSION = 'v25.0';

export const SERVICE_VARIABLES = {
  PORT: 'HTTP port for /healthz, /readyz, /metrics and webhooks (default: 3000)',
  REDIS_URL: 'redis://host:port: durable state, the BullMQ queue and several replicas (default: in memory)',
  REDIS_PREFIX: 'prefix of every Redis key (default: pronto:)',
  WORKER_CONCURRENCY: 'messages processed at once per instance (default: 4)',
  JOB_LOCK_MS: "how soon a dead instance's message is taken over, in ms (default: 30000)",
  SHUTDOWN_TIMEOUT_MS: 'how long SIGTERM waits for work in progress, in ms (default: 10000)',
  DELIVERY_HOLD_MS: 'how long a send in progress is protected before a crashed sender is assumed, in ms (default: 60000; above the X request timeout)',
  X_API_KEY: 'X app API key (consumer key), OAuth 1.0a',
  X_API_SECRET: 'X app API key secret (consumer secret); also verifies webhooks',
  X_ACCESS_TOKEN: "access token of the brand account (the app's Keys and tokens page)",
  X_ACCESS_SECRET: 'access token secret of the brand account',
  X_API_BASE_URL: 'X API base URL (default: https://api.x.com); only for tests and proxies',
  X_POLL_INTERVAL_MS: 'how often to read mentions and DMs, in ms (default: 60000; X bills every read)',
  X_POLL_DMS: 'true/false: read DMs too (default: true)',
  X_REQUEST_BUDGET_PER_15_MIN: 'X read requests allowed per 15 minutes (default: 60)',
  X_POLLER_LEASE_MS: 'how long one replica polls before another may take over if it dies (default: 3 poll intervals, at least 10000)',
  X_BACKFILL: 'true/false: on the very first start, answer mentions from before it (default: false)',
  X_BACKFILL_MAX_MS: 'how far back, in ms, polling catches up when a cursor was lost (default: 86400000, one day)',
  X_USAGE_CAP_HANDOFF_AFTER_MS: "how long, in ms, replies wait when X's usage cap is reached before agents get them (default: 900000)",
  X_WEBHOOK: 'true/false: accept Account Activity webhooks on /webhooks/x (default: false)',
  FACEBOOK_PAGE_ID: 'id of the Facebook Page Pronto answers for (its About page, or GET /me with the Page token)',
  FACEBOOK_PAGE_ACCESS_TOKEN: 'Page access token with pages_messaging, pages_manage_metadata, pages_read_engagement, pages_manage_engagement',
  FACEBOOK_APP_SECRET: "the Meta app's secret (App settings → Basic): verifies webhook signatures",
  FACEBOOK_VERIFY_TOKEN: 'a string you choose and type into the webhook setup; Pronto answers the handshake only for it',
  FACEBOOK_GRAPH_URL: 'Graph API base URL (default: https://graph.facebook.com); only for tests and proxies',
  FACEBOOK_GRAPH_VERSION: `Graph API version every call uses (default: ${DEFAULT_GRAPH_VERSION})`,
  FACEBOOK_HUMAN_AGENT_TAG: 'true/false: agents may answer Messenger up to 7 days after the last customer message, tagged HUMAN_AGENT (default: false; set it once Meta approved the tag)',
  SLACK_BOT_TOKEN: 'bot token of the Slack app (xoxb-...): turns the Slack desk on',
  SLACK_SIGNING_SECRET: "the Slack app's signing secret (Basic Information page)",
  SLACK_HANDOFF_CHANNEL: 'channel id where handoffs are posted (e.g. C0123456789)',
  SLACK_URGENT_CHANNEL: 'channel id for urgent handoffs (default: the handoff channel)',
  SLACK_API_URL: 'Slack Web API base URL (default: https://slack.com/api/); only for tests and proxies',
  SLACK_ONCALL_GROUP: 'Slack user group id called when a first-response deadline passes (e.g. S0123456789)',
  SLACK_APP_TOKEN: 'app-level token (xapp-...) to use Socket Mode instead of a public /slack/events URL',
  DESK_RESPONSE_MINUTES: 'first-response minutes urgent/high/normal/low per channel, e.g. "twitter=15/30/60/240; botframework=15/30/60/240"',
  BOTFRAMEWORK_ENABLED: 'true/false: serve Teams, Web Chat and the other Azure Bot Service channels on POST /api/messages (default: false)',
  connections__serviceConnection__settings__clientId:
    "the Azure Bot's Microsoft App ID (its app registration's client id): incoming requests must carry its JWT; unset: anonymous, only outside production",
  connections__serviceConnection__settings__clientSecret: "a client secret of that app registration (Certificates & secrets)",
  connections__serviceConnection__settings__tenantId: 'the directory (tenant) id of a single-tenant app registration',
  connections__serviceConnection__settings__authorityEndpoint: 'Entra authority for national clouds (default: https://login.microsoftonline.com)',
  BOTFRAMEWORK_HANDOFF_EVENT: "true/false: send Bot Framework's handoff.initiate event with the transcript when a person takes over (default: true)",
} as const;

/** The SDK's own names for the app registration, and the short ones it also reads (`clientId`...). */
const BOTFRAMEWORK_SETTING_PREFIX = 'connections__serviceConnection__settings__';

const X_CREDENTIAL_VARIABLES = ['X_API_KEY', 'X_API_SECRET', 'X_ACCESS_TOKEN', 'X_ACCESS_SECRET'] as const;
const FACEBOOK_VARIABLES = ['FACEBOOK_PAGE_ID', 'FACEBOOK_PAGE_ACCESS_TOKEN', 'FACEBOOK_APP_SECRET', 'FACEBOOK_VERIFY_TOKEN'] as const;

export function loadServiceConfig(env: Env, cwd: string = process.cwd()): ServiceConfig {
  const problems: string[] = [];
  let base: Config | undefined;
  try {
    base = loadConfig(env, cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.message.split('\n  - ').slice(1));
  }
  const read = createEnvReader(env);
  const integer = (name: keyof typeof SERVICE_VARIABLES, fallback: number, min: number) =>
    read.number(name, fallback, min, Number.MAX_SAFE_INTEGER, { integer: true });
  const flag = (name: keyof typeof SERVICE_VARIABLES, fallback: boolean) => read.flag(name, fallback);

  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push(`REDIS_URL must start with redis:// or rediss://, e.g. redis://localhost:6379`);

  const present = X_CREDENTIAL_VARIABLES.filter((name) => env[name]?.trim());
  let x: ServiceConfig['x'];
  if (present.length > 0 && present.length < X_CREDENTIAL_VARIABLES.length) {
    const missing = X_CREDENTIAL_VARIABLES.filter((name) => !present.includes(name));
    problems.push(`X is half configured: set ${missing.join(', ')} too (all four come from the app's "Keys and tokens" page), or unset ${present.join(', ')}`);
  } else if (present.length === X_CREDENTIAL_VARIABLES.length) {
    const pollIntervalMs = integer('X_POLL_INTERVAL_MS', 60_000, 100);
    const baseUrl = env.X_API_BASE_URL?.trim() || undefined;
    if (baseUrl && !/^https?:\/\//.test(baseUrl)) problems.push('X_API_BASE_URL must be an http(s) URL');
    x = {
      credentials: {
        appKey: env.X_API_KEY!.trim(),
        appSecret: env.X_API_SECRET!.trim(),
        accessToken: env.X_ACCESS_TOKEN!.trim(),
        accessSecret: env.X_ACCESS_SECRET!.trim(),
      },
      ...(baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : {}),
      pollIntervalMs,
      pollDms: flag('X_POLL_DMS', true),
      requestBudgetPer15Min: integer('X_REQUEST_BUDGET_PER_15_MIN', 60, 1),
      pollerLeaseMs: integer('X_POLLER_LEASE_MS', Math.max(10_000, 3 * pollIntervalMs), 100),
      backfill: flag('X_BACKFILL', false),
      // A day covers a night's outage; further back, answers would come too late to help.
      backfillMaxMs: integer('X_BACKFILL_MAX_MS', 24 * 60 * 60 * 1000, 0),
      // A quarter of an hour: the first-response deadlines of X start at 15 minutes.
      usageCapHandoffAfterMs: integer('X_USAGE_CAP_HANDOFF_AFTER_MS', 15 * 60 * 1000, 0),
      webhook: flag('X_WEBHOOK', false),
    };
  }

  const facebook = readFacebookConfig(env, read.flag('FACEBOOK_HUMAN_AGENT_TAG', false), problems);

  let slack: ServiceConfig['slack'];
  const slackToken = env.SLACK_BOT_TOKEN?.trim();
  if (slackToken) {
    const signingSecret = env.SLACK_SIGNING_SECRET?.trim();
    const handoffChannel = env.SLACK_HANDOFF_CHANNEL?.trim();
    if (!signingSecret) problems.push("SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN: copy it from the Slack app's Basic Information page");
    if (!handoffChannel) problems.push('SLACK_HANDOFF_CHANNEL is required with SLACK_BOT_TOKEN: the id of the channel for handoffs (channel details → bottom of the About tab)');
    const urgentChannel = env.SLACK_URGENT_CHANNEL?.trim();
    const apiUrl = env.SLACK_API_URL?.trim();
    const onCallGroup = env.SLACK_ONCALL_GROUP?.trim();
    const appToken = env.SLACK_APP_TOKEN?.trim();
    if (appToken && !appToken.startsWith('xapp-')) problems.push('SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write)');
    const hours = base?.settings.deskHours;
    let deadlinePolicy: DeadlinePolicy | undefined;
    const responseMinutes = env.DESK_RESPONSE_MINUTES?.trim();
    if (responseMinutes) {
      const parsed = parseResponseMinutes(responseMinutes);
      if (parsed.ok) deadlinePolicy = parsed.policy;
      else problems.push(`DESK_RESPONSE_MINUTES: ${parsed.error}`);
    }
    slack = {
      botToken: slackToken,
      signingSecret: signingSecret ?? '',
      handoffChannel: handoffChannel ?? '',
      timeZone: base?.deskTimeZone ?? 'Europe/Rome',
      ...(urgentChannel ? { urgentChannel } : {}),
      ...(apiUrl ? { apiUrl } : {}),
      ...(onCallGroup ? { onCallGroup } : {}),
      ...(appToken ? { appToken } : {}),
      ...(deadlinePolicy ? { deadlinePolicy } : {}),
      ...(hours ? { hours } : {}),
    };
  }

  const botframework = flag('BOTFRAMEWORK_ENABLED', false)
    ? readBotFramework(env, base?.promptsDir ?? '', flag('BOTFRAMEWORK_HANDOFF_EVENT', true), problems)
    : undefined;

  const service = {
    port: integer('PORT', 3000, 0),
    ...(redisUrl ? { redisUrl } : {}),
    redisPrefix: env.REDIS_PREFIX?.trim() || 'pronto:',
    workerConcurrency: integer('WORKER_CONCURRENCY', 4, 1),
    jobLockMs: integer('JOB_LOCK_MS', 30_000, 100),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 10_000, 0),
    deliveryHoldMs: integer('DELIVERY_HOLD_MS', 60_000, 100),
    ...(x ? { x } : {}),
    ...(facebook ? { facebook } : {}),
    ...(slack ? { slack } : {}),
    ...(botframework ? { botframework } : {}),
  };
  problems.push(...read.problems);
  if (problems.length > 0 || base === undefined) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return { ...base, ...service };
}

function readBotFramework(env: Env, promptsDir: string, handoffEvent: boolean, problems: string[]): BotFrameworkConfig {
  const setting = (name: string) => readSdkSetting(env, name);
  const clientId = setting('clientId');
  const clientSecret = setting('clientSecret');
  const tenantId = setting('tenantId');
  const authorityEndpoint = setting('authorityEndpoint');
  const named = (name: string) => `${BOTFRAMEWORK_SETTING_PREFIX}${name}`;
  if (!clientId) {
    // The SDK accepts unsigned requests only without a client id and outside production:
    // refuse here, with the fix, rather than let it fail on the first request.
    if (env.NODE_ENV?.trim().toLowerCase() === 'production') {
      problems.push(
        `BOTFRAMEWORK_ENABLED=true with NODE_ENV=production needs the Azure Bot's app registration: set ${named('clientId')}, ` +
          `${named('clientSecret')} and ${named('tenantId')} (Azure portal → the bot → Configuration), or run without NODE_ENV=production to try it locally without Azure`,
      );
    }
    return { promptsDir, handoffEvent };
  }
  if (!clientSecret) problems.push(`${named('clientSecret')} is required with ${named('clientId')}: create one under the app registration's Certificates & secrets`);
  if (authorityEndpoint && !/^https?:\/\//.test(authorityEndpoint)) problems.push(`${named('authorityEndpoint')} must be a URL, e.g. https://login.microsoftonline.us`);
  return {
    auth: {
      clientId,
      clientSecret: clientSecret ?? '',
      ...(tenantId ? { tenantId } : {}),
      ...(authorityEndpoint ? { authorityEndpoint: authorityEndpoint.replace(/\/+$/, '') } : {}),
    },
    promptsDir,
    handoffEvent,
  };
}

/**
 * A setting of the Agents SDK's service connection, under its current name or the short one the
 * SDK also reads; both case-insensitively, as the SDK does.
 */
function readSdkSetting(env: Env, name: string): string | undefined {
  const wanted = new Set([`${BOTFRAMEWORK_SETTING_PREFIX}${name}`.toUpperCase(), name.toUpperCase()]);
  for (const [key, value] of Object.entries(env)) {
    if (wanted.has(key.toUpperCase()) && value?.trim()) return value.trim();
  }
  return undefined;
}

/** All four Page settings or none (DESIGN section 8); the rest have defaults. */
function readFacebookConfig(env: Env, humanAgentTag: boolean, problems: string[]): ServiceConfig['facebook'] {
  const present = FACEBOOK_VARIABLES.filter((name) => env[name]?.trim());
  if (present.length === 0) return undefined;
  if (present.length < FACEBOOK_VARIABLES.length) {
    const missing = FACEBOOK_VARIABLES.filter((name) => !present.includes(name));
    problems.push(`Facebook is half configured: set ${missing.join(', ')} too (README, Connecting a Facebook Page), or unset ${present.join(', ')}`);
    return undefined;
  }
  const pageId = env.FACEBOOK_PAGE_ID!.trim();
  if (!/^\d+$/.test(pageId)) problems.push('FACEBOOK_PAGE_ID must be the numeric id of the Page (Page settings → About → Page ID)');
  const graphUrl = (env.FACEBOOK_GRAPH_URL?.trim() || 'https://graph.facebook.com').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(graphUrl)) problems.push('FACEBOOK_GRAPH_URL must be an http(s) URL');
  const graphVersion = env.FACEBOOK_GRAPH_VERSION?.trim() || DEFAULT_GRAPH_VERSION;
  if (!/^v\d+\.\d+$/.test(graphVersion)) problems.push(`FACEBOOK_GRAPH_VERSION must look like ${DEFAULT_GRAPH_VERSION}`);
  return {
    pageId,
    pageAccessToken: env.FACEBOOK_PAGE_ACCESS_TOKEN!.trim(),
    appSecret: env.FACEBOOK_APP_SECRET!.trim(),
    verifyToken: env.FACEBOOK_VERIFY_TOKEN!.trim(),
    graphUrl,
    graphVersion,
    humanAgentTag,
  };
}
