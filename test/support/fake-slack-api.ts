// A fake Slack Web API on 127.0.0.1: answers POST /api/<method> (form-encoded or JSON, Bearer
// token) with Slack's documented JSON, records every call, keeps the messages, ephemerals and
// modals the app produced, and lets a test inject failures (429 + Retry-After, `ok: false`
// platform errors, dropped sockets). Pass `baseUrl` as Bolt's `clientOptions.slackApiUrl`.
// Like Slack it refuses what breaks Block Kit's limits, posts to channels the bot is not in,
// and triggers that expired or were used; people's messages are stored with Slack's markup.
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatTs, slackTestWorkspace } from './slack-requests.ts';
import { createWaitList } from './wait-list.ts';

type Json = Record<string, unknown>;

export interface FakeSlackMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  blocks?: unknown[];
  /** The bot user for posts through the API; the human for `addMessage`. */
  user: string;
  bot_id?: string;
  metadata?: unknown;
  /** Set by chat.update; `updates` counts them. */
  edited?: { user: string; ts: string };
  updates: number;
  files?: unknown[];
}

export interface FakeSlackEphemeral {
  channel: string;
  user: string;
  message_ts: string;
  text?: string;
  blocks?: unknown[];
  thread_ts?: string;
}

export interface FakeSlackView {
  id: string;
  trigger_id: string;
  /** The view as the app sent it, replaced by views.update. */
  view: Json;
  hash: string;
  updates: number;
}

export interface FakeSlackUser {
  id: string;
  name: string;
  real_name: string;
  is_bot: boolean;
  tz: string;
  email?: string;
}

export interface FakeSlackCall {
  method: string;
  /** Form fields or JSON, with JSON-encoded fields (blocks, view, metadata) decoded. */
  body: Json;
  headers: IncomingHttpHeaders;
  token?: string;
  /** Set once answered; undefined for a dropped connection. */
  status?: number;
  response?: unknown;
}

/** HTTP-level (429, 5xx), a Slack platform error (HTTP 200, `ok: false`), or a dropped socket. */
export type FakeSlackFailure =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { error: string; [field: string]: unknown }
  | { drop: true };

export type FakeSlackCallMatcher = string | ((call: FakeSlackCall) => boolean);

export interface FakeSlackApiOptions {
  /** When set, other tokens get `invalid_auth` like Slack. */
  token?: string;
  /** Channels that exist from the start with the bot in them; others answer `channel_not_found`. */
  channels?: string[];
  /** Channels that exist but the bot was not invited to: posting answers `not_in_channel`. */
  channelsWithoutBot?: string[];
  users?: Partial<FakeSlackUser>[];
  /** Epoch milliseconds used for message ts; an injected clock keeps ts in step with the test. */
  now?: () => number;
  port?: number;
  /** WebSocket URL `apps.connections.open` hands out (Socket Mode); without it the call fails. */
  socketModeUrl?: string;
}

