// A fake Meta Graph API on 127.0.0.1 for one Facebook Page: the comment and Messenger endpoints
// Pronto uses with Meta's documented JSON, Graph error objects, usage headers, and Meta's rules
// (one private reply per comment within 7 days, the 24-hour Messenger window, HUMAN_AGENT for 7
// days). It records every request, can inject failures, and plays Meta's webhook side too:
// it builds the feed and Messenger webhook bodies for what happens on the Page and signs them.
// Sources, cited where each rule is implemented:
// - Graph errors: developers.facebook.com/docs/graph-api/guides/error-handling ({error: {message,
//   type, code, error_subcode, fbtrace_id}}) and /docs/messenger-platform/error-codes.
// - Usage headers: developers.facebook.com/docs/graph-api/overview/rate-limiting.
// - Private replies: developers.facebook.com/documentation/business-messaging/messenger-platform/
//   discovery/private-replies ("Only one message can be sent", "within 7 days", the 24-hour window
//   opens only when the person responds); the Send API answers {recipient_id, message_id}.
// - Webhook bodies: developers.facebook.com/docs/graph-api/webhooks/reference/page (feed) and
//   /docs/messenger-platform/webhooks (messaging).
import { createHmac, randomBytes } from 'node:crypto';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWaitList } from './wait-list.ts';

export interface FakeGraphUser {
  /** The id comments show in `from` (app-scoped). */
  id: string;
  /** The same person's page-scoped id in Messenger. */
  psid: string;
  name: string;
}

export interface FakeComment {
  id: string;
  postId: string;
  /** The post, or the top-level comment this one replies to. */
  parentId: string;
  from: { id: string; name: string };
  /** Absent for a sticker or a photo alone. */
  message?: string;
  photo?: string;
  createdTime: string;
  deleted: boolean;
  /** Set once the comment got its private reply (Graph's `private_reply_conversation`). */
  privateReplyConversationId?: string;
}

export interface FakeMessengerMessage {
  mid: string;
  conversationId: string;
  /** PSID of the person, or the Page id. */
  fromId: string;
  toId: string;
  text: string;
  createdTime: string;
  messagingType?: string;
  tag?: string;
  /** The comment a private reply answered. */
  commentId?: string;
}

export interface FakeGraphRequest {
  method: string;
  path: string;
  /** `v25.0` from the path, when one was given. */
  version?: string;
  query: Record<string, string>;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** Set once answered; undefined for a dropped connection. */
  status?: number;
}

/** A Graph error as Meta sends it; `status` defaults to 400 (500 for codes 1 and 2). */
export interface GraphErrorSpec {
  code: number;
  subcode?: number;
  message: string;
  type?: string;
  status?: number;
  headers?: Record<string, string>;
}

export type FakeGraphMatcher = { method?: string; path?: string | RegExp } | ((request: FakeGraphRequest) => boolean);
/** An error answer, a dropped connection, or the request handled and then its answer lost. */
export type FakeGraphFailure = GraphErrorSpec | { drop: true } | { dropAfterHandling: true };

export interface FakeGraphApiOptions {
  page?: { id?: string; name?: string };
  /** The Page access token Meta accepts. */
  accessToken?: string;
  /** Meta's clock, for the windows; tests move it forward. */
  now?: () => number;
  /** Graph calls per hour before the Page's business-use-case limit throttles (80001). */
  callsPerHour?: number;
  /** How long each answer takes (Meta's take a few hundred ms); none by default. */
  latencyMs?: number;
  port?: number;
}

export interface CommentInput {
  text?: string;
  /** A sticker or photo comment: no text. */
  photo?: string;
  from?: Partial<FakeGraphUser>;
  /** Top-level on this post (a new post by default). */
  postId?: string;
  /** A reply to this comment. */
  replyTo?: string;
  createdTime?: string;
}

