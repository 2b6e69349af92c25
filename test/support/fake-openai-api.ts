// A fake OpenAI-compatible API on 127.0.0.1, for the real `openai` SDK and LangChain's ChatOpenAI
// and OpenAIEmbeddings pointed at it by base URL (STACK.md: the rule "real wire"). It answers the
// three endpoints Pronto uses with the JSON the OpenAI API reference documents, records every
// request, and lets a test script the model's reply or a failure.
//
// What it reproduces, and where it is documented:
// - POST /v1/chat/completions → a `chat.completion` object: `id`, `object`, `created`, `model`,
//   `choices[{index, message: {role, content, refusal}, logprobs, finish_reason}]`, `usage`
//   `{prompt_tokens, completion_tokens, total_tokens}` (OpenAI API reference, "The chat completion
//   object"; finish_reason is `stop`, `length` when max tokens cut the output, `content_filter`).
//   A refusal under Structured Outputs comes as `message.refusal` with `content: null` (OpenAI
//   Structured Outputs guide, "Refusals"; github.com/MacPaw/OpenAI/issues/249 quotes both fields).
//   A strict `json_schema` response format whose objects do not all set
//   `additionalProperties: false` and list every property as `required` is refused with a 400
//   (Structured Outputs guide, "Supported schemas").
// - POST /v1/embeddings → `{object: "list", data: [{object: "embedding", index, embedding}],
//   model, usage: {prompt_tokens, total_tokens}}`; `embedding` is a float array, or a base64
//   string of little-endian float32 when `encoding_format: "base64"` (OpenAI API reference,
//   "Create embeddings"; developers.openai.com/api/reference/go/resources/embeddings). The
//   openai SDK asks for base64 by default (STACK.md).
// - GET /v1/models → `{object: "list", data: [{id, object: "model", created, owned_by}]}`.
// - Errors: `{error: {message, type, param, code}}` with the HTTP status (OpenAI "Error codes"
//   guide). 401 `invalid_api_key` without a bearer token; 404 `model_not_found` for an unknown
//   model; 429 `rate_limit_exceeded` with `retry-after` (seconds) and `x-ratelimit-*` headers,
//   to be honoured before retrying (learn.microsoft.com dev-proxy "openai-rate-limit-reached",
//   which tabulates OpenAI's 429 codes); 500 `server_error`, 503 `server_is_overloaded`.
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWaitList } from './wait-list.ts';

export interface ChatMessage {
  role: string;
  content: string;
}

/** A chat request as the fake read it, with the two texts a scripted model looks at. */
export interface FakeChatRequest {
  model: string;
  messages: ChatMessage[];
  /** `response_format.json_schema.name`, e.g. `grounded_answer`. */
  schemaName?: string;
  system: string;
  /** Every user message, joined. */
  user: string;
  body: Record<string, unknown>;
}

/** What the scripted model answers. */
export type FakeChatReply =
  /** The model's JSON (serialized as the message content), finish_reason `stop`. */
  | { json: unknown }
  /** Raw content: prose, broken JSON, or a cut-off answer with finish_reason `length`. */
  | { content: string; finishReason?: 'stop' | 'length' | 'content_filter' }
  /** A Structured Outputs refusal. */
  | { refusal: string }
  /** An API error with the vendor's body; `headers` e.g. `retry-after`. */
  | { error: FakeApiError }
  /** Never answers (until `releaseHeld` or `close`): a model slower than any timeout. */
  | { hold: true }
  /** Drops the connection without an answer. */
  | { drop: true };

export interface FakeApiError {
  status: number;
  type: string;
  code: string | null;
  message: string;
  param?: string | null;
  headers?: Record<string, string>;
}

export type ScriptedModel = (request: FakeChatRequest) => FakeChatReply | Promise<FakeChatReply>;

export interface RecordedOpenAiRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** Set once answered; undefined while held or for a dropped connection. */
  status?: number;
}

export interface FakeOpenAiOptions {
  /** Models the account has (GET /v1/models; others get a 404). */
  models?: string[];
  chat?: ScriptedModel;
  /** Vector of one input text (default: a deterministic bag of hashed words); a promise to make it wait. */
  embed?: (text: string) => number[] | Promise<number[]>;
}