export interface FakeSlackApi {
  /** Ends with `/api/`, ready for `slackApiUrl`. */
  readonly baseUrl: string;
  readonly calls: FakeSlackCall[];
  /** Messages in post order, with chat.update applied. */
  readonly messages: FakeSlackMessage[];
  readonly ephemerals: FakeSlackEphemeral[];
  readonly viewsOpened: FakeSlackView[];
  readonly users: Map<string, FakeSlackUser>;
  addChannel(id: string): void;
  /** The bot is invited to a channel (`/invite @Pronto`). */
  joinChannel(id: string): void;
  addUser(overrides?: Partial<FakeSlackUser>): FakeSlackUser;
  /**
   * A message someone typed (a human in a thread), visible to conversations.replies. Its text is
   * stored, and returned, with Slack's markup, as Slack delivers it in events.
   */
  addMessage(message: { channel: string; user: string; text: string; thread_ts?: string; files?: unknown[] }): FakeSlackMessage;
  callsTo(method: string): FakeSlackCall[];
  /** Thread replies (without the parent) in ts order. */
  threadReplies(channel: string, threadTs: string): FakeSlackMessage[];
  failNext(matcher: FakeSlackCallMatcher, failure: FakeSlackFailure, times?: number): void;
  /** Resolves once the predicate holds (or `calls.length` reaches the number). */
  waitFor(predicate: ((fake: FakeSlackApi) => boolean) | number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> };
type Handler = (body: Json) => Json;

const DEFAULT_WAIT_MS = 5_000;
/** chat.postMessage rejects longer text with `msg_too_long`. */
const MAX_MESSAGE_CHARS = 40_000;
// Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks): 50 blocks per message and
// 100 per modal, 3,000 characters of section text, 150 of a header's plain_text. A message over
// them is refused whole, as invalid_blocks; a view as invalid_arguments.
const MAX_MESSAGE_BLOCKS = 50;
const MAX_VIEW_BLOCKS = 100;
const MAX_SECTION_TEXT_CHARS = 3000;
const MAX_HEADER_CHARS = 150;
/** plain_text_input: max_length at most 3,000, and an initial_value no longer than max_length. */
const MAX_INPUT_CHARS = 3000;
/** A trigger_id opens one view within 3 seconds (https://docs.slack.dev/reference/methods/views.open). */
const TRIGGER_LIFETIME_MS = 3000;

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const now = options.now ?? Date.now;
  const calls: FakeSlackCall[] = [];
  const messages: FakeSlackMessage[] = [];
  const ephemerals: FakeSlackEphemeral[] = [];
  const viewsOpened: FakeSlackView[] = [];
  const users = new Map<string, FakeSlackUser>();
  const channels = new Set(options.channels ?? []);
  const channelsWithoutBot = new Set(options.channelsWithoutBot ?? []);
  const exchangedTriggers = new Set<string>();
  const failures: { matcher: FakeSlackCallMatcher; failure: FakeSlackFailure; times: number }[] = [];
  const waitList = createWaitList();
  let lastTsMicros = 0;
  let viewSerial = 0;
  const bot = slackTestWorkspace;

  const notify = (): void => waitList.notify();
  const nextTs = (): string => {
    lastTsMicros = Math.max(now() * 1000, lastTsMicros + 1);
    return formatTs(lastTsMicros);
  };
  const addUser = (overrides: Partial<FakeSlackUser> = {}): FakeSlackUser => {
    const id = overrides.id ?? `U${String(users.size + 1).padStart(8, '0')}`;
    const name = overrides.name ?? id.toLowerCase();
    const user: FakeSlackUser = { id, name, real_name: name, is_bot: false, tz: 'Europe/Rome', ...overrides };
    users.set(id, user);
    return user;
  };
  for (const user of options.users ?? []) addUser(user);
  const findMessage = (channel: string, ts: string): FakeSlackMessage | undefined =>
    messages.find((message) => message.channel === channel && message.ts === ts);
  const storeMessage = (message: FakeSlackMessage): void => {
    // The parent of a thread carries thread_ts too once it has replies, as in Slack's history.
    const parent = message.thread_ts === undefined ? undefined : findMessage(message.channel, message.thread_ts);
    if (parent && parent.thread_ts === undefined) parent.thread_ts = parent.ts;
    messages.push(message);
  };
  const threadReplies = (channel: string, threadTs: string): FakeSlackMessage[] =>
    messages.filter((message) => message.channel === channel && message.thread_ts === threadTs && message.ts !== threadTs);

