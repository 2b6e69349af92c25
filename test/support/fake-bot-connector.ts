// A fake Bot Connector on 127.0.0.1: the service a bot answers through (an activity's serviceUrl).
// It takes what the Connector REST API takes (learn.microsoft.com/azure/bot-service/rest-api/
// bot-framework-rest-connector-api-reference): POST /v3/conversations/{id}/activities (send),
// .../activities/{replyToId} (reply) and POST /v3/conversations (create a conversation, which
// needs `bot` and `members`), answering {id}. It records every request and fails like the real
// one, with Teams' documented error codes ("Status codes from bot conversational APIs",
// learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages):
// 401 BotNotRegistered, 403 BotDisabledByAdmin / BotNotInConversationRoster, 404
// ConversationNotFound for a conversation that no longer exists, 429 Throttled with Retry-After,
// 5xx ServiceError. Without a token it answers like the Agents Playground's local connector
// (anonymous), unless `requireToken` makes it answer 401 as Azure's does.
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWaitList } from './wait-list.ts';

export interface ConnectorRequest {
  method: string;
  path: string;
  conversationId?: string;
  replyToId?: string;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** Set once answered. */
  status?: number;
}

/** An activity the connector accepted. */
export interface ReceivedActivity {
  id: string;
  conversationId: string;
  replyToId?: string;
  activity: Record<string, unknown> & { type?: string; text?: string; name?: string };
  authorization?: string;
  /** When it arrived (epoch ms). */
  at: number;
}

export interface ConnectorFailure {
  status: number;
  headers?: Record<string, string>;
  /** Default: Teams' documented body for the status. */
  body?: unknown;
}

export interface FailureMatch {
  conversationId?: string;
  /** Activity type sent (message, typing, event...). */
  type?: string;
}