export interface FakeOpenAiApi {
  /** The OpenAI-style base URL, ending in /v1 (OPENAI_BASE_URL). */
  baseUrl: string;
  requests: RecordedOpenAiRequest[];
  /** The chat completion requests received, parsed. */
  chatRequests(): FakeChatRequest[];
  setChat(model: ScriptedModel): void;
  /** The next `count` chat requests get these replies, in order, before the scripted model. */
  queueChat(...replies: FakeChatReply[]): void;
  /** Resolves once `count` requests (to any endpoint, or to `path`) arrived. */
  waitFor(count: number, path?: string, timeoutMs?: number): Promise<void>;
  /** Answers every held request with a 500, so nothing is left hanging. */
  releaseHeld(): void;
  close(): Promise<void>;
}

export const FAKE_API_KEY = 'sk-fake-test-key';
/** Dimensions of the default embedding: small, but enough to tell topics apart. */
const EMBEDDING_DIMENSIONS = 64;
/** Rough tokens per character for `usage`: the usual rule of thumb for English (4 chars a token). */
const CHARS_PER_TOKEN = 4;

export async function startFakeOpenAiApi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAiApi> {
  const models = options.models ?? ['gpt-fake-mini', 'embed-fake'];
  let scripted: ScriptedModel = options.chat ?? (() => ({ json: { status: 'insufficient_context', answer: '', citations: [] } }));
  const queued: FakeChatReply[] = [];
  const embed = options.embed ?? hashedBagOfWords;
  const requests: RecordedOpenAiRequest[] = [];
  const chats: FakeChatRequest[] = [];
  const held = new Set<ServerResponse>();
  const waitList = createWaitList();
  let ids = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = raw;
    }
    const recorded: RecordedOpenAiRequest = { method: req.method ?? 'GET', path, headers: req.headers, body };
    requests.push(recorded);
    waitList.notify();
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      recorded.status = status;
      res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${++ids}`, ...headers });
      res.end(JSON.stringify(json));
      waitList.notify();
    };
    const fail = (error: FakeApiError) => send(error.status, errorBody(error), error.headers);

    if (req.headers.authorization !== `Bearer ${FAKE_API_KEY}`) {
      return fail({ status: 401, type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided.' });
    }
    if (req.method === 'GET' && path === '/v1/models') {
      return send(200, { object: 'list', data: models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'fake' })) });
    }
    if (req.method !== 'POST' || !isRecord(body)) {
      return fail({ status: 404, type: 'invalid_request_error', code: 'unknown_url', message: `Unknown request URL: ${req.method} ${path}.` });
    }
    const model = typeof body.model === 'string' ? body.model : '';
    if (!models.includes(model)) {
      return fail({ status: 404, type: 'invalid_request_error', code: 'model_not_found', message: `The model \`${model}\` does not exist or you do not have access to it.` });
    }
    if (path === '/v1/embeddings') return send(200, await embeddingsResponse(body, model, embed));
    if (path !== '/v1/chat/completions') {
      return fail({ status: 404, type: 'invalid_request_error', code: 'unknown_url', message: `Unknown request URL: POST ${path}.` });
    }
    const problem = checkChatRequest(body);
    if (problem !== undefined) return fail({ status: 400, type: 'invalid_request_error', code: null, ...problem });
    const chat = toChatRequest(body, model);
    chats.push(chat);
    const reply = queued.shift() ?? (await scripted(chat));
    if ('hold' in reply) {
      held.add(res);
      res.on('close', () => held.delete(res));
      return;
    }
    if ('drop' in reply) {
      req.socket.destroy();
      return;
    }
    if ('error' in reply) return fail(reply.error);
    return send(200, completion(`chatcmpl-${++ids}`, model, chat, reply));
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify(errorBody({ status: 500, type: 'server_error', code: null, message: String(error) })));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  function releaseHeld(): void {
    for (const res of held) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify(errorBody({ status: 500, type: 'server_error', code: null, message: 'released' })));
    }
    held.clear();
  }

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => [...chats],
    setChat(model) {
      scripted = model;
    },
    queueChat(...replies) {
      queued.push(...replies);
    },
    waitFor(count, path, timeoutMs = 5_000) {
      const matching = () => requests.filter((r) => path === undefined || r.path === path).length;
      return waitList.until(() => matching() >= count, timeoutMs, () => `requests so far: ${requests.map((r) => r.path).join(', ')}`);
    },
    releaseHeld,
    async close() {
      releaseHeld();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function errorBody(error: FakeApiError) {
  return { error: { message: error.message, type: error.type, param: error.param ?? null, code: error.code } };
}

/** What the real API refuses before any model runs: a wrong temperature is allowed, a broken strict schema is not. */
function checkChatRequest(body: Record<string, unknown>): { message: string; param: string } | undefined {
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return { message: "'messages' must be a non-empty array.", param: 'messages' };
  }
  const format = body.response_format;
  if (!isRecord(format) || format.type !== 'json_schema') return undefined;
  const schema = isRecord(format.json_schema) ? format.json_schema : undefined;
  if (schema === undefined || typeof schema.name !== 'string' || !isRecord(schema.schema)) {
    return { message: "Missing required parameter: 'response_format.json_schema'.", param: 'response_format' };
  }
  if (schema.strict === true) {
    const problem = strictSchemaProblem(schema.schema, 'schema');
    if (problem !== undefined) {
      return { message: `Invalid schema for response_format '${schema.name}': In context=(${problem}).`, param: 'response_format' };
    }
  }
  return undefined;
}