  const handlers: Record<string, Handler> = {
    'apps.connections.open': () =>
      options.socketModeUrl === undefined ? platformError('not_allowed_token_type') : { ok: true, url: options.socketModeUrl },
    'auth.test': () => ({
      ok: true,
      url: `https://${bot.teamDomain}.slack.com/`,
      team: bot.teamName,
      user: 'pronto',
      team_id: bot.teamId,
      user_id: bot.botUserId,
      bot_id: bot.botId,
      is_enterprise_install: false,
    }),
    'chat.postMessage': (body) => {
      const channel = str(body.channel);
      const problem = checkChannel(channel) ?? checkContent(body, MAX_MESSAGE_BLOCKS);
      if (problem) return problem;
      const threadTs = optionalStr(body.thread_ts);
      const message: FakeSlackMessage = {
        channel,
        ts: nextTs(),
        ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
        ...content(body),
        ...(body.metadata === undefined ? {} : { metadata: body.metadata }),
        user: bot.botUserId,
        bot_id: bot.botId,
        updates: 0,
      };
      storeMessage(message);
      return { ok: true, channel, ts: message.ts, message: messageJson(message) };
    },
    'chat.update': (body) => {
      const channel = str(body.channel);
      const problem = checkChannel(channel) ?? checkContent(body, MAX_MESSAGE_BLOCKS);
      if (problem) return problem;
      const message = findMessage(channel, str(body.ts));
      if (message === undefined) return platformError('message_not_found');
      if (message.user !== bot.botUserId) return platformError('cant_update_message');
      Object.assign(message, content(body), { edited: { user: bot.botUserId, ts: nextTs() } });
      message.updates += 1;
      return { ok: true, channel, ts: message.ts, text: message.text ?? '', message: messageJson(message) };
    },
    'chat.postEphemeral': (body) => {
      const channel = str(body.channel);
      const problem = checkChannel(channel) ?? checkContent(body, MAX_MESSAGE_BLOCKS);
      if (problem) return problem;
      if (str(body.user) === '') return platformError('user_not_in_channel');
      const threadTs = optionalStr(body.thread_ts);
      const ephemeral: FakeSlackEphemeral = {
        channel,
        user: str(body.user),
        message_ts: nextTs(),
        ...content(body),
        ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
      };
      ephemerals.push(ephemeral);
      return { ok: true, message_ts: ephemeral.message_ts };
    },
    'chat.getPermalink': (body) => {
      const channel = str(body.channel);
      const problem = checkChannel(channel);
      if (problem) return problem;
      const message = findMessage(channel, str(body.message_ts));
      if (message === undefined) return platformError('message_not_found');
      const base = `https://${bot.teamDomain}.slack.com/archives/${channel}/p${message.ts.replace('.', '')}`;
      const inThread = message.thread_ts !== undefined && message.thread_ts !== message.ts;
      const permalink = inThread ? `${base}?thread_ts=${message.thread_ts}&cid=${channel}` : base;
      return { ok: true, channel, permalink };
    },
    'conversations.replies': (body) => {
      const channel = str(body.channel);
      const problem = checkChannel(channel);
      if (problem) return problem;
      const parent = findMessage(channel, str(body.ts));
      if (parent === undefined) return platformError('thread_not_found');
      const threadTs = parent.thread_ts ?? parent.ts;
      const thread = [findMessage(channel, threadTs) ?? parent, ...threadReplies(channel, threadTs)];
      return { ok: true, messages: thread.map(messageJson), has_more: false, response_metadata: { next_cursor: '' } };
    },
    'users.info': (body) => {
      const user = users.get(str(body.user));
      if (user === undefined) return platformError('user_not_found');
      return { ok: true, user: userJson(user) };
    },
    'views.open': (body) => {
      const triggerId = str(body.trigger_id);
      if (triggerId === '') return platformError('invalid_arguments');
      const issuedAt = triggerIssuedAt(triggerId);
      if (issuedAt !== undefined && now() - issuedAt > TRIGGER_LIFETIME_MS) return platformError('expired_trigger_id');
      if (exchangedTriggers.has(triggerId)) return platformError('exchanged_trigger_id');
      const problem = checkView(body.view);
      if (problem) return problem;
      exchangedTriggers.add(triggerId);
      viewSerial += 1;
      const opened: FakeSlackView = {
        id: `V${String(viewSerial).padStart(10, '0')}`,
        trigger_id: triggerId,
        view: asJson(body.view),
        hash: `${Math.floor(now() / 1000)}.${viewSerial}`,
        updates: 0,
      };
      viewsOpened.push(opened);
      return { ok: true, view: viewJson(opened) };
    },
    'views.update': (body) => {
      const viewId = optionalStr(body.view_id);
      const externalId = optionalStr(body.external_id);
      const target = viewsOpened.find(
        (view) => (viewId !== undefined && view.id === viewId) || (externalId !== undefined && view.view.external_id === externalId),
      );
      if (target === undefined) return platformError('not_found');
      const hash = optionalStr(body.hash);
      if (hash !== undefined && hash !== target.hash) return platformError('hash_conflict');
      const problem = checkView(body.view);
      if (problem) return problem;
      target.view = asJson(body.view);
      target.updates += 1;
      target.hash = `${Math.floor(now() / 1000)}.${target.id}.${target.updates}`;
      return { ok: true, view: viewJson(target) };
    },
  };

