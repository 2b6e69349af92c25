import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_API_KEY, hashedBagOfWords, startFakeOpenAiApi, type FakeOpenAiApi } from './fake-openai-api.ts';

describe('startFakeOpenAiApi', () => {
  let api: FakeOpenAiApi;
  let client: OpenAI;
  beforeAll(async () => {
    api = await startFakeOpenAiApi();
    client = new OpenAI({ apiKey: FAKE_API_KEY, baseURL: api.baseUrl, maxRetries: 0 });
  });
  afterAll(() => api.close());

  it('answers 401 with the vendor\'s error object when the key is missing', async () => {
    const response = await fetch(`${api.baseUrl}/models`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' },
    });
  });

  it('lists its models when asked for /models', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(['gpt-fake-mini', 'embed-fake']);
  });

  it('refuses a strict schema with an open object when Structured Outputs would', async () => {
    const request = client.chat.completions.create({
      model: 'gpt-fake-mini',
      messages: [{ role: 'user', content: 'hi' }],
      response_format: { type: 'json_schema', json_schema: { name: 'x', strict: true, schema: { type: 'object', properties: { a: { type: 'string' } } } } },
    });
    await expect(request).rejects.toMatchObject({ status: 400, error: { param: 'response_format' } });
  });

  it('answers 404 model_not_found when the model is unknown', async () => {
    await expect(client.chat.completions.create({ model: 'gpt-9', messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({
      status: 404,
      code: 'model_not_found',
    });
  });

  it('returns the same vectors as floats or as base64 float32 when the SDK asks for either', async () => {
    const asBase64 = await client.embeddings.create({ model: 'embed-fake', input: ['top up my sim', 'roaming abroad'] });
    const asFloats = await client.embeddings.create({ model: 'embed-fake', input: ['top up my sim', 'roaming abroad'], encoding_format: 'float' });
    const lastBody = api.requests.at(-2)!.body as { encoding_format?: string };
    expect(lastBody.encoding_format).toBe('base64');
    expect(asFloats.data.map((item) => item.embedding)).toEqual([hashedBagOfWords('top up my sim'), hashedBagOfWords('roaming abroad')]);
    for (const [index, item] of asBase64.data.entries()) {
      expect(item.embedding.map((value) => Number(value.toFixed(5)))).toEqual(asFloats.data[index]!.embedding.map((value) => Number(value.toFixed(5))));
    }
    expect(asBase64.usage).toEqual({ prompt_tokens: expect.any(Number), total_tokens: expect.any(Number) });
  });
});