export interface FakeGraphApi {
  readonly baseUrl: string;
  readonly page: { id: string; name: string };
  readonly requests: FakeGraphRequest[];
  /** Comments the Page posted through the API. */
  readonly pageComments: FakeComment[];
  /** Messages the Page sent (private replies and Messenger messages). */
  readonly sentMessages: FakeMessengerMessage[];
  addUser(overrides?: Partial<FakeGraphUser>): FakeGraphUser;
  addComment(input?: CommentInput): FakeComment;
  editComment(id: string, text: string): FakeComment;
  deleteComment(id: string): void;
  /** A person writes to the Page in Messenger. */
  addUserMessage(input?: { from?: Partial<FakeGraphUser>; text?: string; createdTime?: string }): FakeMessengerMessage;
  /** The Page access token stops working (code 190, subcode 463) until `renewToken`. */
  expireToken(): void;
  renewToken(): void;
  /** The usage Meta reports (percent) and, when throttled, minutes to regain access. */
  setUsage(usage: { app?: number; business?: number; regainMinutes?: number }): void;
  failNext(matcher: FakeGraphMatcher, failure: FakeGraphFailure, times?: number): void;
  /** The feed webhook body Meta posts when a comment is added, edited or removed. */
  feedWebhook(commentId: string, verb?: 'add' | 'edited' | 'remove' | 'hide'): Record<string, unknown>;
  /** The Messenger webhook body of a message: the person's, or the Page's own as an echo. */
  messengerWebhook(mid: string): Record<string, unknown>;
  waitFor(predicate: (fake: FakeGraphApi) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_WAIT_MS = 5_000;
const HOUR_MS = 60 * 60 * 1000;
/** Messenger's standard window and the HUMAN_AGENT tag's (Messenger Platform policy). */
const MESSENGER_WINDOW_MS = 24 * HOUR_MS;
const SEVEN_DAYS_MS = 7 * 24 * HOUR_MS;
/** "Must be UTF-8 and has a 2000 character limit" (Send API reference, message.text). */
const MAX_MESSENGER_TEXT = 2_000;
/** Generous: only tests that set a limit meet it. */
const DEFAULT_CALLS_PER_HOUR = 1_000_000;
const PAGE_SIZE_DEFAULT = 25;
const PAGE_SIZE_MAX = 100;

type Json = Record<string, unknown>;
type Reply = { status: number; body: unknown; headers?: Record<string, string> };

export async function startFakeGraphApi(options: FakeGraphApiOptions = {}): Promise<FakeGraphApi> {
  const now = options.now ?? Date.now;
  const page = { id: options.page?.id ?? '1099000000000001', name: options.page?.name ?? 'Lumo Assistenza' };
  const accessToken = options.accessToken ?? 'test-page-token';
  const users = new Map<string, FakeGraphUser>();
  const comments = new Map<string, FakeComment>();
  const conversations = new Map<string, { id: string; psid: string; messages: FakeMessengerMessage[] }>();
  const messages = new Map<string, FakeMessengerMessage>();
  const requests: FakeGraphRequest[] = [];
  const pageComments: FakeComment[] = [];
  const sentMessages: FakeMessengerMessage[] = [];
  const failures: { matcher: FakeGraphMatcher; failure: FakeGraphFailure; times: number }[] = [];
  const callTimes: number[] = [];
  let usage: { app?: number; business?: number; regainMinutes?: number } = {};
  let tokenExpired = false;
  let sequence = 0;
  const waitList = createWaitList();
  const notify = (): void => waitList.notify();
  const nextNumber = (): string => String(100_000_000_000_000 + ++sequence);
  const iso = (ms = now()): string => new Date(ms).toISOString();
  /** Graph writes times as 2026-11-20T09:00:00+0000. */
  const graphTime = (isoTime: string): string => isoTime.replace(/\.\d{3}Z$/, '+0000');

  const addUser = (overrides: Partial<FakeGraphUser> = {}): FakeGraphUser => {
    const known = overrides.id !== undefined ? users.get(overrides.id) : overrides.psid !== undefined ? findByPsid(overrides.psid) : undefined;
    if (known) return Object.assign(known, overrides);
    const n = nextNumber();
    const user: FakeGraphUser = { id: `7${n}`, psid: `2${n}`, name: `Cliente ${sequence}`, ...overrides };
    users.set(user.id, user);
    return user;
  };
  const findByPsid = (psid: string) => [...users.values()].find((user) => user.psid === psid);

  const conversationOf = (psid: string) => {
    let conversation = [...conversations.values()].find((candidate) => candidate.psid === psid);
    if (conversation === undefined) {
      conversation = { id: `t_${nextNumber()}`, psid, messages: [] };
      conversations.set(conversation.id, conversation);
    }
    return conversation;
  };

  const addComment = (input: CommentInput = {}): FakeComment => {
    const author = addUser(input.from);
    const parent = input.replyTo !== undefined ? comments.get(input.replyTo) : undefined;
    // Facebook threads one level deep: a reply to a reply joins the top-level comment's thread.
    const top = parent !== undefined && parent.parentId !== parent.postId ? comments.get(parent.parentId) ?? parent : parent;
    const postId = top?.postId ?? input.postId ?? `${page.id}_${nextNumber()}`;
    const postPart = postId.split('_')[1] ?? postId;
    const comment: FakeComment = {
      id: `${postPart}_${nextNumber()}`,
      postId,
      parentId: top?.id ?? postId,
      from: { id: author.id, name: author.name },
      ...(input.photo === undefined ? { message: input.text ?? 'Come faccio a ricaricare la SIM?' } : { photo: input.photo }),
      ...(input.photo !== undefined && input.text !== undefined ? { message: input.text } : {}),
      createdTime: input.createdTime ?? iso(),
      deleted: false,
    };
    comments.set(comment.id, comment);
    notify();
    return comment;
  };

  const addMessage = (message: FakeMessengerMessage): FakeMessengerMessage => {
    const conversation = conversations.get(message.conversationId);
    conversation?.messages.push(message);
    messages.set(message.mid, message);
    notify();
    return message;
  };

  const addUserMessage: FakeGraphApi['addUserMessage'] = (input = {}) => {
    const user = addUser(input.from);
    const conversation = conversationOf(user.psid);
    return addMessage({
      mid: `m_${randomBytes(12).toString('base64url')}`,
      conversationId: conversation.id,
      fromId: user.psid,
      toId: page.id,
      text: input.text ?? 'Ciao, come faccio a ricaricare?',
      createdTime: input.createdTime ?? iso(),
    });
  };

  // --- Graph endpoints ---------------------------------------------------------------------

  const commentJson = (comment: FakeComment, fields: string[]): Json => {
    const full: Json = {
      id: comment.id,
      message: comment.message ?? '',
      from: comment.from,
      created_time: graphTime(comment.createdTime),
      ...(comment.parentId !== comment.postId ? { parent: { id: comment.parentId } } : {}),
      can_reply_privately: comment.privateReplyConversationId === undefined && comment.from.id !== page.id,
      ...(comment.privateReplyConversationId !== undefined ? { private_reply_conversation: { id: comment.privateReplyConversationId } } : {}),
    };
    // Graph returns `id` and only the fields asked for (or a default set).
    const wanted = fields.length > 0 ? fields : ['created_time', 'from', 'message'];
    return Object.fromEntries(Object.entries(full).filter(([name]) => name === 'id' || wanted.includes(name)));
  };

  const messageJson = (message: FakeMessengerMessage): Json => ({
    id: message.mid,
    message: message.text,
    from: message.fromId === page.id ? { id: page.id, name: page.name } : { id: message.fromId, name: findByPsid(message.fromId)?.name ?? '' },
    created_time: graphTime(message.createdTime),
  });

  const getObject = (id: string, query: Record<string, string>): Reply => {
    if (id === 'me' || id === page.id) return ok({ id: page.id, name: page.name });
    const comment = comments.get(id);
    if (comment !== undefined && !comment.deleted) return ok(commentJson(comment, fieldsOf(query)));
    const conversation = conversations.get(id);
    if (conversation !== undefined) {
      // A Page conversation's `participants`: the person and the Page (Graph API conversation node).
      const person = findByPsid(conversation.psid);
      const participants = { data: [{ name: person?.name ?? '', id: conversation.psid }, { name: page.name, id: page.id }] };
      return ok({ id, ...(fieldsOf(query).includes('participants') ? { participants } : {}) });
    }
    return missingObject(id, 'get');
  };

  const listComments = (objectId: string, query: Record<string, string>): Reply => {
    const object = comments.get(objectId);
    const isPost = [...comments.values()].some((comment) => comment.postId === objectId);
    if ((object === undefined || object.deleted) && !isPost) return missingObject(objectId, 'get');
    const all = [...comments.values()].filter(
      (comment) =>
        !comment.deleted &&
        (query.filter === 'stream' && isPost ? comment.postId === objectId : comment.parentId === objectId),
    );
    const ordered = query.order === 'reverse_chronological' ? all.reverse() : all;
    return ok(paged(ordered.map((comment) => commentJson(comment, fieldsOf(query))), query));
  };

  const postComment = (objectId: string, body: Json): Reply => {
    const target = comments.get(objectId);
    if (target === undefined || target.deleted) return missingObject(objectId, 'post');
    const text = body.message;
    if (typeof text !== 'string' || text.trim() === '') {
      return graphError({ code: 100, message: '(#100) Missing message or attachment', type: 'OAuthException' });
    }
    const threadId = target.parentId !== target.postId ? target.parentId : target.id;
    const postPart = target.postId.split('_')[1] ?? target.postId;
    const reply: FakeComment = {
      id: `${postPart}_${nextNumber()}`,
      postId: target.postId,
      parentId: threadId,
      from: { id: page.id, name: page.name },
      message: text,
      createdTime: iso(),
      deleted: false,
    };
    comments.set(reply.id, reply);
    pageComments.push(reply);
    return ok({ id: reply.id });
  };

  const sendMessage = (pageId: string, body: Json): Reply => {
    if (pageId !== page.id) return missingObject(pageId, 'post');
    const recipient = isJson(body.recipient) ? body.recipient : {};
    const text = isJson(body.message) ? body.message.text : undefined;
    if (typeof text !== 'string' || text === '') {
      return graphError({ code: 100, message: '(#100) The parameter message[text] is required', type: 'OAuthException' });
    }
    if (text.length > MAX_MESSENGER_TEXT) {
      return graphError({ code: 100, message: `(#100) Length of param message[text] must be less than or equal to ${MAX_MESSENGER_TEXT}`, type: 'OAuthException' });
    }
    if (typeof recipient.comment_id === 'string') return privateReply(recipient.comment_id, text);
    const psid = typeof recipient.id === 'string' ? recipient.id : undefined;
    const user = psid === undefined ? undefined : findByPsid(psid);
    if (psid === undefined || user === undefined) {
      return graphError({ code: 100, subcode: 2018001, message: '(#100) No matching user found', type: 'OAuthException' });
    }
    const messagingType = body.messaging_type;
    if (messagingType !== 'RESPONSE' && messagingType !== 'UPDATE' && messagingType !== 'MESSAGE_TAG') {
      return graphError({ code: 100, message: '(#100) param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}', type: 'OAuthException' });
    }
    const conversation = conversationOf(psid);
    const lastFromUser = conversation.messages.filter((message) => message.fromId === psid).at(-1);
    const age = lastFromUser === undefined ? Number.POSITIVE_INFINITY : now() - Date.parse(lastFromUser.createdTime);
    // Standard messaging within 24 hours of the person's last message; HUMAN_AGENT within 7 days;
    // after a private reply, only once the person answered (Messenger Platform policy).
    const allowed = messagingType === 'MESSAGE_TAG' ? body.tag === 'HUMAN_AGENT' && age <= SEVEN_DAYS_MS : age <= MESSENGER_WINDOW_MS;
    if (!allowed) return outsideWindow();
    const sent = addMessage({
      mid: `m_${randomBytes(12).toString('base64url')}`,
      conversationId: conversation.id,
      fromId: page.id,
      toId: psid,
      text,
      createdTime: iso(),
      messagingType,
      ...(typeof body.tag === 'string' ? { tag: body.tag } : {}),
    });
    sentMessages.push(sent);
    return ok({ recipient_id: psid, message_id: sent.mid });
  };

  const privateReply = (commentId: string, text: string): Reply => {
    const comment = comments.get(commentId);
    if (comment === undefined || comment.deleted) return missingObject(commentId, 'post');
    if (comment.privateReplyConversationId !== undefined) {
      // What Meta answers a second private reply to one comment.
      return graphError({ code: 10900, message: '(#10900) Activity already replied to', type: 'OAuthException' });
    }
    if (now() - Date.parse(comment.createdTime) > SEVEN_DAYS_MS) {
      // Meta documents the 7-day limit but no code of its own for it: the window error is assumed.
      return outsideWindow();
    }
    const user = users.get(comment.from.id) ?? addUser({ id: comment.from.id, name: comment.from.name });
    const conversation = conversationOf(user.psid);
    comment.privateReplyConversationId = conversation.id;
    const sent = addMessage({
      mid: `m_${randomBytes(12).toString('base64url')}`,
      conversationId: conversation.id,
      fromId: page.id,
      toId: user.psid,
      text,
      createdTime: iso(),
      commentId,
    });
    sentMessages.push(sent);
    return ok({ recipient_id: user.psid, message_id: sent.mid });
  };

  const listConversations = (pageId: string, query: Record<string, string>): Reply => {
    if (pageId !== page.id) return missingObject(pageId, 'get');
    if (query.platform !== 'messenger' && query.platform !== 'instagram') {
      return graphError({ code: 100, message: '(#100) The parameter platform is required', type: 'OAuthException' });
    }
    const found = [...conversations.values()].filter((conversation) => query.user_id === undefined || conversation.psid === query.user_id);
    return ok(paged(found.map((conversation) => ({ id: conversation.id, updated_time: graphTime(conversation.messages.at(-1)?.createdTime ?? iso()) })), query));
  };

  const listMessages = (conversationId: string, query: Record<string, string>): Reply => {
    const conversation = conversations.get(conversationId);
    if (conversation === undefined) return missingObject(conversationId, 'get');
    // Newest first, as the conversation's messages edge lists them.
    return ok(paged([...conversation.messages].reverse().map(messageJson), query));
  };

  const route = (request: FakeGraphRequest): Reply => {
    const parts = request.path.split('/').filter((part) => part !== '').map(decodeURIComponent);
    if (/^v\d+\.\d+$/.test(parts[0] ?? '')) parts.shift();
    const [id = '', edge, extra] = parts;
    const body = isJson(request.body) ? request.body : {};
    if (extra !== undefined) return unknownPath(request.path);
    if (request.method === 'GET' && edge === undefined) return getObject(id, request.query);
    if (request.method === 'GET' && edge === 'comments') return listComments(id, request.query);
    if (request.method === 'GET' && edge === 'conversations') return listConversations(id, request.query);
    if (request.method === 'GET' && edge === 'messages') return listMessages(id, request.query);
    if (request.method === 'POST' && edge === 'comments') return postComment(id, body);
    if (request.method === 'POST' && edge === 'messages') return sendMessage(id, body);
    return unknownPath(request.path);
  };

  // --- usage and tokens ----------------------------------------------------------------------

  /** Calls in the last hour, oldest first: what the Page's business-use-case limit counts. */
  const callsInLastHour = (): number[] => {
    const hourAgo = now() - HOUR_MS;
    while (callTimes.length > 0 && callTimes[0]! < hourAgo) callTimes.shift();
    return callTimes;
  };
  const limit = options.callsPerHour ?? DEFAULT_CALLS_PER_HOUR;
  const businessPercent = () => usage.business ?? Math.min(100, Math.floor((callsInLastHour().length / limit) * 100));
  const isThrottled = () => businessPercent() >= 100;

  const usageHeaders = (): Record<string, string> => {
    const business = businessPercent();
    const oldest = callsInLastHour()[0] ?? now();
    // Minutes until enough calls leave the rolling hour, unless a test set them.
    const regain = isThrottled() ? (usage.regainMinutes ?? Math.max(1, Math.ceil((oldest + HOUR_MS - now()) / 60_000))) : 0;
    const app = usage.app ?? 0;
    return {
      'x-app-usage': JSON.stringify({ call_count: app, total_cputime: Math.floor(app / 2), total_time: Math.floor(app / 2) }),
      'x-business-use-case-usage': JSON.stringify({
        [page.id]: [{ type: 'pages', call_count: business, total_cputime: Math.floor(business / 3), total_time: Math.floor(business / 3), estimated_time_to_regain_access: regain }],
      }),
    };
  };

  const authorize = (request: FakeGraphRequest): Reply | undefined => {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const token = bearer ?? request.query.access_token;
    if (token === undefined) {
      return graphError({ code: 2500, message: 'An active access token must be used to query information about the current user.', type: 'OAuthException' });
    }
    if (token !== accessToken) return graphError({ code: 190, message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException' });
    if (tokenExpired) {
      return graphError({ code: 190, subcode: 463, message: 'Error validating access token: Session has expired on Friday, 20-Nov-26 09:00:00 PST.', type: 'OAuthException' });
    }
    return undefined;
  };

  /** The Page's answer, as Meta would give it: token first, then its limits, then the endpoint. */
  const answer = (request: FakeGraphRequest): Reply => {
    const refused = authorize(request);
    if (refused !== undefined) return refused;
    // The Pages business-use-case limit (rate-limiting docs: 80001).
    if (isThrottled()) {
      return graphError({ code: 80001, message: '(#80001) There have been too many calls to this Page account. Wait a bit and try again.' });
    }
    callTimes.push(now());
    return route(request);
  };

  const handle = (request: FakeGraphRequest, res: ServerResponse): void => {
    const failure = takeFailure(failures, request);
    const injected = failure !== undefined && 'code' in failure ? graphError(failure) : undefined;
    if (failure !== undefined && 'drop' in failure) {
      res.socket?.destroy();
      notify();
      return;
    }
    const reply = injected ?? answer(request);
    if (failure !== undefined && 'dropAfterHandling' in failure) {
      // Done, but the answer never reaches the caller: its retry must not do it twice.
      res.socket?.destroy();
      notify();
      return;
    }
    const answerNow = () => {
      send(res, reply.status, reply.body, { ...usageHeaders(), ...reply.headers });
      request.status = reply.status;
      notify();
    };
    if (options.latencyMs) setTimeout(answerNow, options.latencyMs);
    else answerNow();
  };

  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    readBody(req)
      .then((raw) => {
        const url = new URL(req.url ?? '/', 'http://fake-graph');
        const version = /^\/(v\d+\.\d+)\//.exec(url.pathname)?.[1];
        const request: FakeGraphRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          ...(version !== undefined ? { version } : {}),
          query: Object.fromEntries(url.searchParams),
          body: parseBody(raw, req.headers['content-type']),
          headers: req.headers,
        };
        requests.push(request);
        handle(request, res);
      })
      .catch((error: unknown) => {
        // A bug in the fake must show as a loud 500, not a hung test.
        if (!res.headersSent) send(res, 500, { error: { message: `fake Graph API failed: ${String(error)}`, type: 'FakeError', code: -1 } }, {});
        else res.destroy();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  const fake: FakeGraphApi = {
    baseUrl: `http://127.0.0.1:${port}`,
    page,
    requests,
    pageComments,
    sentMessages,
    addUser,
    addComment,
    editComment(id, text) {
      const comment = comments.get(id);
      if (comment === undefined) throw new Error(`fake Graph has no comment ${id}`);
      comment.message = text;
      notify();
      return comment;
    },
    deleteComment(id) {
      const comment = comments.get(id);
      if (comment !== undefined) comment.deleted = true;
      notify();
    },
    addUserMessage,
    expireToken() {
      tokenExpired = true;
    },
    renewToken() {
      tokenExpired = false;
    },
    setUsage(next) {
      usage = next;
    },
    failNext(matcher, failure, times = 1) {
      failures.push({ matcher, failure, times });
    },
    feedWebhook(commentId, verb = 'add') {
      const comment = comments.get(commentId);
      if (comment === undefined) throw new Error(`fake Graph has no comment ${commentId}`);
      const value: Json = {
        from: comment.from,
        post: { status_type: 'added_photos', is_published: true, updated_time: graphTime(iso()), promotion_status: 'inactive', id: comment.postId },
        ...(verb !== 'remove' && comment.message !== undefined ? { message: comment.message } : {}),
        ...(verb !== 'remove' && comment.photo !== undefined ? { photo: comment.photo } : {}),
        post_id: comment.postId,
        comment_id: comment.id,
        created_time: Math.floor(Date.parse(comment.createdTime) / 1000),
        item: 'comment',
        parent_id: comment.parentId,
        verb,
      };
      return { object: 'page', entry: [{ id: page.id, time: Math.floor(now() / 1000), changes: [{ field: 'feed', value }] }] };
    },
    messengerWebhook(mid) {
      const message = messages.get(mid);
      if (message === undefined) throw new Error(`fake Graph has no message ${mid}`);
      const echo = message.fromId === page.id;
      const event: Json = {
        sender: { id: message.fromId },
        recipient: { id: message.toId },
        timestamp: Date.parse(message.createdTime),
        message: { mid: message.mid, text: message.text, ...(echo ? { is_echo: true, app_id: 1517000000000000 } : {}) },
      };
      return { object: 'page', entry: [{ id: page.id, time: now(), messaging: [event] }] };
    },
    waitFor(predicate, timeoutMs = DEFAULT_WAIT_MS) {
      return waitList.until(() => predicate(fake), timeoutMs, () => {
        const seen = requests.map((request) => `${request.method} ${request.path} -> ${request.status ?? 'dropped'}`);
        return `fake Graph API requests so far: ${seen.join(', ') || 'none'}`;
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
}

/** `X-Hub-Signature-256` of a body as Meta computes it: HMAC-SHA256 with the app secret, hex. */
export function signWebhook(body: string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/** POSTs a webhook body to Pronto as Meta does: signed, JSON, Meta's user agent. */
export function deliverWebhook(url: string, body: unknown, options: { appSecret: string; signature?: string | null }): Promise<Response> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const signature = options.signature === undefined ? signWebhook(text, options.appSecret) : options.signature;
  return fetch(url, {
    method: 'POST',
    body: text,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'facebookexternalua',
      ...(signature === null ? {} : { 'x-hub-signature-256': signature }),
    },
  });
}

/** Several webhook bodies as one delivery: Meta batches entries. */
export function batchWebhooks(...bodies: Record<string, unknown>[]): Record<string, unknown> {
  return { object: 'page', entry: bodies.flatMap((body) => (Array.isArray(body.entry) ? body.entry : [])) };
}

// --- helpers ---------------------------------------------------------------------------------

function ok(body: unknown): Reply {
  return { status: 200, body };
}

function graphError(spec: GraphErrorSpec): Reply {
  const status = spec.status ?? (spec.code === 1 || spec.code === 2 ? 500 : 400);
  const error: Json = {
    message: spec.message,
    type: spec.type ?? 'OAuthException',
    code: spec.code,
    ...(spec.subcode !== undefined ? { error_subcode: spec.subcode } : {}),
    fbtrace_id: randomBytes(8).toString('base64url'),
  };
  return { status, body: { error }, ...(spec.headers ? { headers: spec.headers } : {}) };
}

/** Messenger's window error (Messenger error codes: 10 / 2018278). */
function outsideWindow(): Reply {
  return graphError({
    code: 10,
    subcode: 2018278,
    message: '(#10) This message is sent outside of allowed window. Learn more about the new policy here: https://developers.facebook.com/docs/messenger-platform/policy-overview',
  });
}

/** Graph's answer for a deleted or invisible object (code 100, subcode 33). */
function missingObject(id: string, method: 'get' | 'post'): Reply {
  return graphError({
    code: 100,
    subcode: 33,
    type: 'GraphMethodException',
    message: `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
  });
}

function unknownPath(path: string): Reply {
  return graphError({ code: 2500, message: `Unknown path components: ${path}` });
}

/** Graph's cursor paging: `data`, `paging.cursors.{before,after}` and `paging.next` while more remain. */
function paged(items: Json[], query: Record<string, string>): Json {
  const size = Math.min(PAGE_SIZE_MAX, Math.max(1, Number(query.limit ?? PAGE_SIZE_DEFAULT) || PAGE_SIZE_DEFAULT));
  const start = query.after === undefined ? 0 : Number(Buffer.from(query.after, 'base64url').toString('utf8')) || 0;
  const data = items.slice(start, start + size);
  const end = start + data.length;
  const cursor = (index: number) => Buffer.from(String(index)).toString('base64url');
  const paging: Json = data.length === 0 ? {} : { cursors: { before: cursor(start), after: cursor(end) } };
  if (end < items.length) paging.next = `https://graph.facebook.com/next?after=${cursor(end)}`;
  return data.length === 0 ? { data } : { data, paging };
}

function fieldsOf(query: Record<string, string>): string[] {
  return (query.fields ?? '').split(',').filter((field) => field !== '');
}

function takeFailure(failures: { matcher: FakeGraphMatcher; failure: FakeGraphFailure; times: number }[], request: FakeGraphRequest): FakeGraphFailure | undefined {
  const index = failures.findIndex(({ matcher }) => matches(matcher, request));
  const entry = failures[index];
  if (entry === undefined) return undefined;
  entry.times -= 1;
  if (entry.times <= 0) failures.splice(index, 1);
  return entry.failure;
}

function matches(matcher: FakeGraphMatcher, request: FakeGraphRequest): boolean {
  if (typeof matcher === 'function') return matcher(request);
  if (matcher.method !== undefined && matcher.method.toUpperCase() !== request.method) return false;
  if (matcher.path === undefined) return true;
  return matcher.path instanceof RegExp ? matcher.path.test(request.path) : request.path.endsWith(matcher.path);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'facebook-api-version': 'v25.0', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Graph takes JSON or form-encoded parameters. */
function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