  const answer = (call: FakeSlackCall): Reply | 'drop' => {
    const failure = takeFailure(failures, call);
    if (failure && 'drop' in failure) return 'drop';
    if (failure && 'error' in failure) return { status: 200, body: { ok: false, ...failure } };
    if (failure) {
      const body = failure.body ?? { ok: false, error: failure.status === 429 ? 'ratelimited' : 'fatal_error' };
      return { status: failure.status, body, ...(failure.headers ? { headers: failure.headers } : {}) };
    }
    const handler = handlers[call.method];
    if (handler === undefined) return { status: 404, body: { ok: false, error: 'unknown_method', req_method: call.method } };
    if (call.token === undefined) return { status: 200, body: platformError('not_authed') };
    if (options.token !== undefined && call.token !== options.token) return { status: 200, body: platformError('invalid_auth') };
    return { status: 200, body: handler(call.body) };
  };

  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    readBody(req)
      .then((rawBody) => {
        const url = new URL(req.url ?? '/', 'http://fake-slack');
        const method = url.pathname.replace(/^\/api\//, '');
        const body = { ...Object.fromEntries(url.searchParams), ...parseBody(rawBody, req.headers['content-type']) };
        const token = bearerToken(req.headers.authorization) ?? optionalStr(body.token);
        const call: FakeSlackCall = { method, body, headers: req.headers, ...(token === undefined ? {} : { token }) };
        calls.push(call);
        const reply = answer(call);
        if (reply === 'drop') {
          res.socket?.destroy();
        } else {
          res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
          res.end(JSON.stringify(reply.body));
          call.status = reply.status;
          call.response = reply.body;
        }
        notify();
      })
      .catch((error: unknown) => {
        // A bug in the fake must show up as a loud 500, not as a hung test.
        if (res.headersSent) return res.destroy();
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: `fake Slack API failed: ${String(error)}` }));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  const fake: FakeSlackApi = {
    baseUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    messages,
    ephemerals,
    viewsOpened,
    users,
    addChannel(id) {
      channels.add(id);
    },
    joinChannel(id) {
      channels.add(id);
      channelsWithoutBot.delete(id);
    },
    addUser,
    addMessage({ channel, user, text, thread_ts, files }) {
      if (!channelsWithoutBot.has(channel)) channels.add(channel);
      const message: FakeSlackMessage = {
        channel,
        ts: nextTs(),
        ...(thread_ts === undefined ? {} : { thread_ts }),
        text: toSlackMarkup(text),
        user,
        updates: 0,
        ...(files === undefined ? {} : { files }),
      };
      storeMessage(message);
      notify();
      return message;
    },
    callsTo(method) {
      return calls.filter((call) => call.method === method);
    },
    threadReplies,
    failNext(matcher, failure, times = 1) {
      failures.push({ matcher, failure, times });
    },
    waitFor(predicate, timeoutMs = DEFAULT_WAIT_MS) {
      const holds = typeof predicate === 'number' ? () => calls.length >= predicate : () => predicate(fake);
      return waitList.until(holds, timeoutMs, () => {
        const seen = calls.map((call) => `${call.method} -> ${describeOutcome(call)}`).join(', ');
        return `fake Slack API calls so far: ${seen || 'none'}`;
      });
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return fake;

  /** Posting needs the bot in the channel: without chat:write.public Slack answers not_in_channel. */
  function checkChannel(channel: string): Json | undefined {
    if (channelsWithoutBot.has(channel)) return platformError('not_in_channel');
    return channels.has(channel) ? undefined : platformError('channel_not_found');
  }

  function viewJson(opened: FakeSlackView): Json {
    const { view } = opened;
    return {
      id: opened.id,
      team_id: bot.teamId,
      type: view.type ?? 'modal',
      title: view.title,
      submit: view.submit ?? null,
      close: view.close ?? null,
      blocks: view.blocks ?? [],
      private_metadata: view.private_metadata ?? '',
      callback_id: view.callback_id ?? '',
      external_id: view.external_id ?? '',
      state: { values: {} },
      hash: opened.hash,
      clear_on_close: view.clear_on_close ?? false,
      notify_on_close: view.notify_on_close ?? false,
      root_view_id: opened.id,
      previous_view_id: null,
      app_id: bot.appId,
      app_installed_team_id: bot.teamId,
      bot_id: bot.botId,
    };
  }

  function messageJson(message: FakeSlackMessage): Json {
    const fromBot = message.bot_id !== undefined;
    return {
      type: 'message',
      user: message.user,
      text: message.text ?? '',
      ts: message.ts,
      team: bot.teamId,
      ...(fromBot ? { bot_id: message.bot_id, app_id: bot.appId } : {}),
      ...(message.blocks === undefined ? {} : { blocks: message.blocks }),
      ...(message.thread_ts === undefined ? {} : { thread_ts: message.thread_ts }),
      ...(message.thread_ts !== undefined && message.thread_ts !== message.ts ? { parent_user_id: parentUser(message) } : {}),
      ...(message.thread_ts === message.ts ? { reply_count: threadReplies(message.channel, message.ts).length } : {}),
      ...(message.edited === undefined ? {} : { edited: message.edited }),
      ...(message.metadata === undefined ? {} : { metadata: message.metadata }),
      ...(message.files === undefined ? {} : { files: message.files }),
    };
  }

  function parentUser(message: FakeSlackMessage): string {
    return (message.thread_ts === undefined ? undefined : findMessage(message.channel, message.thread_ts))?.user ?? bot.botUserId;
  }
}

// --- helpers ---------------------------------------------------------------------------------

function platformError(error: string): Json {
  return { ok: false, error };
}

/** Slack needs text, blocks or attachments, and caps their size. */
function checkContent(body: Json, maxBlocks: number): Json | undefined {
  const text = optionalStr(body.text);
  const { blocks, attachments } = body;
  if (blocks !== undefined && !Array.isArray(blocks)) return platformError('invalid_blocks_format');
  if (Array.isArray(blocks)) {
    const problems = blockProblems(blocks, maxBlocks);
    if (problems.length > 0) return { ...platformError('invalid_blocks'), response_metadata: { messages: problems } };
  }
  if (text !== undefined && [...text].length > MAX_MESSAGE_CHARS) return platformError('msg_too_long');
  const empty = (text ?? '') === '' && (!Array.isArray(blocks) || blocks.length === 0) && attachments === undefined;
  return empty ? platformError('no_text') : undefined;
}

function checkView(view: unknown): Json | undefined {
  if (!isJson(view)) return platformError('invalid_arguments');
  const blocks = view.blocks;
  if (!Array.isArray(blocks)) return platformError('invalid_arguments');
  const problems = blockProblems(blocks, MAX_VIEW_BLOCKS);
  return problems.length > 0 ? { ...platformError('invalid_arguments'), response_metadata: { messages: problems } } : undefined;
}

/**
 * What Slack's validation says of blocks, in its `[ERROR] … [json-pointer:…]` style. Ids must be
 * unique in one message or view: two buttons with one action_id make Slack refuse the whole
 * message (https://github.com/fabro-sh/fabro/issues/251, https://github.com/knacklabs/gantry/pull/458).
 */
function blockProblems(blocks: unknown[], maxBlocks: number): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`[ERROR] no more than ${maxBlocks} items allowed [json-pointer:/blocks]`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((block, index) => {
    const at = `/blocks/${index}`;
    if (!isJson(block)) return problems.push(`[ERROR] must be an object [json-pointer:${at}]`);
    const blockId = optionalStr(block.block_id);
    if (blockId !== undefined && blockIds.has(blockId)) problems.push(`[ERROR] duplicate block_id [json-pointer:${at}/block_id]`);
    if (blockId !== undefined) blockIds.add(blockId);
    const text = isJson(block.text) ? block.text : undefined;
    if (block.type === 'section' && text !== undefined && [...str(text.text)].length > MAX_SECTION_TEXT_CHARS) {
      problems.push(`[ERROR] must be less than ${MAX_SECTION_TEXT_CHARS + 1} characters [json-pointer:${at}/text/text]`);
    }
    if (block.type === 'header') {
      if (text?.type !== 'plain_text') problems.push(`[ERROR] must be plain_text [json-pointer:${at}/text/type]`);
      if ([...str(text?.text)].length > MAX_HEADER_CHARS) {
        problems.push(`[ERROR] must be less than ${MAX_HEADER_CHARS + 1} characters [json-pointer:${at}/text/text]`);
      }
    }
    const elements = [...(Array.isArray(block.elements) ? block.elements : []), ...(isJson(block.element) ? [block.element] : [])];
    for (const element of elements.filter(isJson)) {
      const actionId = optionalStr(element.action_id);
      if (actionId !== undefined && actionIds.has(actionId)) problems.push(`[ERROR] duplicate action_id ${actionId} [json-pointer:${at}]`);
      if (actionId !== undefined) actionIds.add(actionId);
      problems.push(...inputProblems(element, at));
    }
    return undefined;
  });
  return problems;
}

function inputProblems(element: Json, at: string): string[] {
  if (element.type !== 'plain_text_input') return [];
  const maxLength = typeof element.max_length === 'number' ? element.max_length : MAX_INPUT_CHARS;
  const initial = [...str(element.initial_value)].length;
  if (maxLength > MAX_INPUT_CHARS) return [`[ERROR] must be at most ${MAX_INPUT_CHARS} [json-pointer:${at}/element/max_length]`];
  if (initial > maxLength) return [`[ERROR] must be no longer than max_length [json-pointer:${at}/element/initial_value]`];
  return [];
}

/**
 * Text as Slack stores what a person typed, and as events and conversations.replies deliver it:
 * `&`, `<`, `>` as entities, links and e-mail addresses wrapped, `@here` as `<!here>`
 * (https://docs.slack.dev/messaging/formatting-message-text, "Retrieving messages").
 */
export function toSlackMarkup(typed: string): string {
  const escaped = typed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(
    /(https?:\/\/[^\s<>]+?)(?=[.,;:!?)]*(?:\s|$))|(www\.[^\s<>]+?)(?=[.,;:!?)]*(?:\s|$))|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|@(here|channel|everyone)\b/g,
    (whole, url?: string, www?: string, email?: string, special?: string) => {
      if (url !== undefined) return `<${url}>`;
      if (www !== undefined) return `<http://${www}|${www}>`;
      if (email !== undefined) return `<mailto:${email}|${email}>`;
      return special !== undefined ? `<!${special}>` : whole;
    },
  );
}