/** Structured Outputs' rule for strict schemas: every object closed, every property required. */
function strictSchemaProblem(node: unknown, at: string): string | undefined {
  if (!isRecord(node)) return undefined;
  if (node.type === 'object') {
    const properties = isRecord(node.properties) ? Object.keys(node.properties) : [];
    if (node.additionalProperties !== false) return `'${at}', 'additionalProperties' is required to be supplied and to be false`;
    const required = Array.isArray(node.required) ? node.required : [];
    const missing = properties.find((key) => !required.includes(key));
    if (missing !== undefined) return `'${at}', 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'`;
    for (const key of properties) {
      const problem = strictSchemaProblem((node.properties as Record<string, unknown>)[key], `${at}.${key}`);
      if (problem !== undefined) return problem;
    }
  }
  if (node.type === 'array') return strictSchemaProblem(node.items, `${at}[]`);
  return undefined;
}

function toChatRequest(body: Record<string, unknown>, model: string): FakeChatRequest {
  const messages = (body.messages as unknown[]).map((message) => {
    const { role, content } = isRecord(message) ? message : {};
    return { role: String(role), content: typeof content === 'string' ? content : JSON.stringify(content) };
  });
  const format = isRecord(body.response_format) ? body.response_format : {};
  const schemaName = isRecord(format.json_schema) && typeof format.json_schema.name === 'string' ? format.json_schema.name : undefined;
  return {
    model,
    messages,
    ...(schemaName === undefined ? {} : { schemaName }),
    system: messages.filter((m) => m.role === 'system' || m.role === 'developer').map((m) => m.content).join('\n'),
    user: messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n'),
    body,
  };
}

function completion(id: string, model: string, chat: FakeChatRequest, reply: Exclude<FakeChatReply, { error: unknown } | { hold: true } | { drop: true }>) {
  const content = 'json' in reply ? JSON.stringify(reply.json) : 'content' in reply ? reply.content : null;
  const refusal = 'refusal' in reply ? reply.refusal : null;
  const finishReason = 'content' in reply ? (reply.finishReason ?? 'stop') : 'stop';
  const promptTokens = tokensOf(chat.messages.map((m) => m.content).join(''));
  const completionTokens = tokensOf(content ?? refusal ?? '');
  return {
    id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    system_fingerprint: 'fp_fake',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal }, logprobs: null, finish_reason: finishReason }],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
  };
}

async function embeddingsResponse(body: Record<string, unknown>, model: string, embed: (text: string) => number[] | Promise<number[]>) {
  const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input ?? '')];
  const base64 = body.encoding_format === 'base64';
  const tokens = tokensOf(inputs.join(''));
  const vectors = await Promise.all(inputs.map(embed));
  return {
    object: 'list',
    data: vectors.map((vector, index) => ({ object: 'embedding', index, embedding: base64 ? toBase64Float32(vector) : vector })),
    model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
}

function toBase64Float32(vector: number[]): string {
  const buffer = Buffer.alloc(vector.length * 4);
  vector.forEach((value, index) => buffer.writeFloatLE(value, index * 4));
  return buffer.toString('base64');
}

/** A unit vector of hashed lower-cased words: texts sharing words point the same way. */
export function hashedBagOfWords(text: string): number[] {
  const vector = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
  for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    let hash = 2166136261;
    for (const char of word) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
    vector[(hash >>> 0) % EMBEDDING_DIMENSIONS]! += 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

function tokensOf(text: string): number {
  return Math.max(1, Math.ceil(text.length / CHARS_PER_TOKEN));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