export interface FakeBotConnector {
  /** What activities carry as serviceUrl (with the trailing slash channels send). */
  serviceUrl: string;
  requests: ConnectorRequest[];
  activities: ReceivedActivity[];
  /** Accepted message activities, of one conversation when given. */
  messages(conversationId?: string): ReceivedActivity[];
  createdConversations: { id: string; parameters: Record<string, unknown> }[];
  /** The next `times` matching sends fail with `failure`. */
  failNext(match: FailureMatch, failure: ConnectorFailure, times?: number): void;
  /** The conversation no longer exists (the customer closed the chat): 404 ConversationNotFound. */
  removeConversation(conversationId: string): void;
  /** Every call answers this status (401: the app is not the bot's; 403: the bot is disabled), until undefined. */
  refuseCredentials(status: 401 | 403 | undefined): void;
  waitFor(holds: (fake: FakeBotConnector) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface FakeBotConnectorOptions {
  /** Answer 401 to calls without `Authorization: Bearer` (Azure Bot Service does). */
  requireToken?: boolean;
}

const DEFAULT_WAIT_MS = 5_000;

const DOCUMENTED_ERRORS: Readonly<Record<number, { code: string; message: string }>> = {
  400: { code: 'BadArgument', message: 'Invalid request payload.' },
  401: { code: 'BotNotRegistered', message: 'No registration found for this bot.' },
  403: { code: 'BotDisabledByAdmin', message: 'The tenant admin disabled this bot' },
  404: { code: 'ConversationNotFound', message: 'Conversation not found.' },
  412: { code: 'PreconditionFailed', message: 'Precondition failed, please try again.' },
  413: { code: 'MessageSizeTooBig', message: 'Message size too large.' },
  429: { code: 'Throttled', message: 'Too many requests.' },
  500: { code: 'ServiceError', message: 'Internal server error.' },
  502: { code: 'ServiceError', message: 'Service dependency issue.' },
  503: { code: 'ServiceUnavailable', message: 'Service is unavailable.' },
  504: { code: 'GatewayTimeout', message: 'Gateway Timeout.' },
};

export async function startFakeBotConnector(options: FakeBotConnectorOptions = {}): Promise<FakeBotConnector> {
  const waitList = createWaitList();
  const requests: ConnectorRequest[] = [];
  const activities: ReceivedActivity[] = [];
  const createdConversations: FakeBotConnector['createdConversations'] = [];
  const removed = new Set<string>();
  const failures: { match: FailureMatch; failure: ConnectorFailure; left: number }[] = [];
  let credentialsRefused: 401 | 403 | undefined;
  let nextId = 1;

  function answer(response: ServerResponse, record: ConnectorRequest, status: number, body: unknown, headers: Record<string, string> = {}): void {
    record.status = status;
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(body));
    waitList.notify();
  }

  function fail(response: ServerResponse, record: ConnectorRequest, failure: ConnectorFailure): void {
    const documented = DOCUMENTED_ERRORS[failure.status] ?? { code: 'Error', message: `HTTP ${failure.status}` };
    answer(response, record, failure.status, failure.body ?? { error: documented }, failure.headers);
  }

  function takeFailure(conversationId: string, type: string | undefined): ConnectorFailure | undefined {
    const index = failures.findIndex(
      ({ match }) => (match.conversationId === undefined || match.conversationId === conversationId) && (match.type === undefined || match.type === type),
    );
    if (index < 0) return undefined;
    const entry = failures[index]!;
    entry.left -= 1;
    if (entry.left <= 0) failures.splice(index, 1);
    return entry.failure;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const raw = await readBody(request);
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = raw;
    }
    const record: ConnectorRequest = { method: request.method ?? '', path: url.pathname, body, headers: request.headers };
    requests.push(record);
    const authorization = request.headers.authorization;
    if (credentialsRefused !== undefined) return fail(response, record, { status: credentialsRefused });
    if (options.requireToken && !/^Bearer \S+/.test(authorization ?? '')) {
      // ASP.NET's answer in front of the connector when no token came.
      return answer(response, record, 401, { message: 'Authorization has been denied for this request.' });
    }
    if (request.method !== 'POST') return answer(response, record, 405, { error: { code: 'MethodNotAllowed', message: 'Method not allowed.' } });
    if (url.pathname === '/v3/conversations') return createConversation(response, record, body);
    const match = /^\/v3\/conversations\/(.+?)\/activities(?:\/([^/]+))?$/.exec(url.pathname);
    if (!match) return fail(response, record, { status: 404 });
    const conversationId = decodeURIComponent(match[1]!);
    const replyToId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    record.conversationId = conversationId;
    if (replyToId !== undefined) record.replyToId = replyToId;
    if (removed.has(conversationId)) return fail(response, record, { status: 404 });
    if (!isRecord(body) || typeof body.type !== 'string') return fail(response, record, { status: 400 });
    const failure = takeFailure(conversationId, body.type);
    if (failure) return fail(response, record, failure);
    const id = `activity-${nextId++}`;
    activities.push({ id, conversationId, ...(replyToId !== undefined ? { replyToId } : {}), activity: body, ...(authorization ? { authorization } : {}), at: Date.now() });
    answer(response, record, 200, { id });
  }

  function createConversation(response: ServerResponse, record: ConnectorRequest, body: unknown): void {
    const members = isRecord(body) ? body.members : undefined;
    if (!isRecord(body) || !isRecord(body.bot) || !Array.isArray(members) || members.length === 0) {
      return fail(response, record, { status: 400, body: { error: { code: 'BadArgument', message: 'bot and members are required' } } });
    }
    const id = `a:created-${nextId++}`;
    createdConversations.push({ id, parameters: body });
    answer(response, record, 201, { id, serviceUrl: fake.serviceUrl });
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeBotConnector = {
    serviceUrl: `http://127.0.0.1:${port}/`,
    requests,
    activities,
    createdConversations,
    messages: (conversationId) =>
      activities.filter((received) => received.activity.type === 'message' && (conversationId === undefined || received.conversationId === conversationId)),
    failNext(match, failure, times = 1) {
      failures.push({ match, failure, left: times });
    },
    removeConversation(conversationId) {
      removed.add(conversationId);
    },
    refuseCredentials(status) {
      credentialsRefused = status;
    },
    waitFor(holds, timeoutMs = DEFAULT_WAIT_MS) {
      return waitList.until(() => holds(fake), timeoutMs, () => `connector requests so far: ${requests.map((r) => `${r.method} ${r.path} → ${r.status}`).join(', ')}`);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
