import { describe, expect, it } from 'vitest';
import { loadServiceConfig } from '../src/service-config.ts';
import { ConfigError } from '../src/errors.ts';

const X = { X_API_KEY: 'k', X_API_SECRET: 's', X_ACCESS_TOKEN: 't', X_ACCESS_SECRET: 'u' };
const FACEBOOK = { FACEBOOK_PAGE_ID: '1099000000000001', FACEBOOK_PAGE_ACCESS_TOKEN: 'token', FACEBOOK_APP_SECRET: 'secret', FACEBOOK_VERIFY_TOKEN: 'verify' };

describe('loadServiceConfig', () => {
  it('runs in memory with the X channel off when nothing is set', () => {
    const config = loadServiceConfig({}, '/srv');
    expect(config).toMatchObject({ port: 3000, redisPrefix: 'pronto:', workerConcurrency: 4, deliveryHoldMs: 60_000 });
    expect(config.redisUrl).toBeUndefined();
    expect(config.x).toBeUndefined();
  });

  it('turns X on with sane defaults when all four credentials are set', () => {
    const config = loadServiceConfig({ ...X, X_POLL_INTERVAL_MS: '30000' }, '/srv');
    expect(config.x).toMatchObject({
      credentials: { appKey: 'k', appSecret: 's', accessToken: 't', accessSecret: 'u' },
      pollIntervalMs: 30_000,
      pollDms: true,
      requestBudgetPer15Min: 60,
      pollerLeaseMs: 90_000,
      backfill: false,
      backfillMaxMs: 86_400_000,
      usageCapHandoffAfterMs: 900_000,
      webhook: false,
    });
  });

  it('reads how far a lost cursor is backfilled and how long replies wait for a usage cap when set', () => {
    const config = loadServiceConfig({ ...X, X_BACKFILL_MAX_MS: '3600000', X_USAGE_CAP_HANDOFF_AFTER_MS: '0' }, '/srv');
    expect(config.x).toMatchObject({ backfillMaxMs: 3_600_000, usageCapHandoffAfterMs: 0 });
    expect(() => loadServiceConfig({ ...X, X_USAGE_CAP_HANDOFF_AFTER_MS: 'soon' }, '/srv')).toThrow(
      /X_USAGE_CAP_HANDOFF_AFTER_MS="soon" is not a whole number of at least 0/,
    );
  });

  it('names the missing credentials when X is half configured', () => {
    expect(() => loadServiceConfig({ X_API_KEY: 'k', X_API_SECRET: 's' }, '/srv')).toThrow(
      /X is half configured: set X_ACCESS_TOKEN, X_ACCESS_SECRET too/,
    );
  });

  it('lists every wrong variable at once, the responder settings included', () => {
    const load = () =>
      loadServiceConfig({ PORT: 'eighty', REDIS_URL: 'localhost:6379', X_POLL_DMS: 'maybe', PRONTO_ANSWER_THRESHOLD: '2', ...X }, '/srv');
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/PORT="eighty" is not a whole number of at least 0/);
    expect(load).toThrow(/REDIS_URL must start with redis:\/\//);
    expect(load).toThrow(/X_POLL_DMS="maybe" is not true or false/);
    expect(load).toThrow(/PRONTO_ANSWER_THRESHOLD="2" is not a number from 0 to 1/);
  });

  it('turns the Facebook Page on with the pinned Graph version when all four Page settings are set', () => {
    const config = loadServiceConfig({ ...FACEBOOK, FACEBOOK_GRAPH_URL: 'http://127.0.0.1:9/' }, '/srv');
    expect(config.facebook).toEqual({
      pageId: '1099000000000001',
      pageAccessToken: 'token',
      appSecret: 'secret',
      verifyToken: 'verify',
      graphUrl: 'http://127.0.0.1:9',
      graphVersion: 'v25.0',
      humanAgentTag: false,
    });
    expect(loadServiceConfig({ ...FACEBOOK, FACEBOOK_GRAPH_VERSION: 'v26.0', FACEBOOK_HUMAN_AGENT_TAG: 'true' }, '/srv').facebook).toMatchObject({
      graphUrl: 'https://graph.facebook.com',
      graphVersion: 'v26.0',
      humanAgentTag: true,
    });
    expect(loadServiceConfig({}, '/srv').facebook).toBeUndefined();
  });

  it('names the missing Page settings and every wrong Facebook value at once', () => {
    expect(() => loadServiceConfig({ FACEBOOK_PAGE_ID: '1', FACEBOOK_APP_SECRET: 's' }, '/srv')).toThrow(
      /Facebook is half configured: set FACEBOOK_PAGE_ACCESS_TOKEN, FACEBOOK_VERIFY_TOKEN too/,
    );
    const load = () =>
      loadServiceConfig({ ...FACEBOOK, FACEBOOK_PAGE_ID: 'lumo', FACEBOOK_GRAPH_VERSION: '25', FACEBOOK_GRAPH_URL: 'graph.facebook.com', FACEBOOK_HUMAN_AGENT_TAG: 'approved' }, '/srv');
    expect(load).toThrow(/FACEBOOK_PAGE_ID must be the numeric id of the Page/);
    expect(load).toThrow(/FACEBOOK_GRAPH_VERSION must look like v25.0/);
    expect(load).toThrow(/FACEBOOK_GRAPH_URL must be an http\(s\) URL/);
    expect(load).toThrow(/FACEBOOK_HUMAN_AGENT_TAG="approved" is not true or false/);
  });
});
