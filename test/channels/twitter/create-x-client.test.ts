import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createXClient } from '../../../src/channels/twitter/create-x-client.ts';
import { getBrandUser } from '../../../src/channels/twitter/get-brand-user.ts';
import { ChannelError } from '../../../src/errors.ts';
import { CREDENTIALS, startXFixture, type XFixture } from './x-fixture.ts';

describe('createXClient', () => {
  let x: XFixture;
  beforeEach(async () => {
    x = await startXFixture({ appKey: CREDENTIALS.appKey, brand: { id: '9000000001', username: 'LumoAiuta' } });
  });
  afterEach(() => x.close());

  it('sends every call to the base URL, signed with OAuth 1.0a user context', async () => {
    await x.client.v2.get('users/me');
    await x.client.v2.tweet('ciao');

    expect(x.fake.requests.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual([
      'GET /2/users/me 200',
      'POST /2/tweets 201',
    ]);
    const authorization = x.fake.requests[0]?.headers.authorization ?? '';
    expect(authorization).toMatch(/^OAuth /);
    expect(authorization).toContain('oauth_consumer_key="app-key"');
    expect(authorization).toContain('oauth_token="token"');
  });

  it('reports each rate-limit window with ids folded out of the endpoint', async () => {
    await x.client.v2.get(`users/${x.fake.brand.id}/mentions`);

    expect(x.rateLimits).toEqual([
      { endpoint: 'GET /2/users/:id/mentions', limit: expect.any(Number), remaining: expect.any(Number), reset: expect.any(Number) },
    ]);
  });

  it('reports the rate-limit window of a failed call too', async () => {
    x.fake.failNext({ path: '/2/users/me' }, { status: 429 });

    await x.client.v2.get('users/me').catch(() => undefined);

    expect(x.rateLimits).toEqual([expect.objectContaining({ endpoint: 'GET /2/users/me', remaining: 0 })]);
  });

  it('gets a 401 from X when the consumer key is not the app’s', async () => {
    const stranger = createXClient({ ...CREDENTIALS, appKey: 'someone-else' }, { baseUrl: x.fake.baseUrl });

    const failure = await getBrandUser(stranger).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ChannelError);
    expect(failure).toMatchObject({ code: 'x_auth_failed', status: 401 });
  });
});

describe('createXClient timeout', () => {
  it('gives up on a server that never answers, as a retryable failure', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const client = createXClient(CREDENTIALS, { baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 100 });

    const failure = await getBrandUser(client).catch((error: unknown) => error);
    silent.closeAllConnections();
    silent.close();

    expect(failure).toMatchObject({ code: 'x_unavailable', retryable: true });
  });
});

describe('getBrandUser', () => {
  let x: XFixture;
  beforeEach(async () => {
    x = await startXFixture({ brand: { id: '9000000001', username: 'LumoAiuta' } });
  });
  afterEach(() => x.close());

  it('reads the id and username of the account the credentials belong to', async () => {
    expect(await getBrandUser(x.client)).toEqual({ id: '9000000001', username: 'LumoAiuta' });
    expect(x.fake.requests.map((request) => request.path)).toEqual(['/2/users/me']);
  });

  it('fails with x_unexpected_response when X answers without the user', async () => {
    x.fake.failNext({ path: '/2/users/me' }, { status: 200, body: { data: {} } });

    const failure = await getBrandUser(x.client).catch((error: unknown) => error);

    expect(failure).toMatchObject({ code: 'x_unexpected_response' });
  });
});