/**
 * Fake trigger ids are `<serial>.<epoch ms issued>.<hex>` (slack-requests.ts makes them), so the
 * fake can tell an expired one; any other format counts as fresh.
 */
function triggerIssuedAt(triggerId: string): number | undefined {
  const match = /^\d+\.(\d{13})\.[0-9a-f]+$/.exec(triggerId);
  return match ? Number(match[1]) : undefined;
}

function content(body: Json): { text?: string; blocks?: unknown[] } {
  const text = optionalStr(body.text);
  return {
    ...(text === undefined ? {} : { text }),
    ...(Array.isArray(body.blocks) ? { blocks: body.blocks } : {}),
  };
}

function userJson(user: FakeSlackUser): Json {
  return {
    id: user.id,
    team_id: slackTestWorkspace.teamId,
    name: user.name,
    deleted: false,
    real_name: user.real_name,
    tz: user.tz,
    is_bot: user.is_bot,
    is_admin: false,
    profile: {
      real_name: user.real_name,
      display_name: user.name,
      ...(user.email === undefined ? {} : { email: user.email }),
      image_48: `https://avatars.example.invalid/${user.id}_48.png`,
    },
  };
}

function takeFailure(
  failures: { matcher: FakeSlackCallMatcher; failure: FakeSlackFailure; times: number }[],
  call: FakeSlackCall,
): FakeSlackFailure | undefined {
  const index = failures.findIndex(({ matcher }) => (typeof matcher === 'string' ? matcher === call.method : matcher(call)));
  const entry = failures[index];
  if (entry === undefined) return undefined;
  entry.times -= 1;
  if (entry.times <= 0) failures.splice(index, 1);
  return entry.failure;
}

/** The WebClient form-encodes and JSON-stringifies nested fields (blocks, view, metadata). */
function parseBody(raw: string, contentType: string | undefined): Json {
  if (raw === '') return {};
  if (contentType?.startsWith('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    return isJson(parsed) ? parsed : {};
  }
  const fields = Object.fromEntries(new URLSearchParams(raw));
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, JSON_FIELDS.has(key) ? decodeJsonField(value) : value]),
  );
}

/** Arguments the WebClient sends as JSON strings; plain `text` stays text even if it looks like JSON. */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);

function decodeJsonField(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

function describeOutcome(call: FakeSlackCall): string {
  if (call.status === undefined) return 'dropped';
  const response = call.response;
  if (isJson(response) && response.ok === false) return `${call.status} ${String(response.error)}`;
  return String(call.status);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function optionalStr(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : str(value);
}

function asJson(value: unknown): Json {
  return isJson(value) ? value : {};
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
