import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChatModel, retryAfterOf } from '../../src/llm/create-chat-model.ts';
import type { ModelResult } from '../../src/llm/chat-model.ts';
import { FAKE_API_KEY, startFakeOpenAiApi, type FakeChatReply, type FakeOpenAiApi } from '../support/fake-openai-api.ts';

const ANSWER = { status: 'answered', answer: 'Top up in the app.', citations: [{ id: 'top-up', quote: 'Top up in the app.' }] };

describe('createChatModel', () => {
  let api: FakeOpenAiApi;
  beforeAll(async () => {
    api = await startFakeOpenAiApi();
  });
  afterAll(() => api.close());
  beforeEach(() => api.releaseHeld());

  const modelAt = (overrides: { apiKey?: string; model?: string } = {}) =>
    createChatModel({ model: overrides.model ?? 'gpt-fake-mini', baseUrl: api.baseUrl, apiKey: overrides.apiKey ?? FAKE_API_KEY, timeoutMs: 5_000 });

  async function ask(reply: FakeChatReply | undefined, signal = new AbortController().signal): Promise<ModelResult> {
    if (reply !== undefined) api.queueChat(reply);
    return modelAt().complete({ task: 'grounded_answer', system: 'You answer from the knowledge.', user: 'the data', signal });
  }

  it('posts a strict json_schema request at temperature 0 and returns the parsed reply with its usage', async () => {
    const result = await ask({ json: ANSWER });
    expect(result).toEqual({ ok: true, value: ANSWER, usage: { input: expect.any(Number), output: expect.any(Number) } });
    const request = api.requests.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/chat/completions', status: 200 });
    expect(request.headers.authorization).toBe(`Bearer ${FAKE_API_KEY}`);
    expect(request.body).toMatchObject({
      model: 'gpt-fake-mini',
      temperature: 0,
      response_format: { type: 'json_schema', json_schema: { name: 'grounded_answer', strict: true } },
      messages: [
        { role: 'system', content: 'You answer from the knowledge.' },
        { role: 'user', content: 'the data' },
      ],
    });
  });

  it.each<[string, FakeChatReply, string]>([
    ['prose instead of JSON', { content: 'Sure! You can top up in the app.' }, 'invalid'],
    ['JSON with an extra field', { json: { ...ANSWER, discount: '50%' } }, 'invalid'],
    ['JSON with a missing field', { json: { status: 'answered', answer: 'Top up.' } }, 'invalid'],
    ['a refusal', { refusal: "I'm sorry, I can't help with that." }, 'refused'],
    ['an answer cut at the token limit', { content: '{"status":"answered","answer":"Top up in', finishReason: 'length' }, 'too_long'],
    ['a content filter stop', { content: '', finishReason: 'content_filter' }, 'refused'],
    ['a 500', { error: { status: 500, type: 'server_error', code: null, message: 'The server had an error while processing your request.' } }, 'server_error'],
    ['a 503', { error: { status: 503, type: 'service_unavailable_error', code: 'server_is_overloaded', message: 'The server is overloaded.' } }, 'server_error'],
    ['a dropped connection', { drop: true }, 'unreachable'],
  ])('reports %s as %s', async (_, reply, failure) => {
    expect(await ask(reply)).toMatchObject({ ok: false, failure });
  });

  it('reports a 429 as rate limited with the wait the endpoint asked for', async () => {
    const result = await ask({
      error: { status: 429, type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached for requests', headers: { 'retry-after': '2' } },
    });
    expect(result).toMatchObject({ ok: false, failure: 'rate_limited', retryAfterMs: 2_000 });
  });

  it('reports a timeout when the deadline passes before the model answers', async () => {
    const deadline = new AbortController();
    const pending = ask({ hold: true }, deadline.signal);
    await api.waitFor(1, '/v1/chat/completions');
    deadline.abort();
    expect(await pending).toMatchObject({ ok: false, failure: 'timeout' });
  });

  it('reports a client error when the key is wrong or the model unknown', async () => {
    const signal = new AbortController().signal;
    const call = { task: 'grounded_answer' as const, system: 's', user: 'u', signal };
    expect(await modelAt({ apiKey: 'sk-wrong' }).complete(call)).toMatchObject({ ok: false, failure: 'client_error' });
    expect(await modelAt({ model: 'gpt-nonexistent' }).complete(call)).toMatchObject({ ok: false, failure: 'client_error' });
  });

  it('reports unreachable when nothing listens at the base URL', async () => {
    const closed = await startFakeOpenAiApi();
    await closed.close();
    const model = createChatModel({ model: 'gpt-fake-mini', baseUrl: closed.baseUrl, apiKey: FAKE_API_KEY, timeoutMs: 5_000 });
    expect(await model.complete({ task: 'handoff_draft', system: 's', user: 'u', signal: new AbortController().signal })).toMatchObject({
      ok: false,
      failure: 'unreachable',
    });
  });
});

describe('retryAfterOf', () => {
  it.each([
    ['retry-after-ms', { 'retry-after-ms': '1500' }, 1_500],
    ['retry-after in seconds', { 'retry-after': '20' }, 20_000],
    ['retry-after as an HTTP date', { 'retry-after': 'Wed, 18 Nov 2026 09:30:30 GMT' }, 30_000],
    ['no header', {}, undefined],
  ])('reads %s', (_, headers, expected) => {
    expect(retryAfterOf(new Headers(headers), Date.parse('2026-11-18T09:30:00Z'))).toBe(expected);
  });
});
