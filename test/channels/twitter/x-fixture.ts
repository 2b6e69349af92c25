// The real twitter-api-v2 client pointed at a fresh fake X API; one per test, closed after.
import type { TwitterApi } from 'twitter-api-v2';
import type { DmAction, InboundMessage, ReplyAction } from '../../../src/core/model.ts';
import { createXClient, type XRateLimitInfo } from '../../../src/channels/twitter/create-x-client.ts';
import { startFakeXApi, type FakeXApi, type FakeXApiOptions } from '../../support/fake-x-api.ts';

export const CREDENTIALS = { appKey: 'app-key', appSecret: 'app-secret', accessToken: 'token', accessSecret: 'token-secret' };

export interface XFixture {
  fake: FakeXApi;
  client: TwitterApi;
  rateLimits: XRateLimitInfo[];
  close(): Promise<void>;
}

export async function startXFixture(options: FakeXApiOptions = {}): Promise<XFixture> {
  const fake = await startFakeXApi(options);
  const rateLimits: XRateLimitInfo[] = [];
  const client = createXClient(CREDENTIALS, { baseUrl: fake.baseUrl, onRateLimit: (info) => rateLimits.push(info) });
  return { fake, client, rateLimits, close: () => fake.close() };
}

export function aReply(overrides: Partial<ReplyAction> = {}): ReplyAction {
  return { event: 'e1', type: 'reply', channel: 'twitter', to: '1002', lang: 'it', text: 'Ciao! Puoi ricaricare dall’app.', sources: ['ricarica'], ...overrides };
}

export function aDm(overrides: Partial<DmAction> = {}): DmAction {
  return { event: 'e1', type: 'dm', channel: 'twitter', to: '1002', lang: 'it', text: 'Ciao, mi scrivi il numero d’ordine?', sources: [], ...overrides };
}

export function anXMessage(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return {
    id: '1860012',
    channel: 'twitter',
    kind: 'mention',
    conversationId: '1860001',
    author: { id: '1002', handle: 'mrossi', name: 'Mario Rossi' },
    text: '@LumoAiuta come faccio a ricaricare?',
    at: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}
