// Signed HTTP requests built exactly like Slack sends them (Events API envelopes, interactivity
// payloads, slash commands), for tests that post into a real Bolt receiver. Shapes follow
// @slack/bolt's types (EnvelopedEvent, BlockAction, ViewSubmitAction, SlashCommand).
import { createHmac } from 'node:crypto';

/** Ids shared with the fake Slack Web API so Bolt's `ignoreSelf` and auth context line up. */
export const slackTestWorkspace = {
  teamId: 'T0PRONTO',
  teamDomain: 'pronto-test',
  teamName: 'Pronto Test',
  appId: 'A0PRONTO',
  botUserId: 'U0PRONTOBOT',
  botId: 'B0PRONTO',
  /** Slack's legacy verification token; Bolt ignores it but real payloads carry one. */
  verificationToken: 'legacy-verification-token',
} as const;

export type SlackContentType = 'application/json' | 'application/x-www-form-urlencoded';

/** A ready request body; spread it into `postToSlackEndpoint`. `payload` is the decoded object. */
export interface SlackRequestBody<Payload> {
  body: string;
  contentType: SlackContentType;
  payload: Payload;
}

export interface SlackSignatureHeaders {
  'x-slack-signature': string;
  'x-slack-request-timestamp': string;
}

type Json = Record<string, unknown>;

/** Slack signs `v0:<timestamp>:<raw body>` with HMAC-SHA256 of the app's signing secret. */
export function signSlackRequest(
  body: string,
  signingSecret: string,
  timestamp: number = nowSeconds(),
): SlackSignatureHeaders {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestamp) };
}

export interface SlackEventInput {
  type?: string;
  channel?: string;
  user?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  /** Any other event field (subtype, bot_id, channel_type, blocks, ...). */
  [field: string]: unknown;
}

export interface EventCallbackInput {
  event?: SlackEventInput;
  event_id?: string;
  team_id?: string;
  event_time?: number;
}

