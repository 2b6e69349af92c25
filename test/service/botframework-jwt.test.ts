// With a client id, /api/messages takes only requests that carry a JWT the SDK verifies
// (authorizeJWT): signature against the issuer's published keys, audience = the client id,
// expiry. The SDK finds the keys at `<authorityEndpoint>/<tenant>/discovery/v2.0/keys` for
// issuers other than Azure Bot Service's, so a local key server stands in for Entra ID and the
// tokens are signed here with a key made for the test.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startService } from '../../src/service/create-service.ts';
import { loadServiceConfig } from '../../src/service-config.ts';
import { startFakeBotConnector } from '../support/fake-bot-connector.ts';
import { aWebChatMessage, postActivity } from '../support/bot-activities.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { ROOT } from '../support/run-pronto.ts';

const CLIENT_ID = '00000000-aaaa-bbbb-cccc-000000000001';
const TENANT = 'test-tenant';
const KID = 'test-key-1';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Entra ID's key discovery for one tenant: GET /{tenant}/discovery/v2.0/keys. */
async function startKeyServer(publicKey: KeyObject) {
  const requests: string[] = [];
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' };
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    const found = request.url === `/${TENANT}/discovery/v2.0/keys`;
    response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(found ? { keys: [jwk] } : { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return { authority: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/** An RS256 JWT, as Entra ID issues them for the bot's audience. */
function signToken(privateKey: KeyObject, claims: Record<string, unknown>, kid = KID): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(claims)}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url');
  return `${unsigned}.${signature}`;
}

async function startSecuredService() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keys = await startKeyServer(publicKey);
  const connector = await startFakeBotConnector({ requireToken: true });
  cleanups.push(() => connector.close());
  const recording = createRecordingLog();
  const service = await startService(
    loadServiceConfig(
      {
        PORT: '0',
        BOTFRAMEWORK_ENABLED: 'true',
        connections__serviceConnection__settings__clientId: CLIENT_ID,
        connections__serviceConnection__settings__clientSecret: 'test-secret',
        connections__serviceConnection__settings__tenantId: TENANT,
        connections__serviceConnection__settings__authorityEndpoint: keys.authority,
      },
      ROOT,
    ),
    recording.log,
  );
  cleanups.push(() => service.stop());
  const nowSeconds = Math.floor(Date.now() / 1000);
  const claims = {
    iss: `${keys.authority}/${TENANT}/v2.0`,
    aud: CLIENT_ID,
    iat: nowSeconds,
    nbf: nowSeconds,
    exp: nowSeconds + 3600,
    serviceurl: connector.serviceUrl,
  };
  const metrics = async () => (await fetch(`http://127.0.0.1:${service.port}/metrics`)).text();
  return { service, connector, keys, privateKey, claims, metrics, ...recording };
}

describe('/api/messages with a client id', () => {
  it('accepts a message signed for the bot and queues it', async () => {
    const { service, connector, privateKey, claims, metrics, keys, waitForEvent, lines } = await startSecuredService();
    const message = aWebChatMessage(connector.serviceUrl, { conversationId: 'jwt-1' });
    const response = await postActivity(service.port, message, { authorization: `Bearer ${signToken(privateKey, claims)}` });
    expect(response.status).toBe(200);
    expect(keys.requests).toEqual([`/${TENANT}/discovery/v2.0/keys`]);
    expect(await metrics()).toMatch(/pronto_messages_in_total\{channel="botframework",kind="dm"\} 1/);
    // The reply needs a token from Entra ID for the connector, which no test can give (MSAL
    // accepts only an https authority): the message reaches a person with the reason.
    await waitForEvent('handoff.opened');
    expect(lines.find((line) => line.msg === 'handoff.opened')).toMatchObject({ reasons: expect.arrayContaining(['delivery-failed', 'botframework_auth_failed']) });
    expect(connector.requests).toEqual([]);
    const readiness = await fetch(`http://127.0.0.1:${service.port}/readyz`);
    expect(readiness.status).toBe(503);
    expect(((await readiness.json()) as { checks: Record<string, string> }).checks.botframework).toMatch(
      /Entra ID gave no token for the Bot Connector \(authority_uri_insecure.*check connections__serviceConnection__settings__clientId/,
    );
  });

  it('answers 401 and processes nothing when the request is unsigned, signed by another key, for another bot, expired or not a bearer token', async () => {
    const { service, connector, privateKey, claims, metrics, lines } = await startSecuredService();
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const nowSeconds = Math.floor(Date.now() / 1000);
    const attempts: (Record<string, string> | undefined)[] = [
      undefined,
      { authorization: `Bearer ${signToken(stranger, claims)}` },
      { authorization: `Bearer ${signToken(privateKey, { ...claims, aud: 'another-bot' })}` },
      // The SDK allows five minutes of clock skew.
      { authorization: `Bearer ${signToken(privateKey, { ...claims, iat: nowSeconds - 7200, nbf: nowSeconds - 7200, exp: nowSeconds - 3600 })}` },
      { authorization: 'Basic dXNlcjpwYXNz' },
    ];
    for (const [index, headers] of attempts.entries()) {
      const response = await postActivity(service.port, aWebChatMessage(connector.serviceUrl, { conversationId: `jwt-${index}` }), headers);
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toHaveProperty('jwt-auth-error');
    }
    const text = await metrics();
    expect(text).not.toMatch(/pronto_messages_in_total\{channel="botframework"/);
    expect(text).toMatch(/pronto_botframework_activities_total\{type="unauthenticated",outcome="rejected"\} 5/);
    expect(connector.requests).toEqual([]);
    expect(lines.some((line) => line.msg === 'botframework.request_unauthorized')).toBe(true);
  });
});