export function eventCallback(input: EventCallbackInput = {}): SlackRequestBody<Json> {
  const ts = input.event?.ts ?? nextTs();
  const teamId = input.team_id ?? slackTestWorkspace.teamId;
  const event: Json = {
    type: 'message',
    channel: 'C0HANDOFFS',
    channel_type: 'channel',
    user: 'U0AGENT',
    text: 'hello',
    team: teamId,
    ...input.event,
    ts,
    event_ts: input.event?.event_ts ?? ts,
  };
  const payload: Json = {
    token: slackTestWorkspace.verificationToken,
    team_id: teamId,
    context_team_id: teamId,
    api_app_id: slackTestWorkspace.appId,
    event,
    type: 'event_callback',
    event_id: input.event_id ?? `Ev${String(nextSerial()).padStart(9, '0')}`,
    event_time: input.event_time ?? nowSeconds(),
    authorizations: [
      { enterprise_id: null, team_id: teamId, user_id: slackTestWorkspace.botUserId, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  };
  return jsonBody(payload);
}

export function urlVerification(challenge: string): SlackRequestBody<Json> {
  return jsonBody({ token: slackTestWorkspace.verificationToken, challenge, type: 'url_verification' });
}

export interface BlockActionInput {
  action_id: string;
  value?: string;
  user?: string;
  channel?: string;
  /** The message carrying the button. */
  message_ts?: string;
  /** Set when that message sits in a thread. */
  thread_ts?: string;
  trigger_id?: string;
  response_url?: string;
  block_id?: string;
  /** Fields merged into the `message` object (text, blocks). */
  message?: Json;
}

export function blockActionPayload(input: BlockActionInput): SlackRequestBody<Json> {
  const user = input.user ?? 'U0AGENT';
  const channel = input.channel ?? 'C0HANDOFFS';
  const messageTs = input.message_ts ?? nextTs();
  const payload: Json = {
    type: 'block_actions',
    user: { id: user, username: usernameOf(user), name: usernameOf(user), team_id: slackTestWorkspace.teamId },
    api_app_id: slackTestWorkspace.appId,
    token: slackTestWorkspace.verificationToken,
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: channel,
      is_ephemeral: false,
      ...(input.thread_ts === undefined ? {} : { thread_ts: input.thread_ts }),
    },
    trigger_id: input.trigger_id ?? makeTriggerId(),
    team: { id: slackTestWorkspace.teamId, domain: slackTestWorkspace.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'handoffs' },
    message: {
      type: 'message',
      user: slackTestWorkspace.botUserId,
      bot_id: slackTestWorkspace.botId,
      app_id: slackTestWorkspace.appId,
      ts: messageTs,
      text: 'handoff',
      team: slackTestWorkspace.teamId,
      ...(input.thread_ts === undefined ? {} : { thread_ts: input.thread_ts }),
      ...input.message,
    },
    state: { values: {} },
    response_url: input.response_url ?? responseUrl('actions'),
    actions: [
      {
        action_id: input.action_id,
        block_id: input.block_id ?? 'handoff_actions',
        text: { type: 'plain_text', text: input.action_id, emoji: true },
        ...(input.value === undefined ? {} : { value: input.value }),
        type: 'button',
        action_ts: nextTs(),
      },
    ],
  };
  return interactivityBody(payload);
}

/** What Slack reports for one input element in `view.state.values[block_id][action_id]`. */
export interface ViewStateValueInput {
  type: string;
  value?: string | null;
  [field: string]: unknown;
}

export interface ViewSubmissionInput {
  callback_id: string;
  private_metadata?: string;
  /** `{ [block_id]: { [action_id]: { type, value } } }`; see `plainTextInput`. */
  values?: Record<string, Record<string, ViewStateValueInput>>;
  user?: string;
  view_id?: string;
  trigger_id?: string;
}

export function plainTextInput(value: string | null): ViewStateValueInput {
  return { type: 'plain_text_input', value };
}

export function viewSubmissionPayload(input: ViewSubmissionInput): SlackRequestBody<Json> {
  const user = input.user ?? 'U0AGENT';
  const viewId = input.view_id ?? `V${String(nextSerial()).padStart(10, '0')}`;
  const payload: Json = {
    type: 'view_submission',
    team: { id: slackTestWorkspace.teamId, domain: slackTestWorkspace.teamDomain },
    user: { id: user, username: usernameOf(user), name: usernameOf(user), team_id: slackTestWorkspace.teamId },
    api_app_id: slackTestWorkspace.appId,
    token: slackTestWorkspace.verificationToken,
    trigger_id: input.trigger_id ?? makeTriggerId(),
    view: {
      id: viewId,
      team_id: slackTestWorkspace.teamId,
      type: 'modal',
      blocks: [],
      private_metadata: input.private_metadata ?? '',
      callback_id: input.callback_id,
      state: { values: input.values ?? {} },
      hash: `${nowSeconds()}.${viewId}`,
      title: { type: 'plain_text', text: 'Pronto', emoji: true },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: { type: 'plain_text', text: 'Send', emoji: true },
      previous_view_id: null,
      root_view_id: viewId,
      app_id: slackTestWorkspace.appId,
      external_id: '',
      app_installed_team_id: slackTestWorkspace.teamId,
      bot_id: slackTestWorkspace.botId,
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return interactivityBody(payload);
}

export interface SlashCommandInput {
  command?: string;
  text?: string;
  user_id?: string;
  channel_id?: string;
  response_url?: string;
  trigger_id?: string;
}

/** Slash commands arrive as plain form fields, not as a `payload` JSON field. */
export function slashCommand(input: SlashCommandInput = {}): SlackRequestBody<Record<string, string>> {
  const user = input.user_id ?? 'U0AGENT';
  const payload: Record<string, string> = {
    token: slackTestWorkspace.verificationToken,
    team_id: slackTestWorkspace.teamId,
    team_domain: slackTestWorkspace.teamDomain,
    channel_id: input.channel_id ?? 'C0HANDOFFS',
    channel_name: 'handoffs',
    user_id: user,
    user_name: usernameOf(user),
    command: input.command ?? '/pronto',
    text: input.text ?? '',
    api_app_id: slackTestWorkspace.appId,
    is_enterprise_install: 'false',
    response_url: input.response_url ?? responseUrl('commands'),
    trigger_id: input.trigger_id ?? makeTriggerId(),
  };
  return { body: new URLSearchParams(payload).toString(), contentType: 'application/x-www-form-urlencoded', payload };
}

export interface PostToSlackEndpointOptions {
  body: string;
  contentType: SlackContentType;
  signingSecret: string;
  /** Epoch seconds; defaults to now (Bolt rejects anything older than 5 minutes). */
  timestamp?: number;
  /** Slack's redelivery headers: `x-slack-retry-num` 1..3 and e.g. `http_timeout`. */
  retryNum?: number;
  retryReason?: string;
  /** Sent last, so a test can forge or drop a signature header. */
  headers?: Record<string, string>;
}

export interface SlackEndpointResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

export async function postToSlackEndpoint(url: string, options: PostToSlackEndpointOptions): Promise<SlackEndpointResponse> {
  const headers: Record<string, string> = {
    'content-type': options.contentType,
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    ...signSlackRequest(options.body, options.signingSecret, options.timestamp),
    ...(options.retryNum === undefined ? {} : { 'x-slack-retry-num': String(options.retryNum) }),
    ...(options.retryReason === undefined ? {} : { 'x-slack-retry-reason': options.retryReason }),
    ...options.headers,
  };
  const response = await fetch(url, { method: 'POST', headers, body: options.body });
  return { status: response.status, body: await response.text(), headers: Object.fromEntries(response.headers) };
}

// --- helpers ---------------------------------------------------------------------------------

function jsonBody(payload: Json): SlackRequestBody<Json> {
  return { body: JSON.stringify(payload), contentType: 'application/json', payload };
}

/** Interactivity requests are form-encoded with the whole JSON in one `payload` field. */
function interactivityBody(payload: Json): SlackRequestBody<Json> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return { body, contentType: 'application/x-www-form-urlencoded', payload };
}

let serial = 0;
let lastTsMicros = 0;

function nextSerial(): number {
  serial += 1;
  return serial;
}

/** Slack message ts: epoch seconds with 6 decimals, unique per workspace. */
function nextTs(): string {
  lastTsMicros = Math.max(Date.now() * 1000, lastTsMicros + 1);
  return formatTs(lastTsMicros);
}

export function formatTs(micros: number): string {
  const seconds = Math.floor(micros / 1_000_000);
  return `${seconds}.${String(micros % 1_000_000).padStart(6, '0')}`;
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * A trigger id shaped like Slack's (`12345.98765.abcd2358fdea`) whose middle part is when it was
 * issued, in epoch ms: the fake Slack API refuses it 3 seconds later, as Slack does.
 */
export function makeTriggerId(issuedAtMs: number = Date.now()): string {
  return `${nextSerial()}.${issuedAtMs}.${'0123456789abcdef'.repeat(2)}`;
}

function responseUrl(kind: 'actions' | 'commands'): string {
  return `https://hooks.slack.com/${kind}/${slackTestWorkspace.teamId}/${nextSerial()}/fake-response-token`;
}

function usernameOf(userId: string): string {
  return userId.toLowerCase().replace(/^u0?/, '') || 'agent';
}
