// The service with the Facebook channel on, as the Facebook tests start it: the real service on
// a real Redis, pointed at a fake Graph API, and Meta's side of the webhook (signed deliveries).
import { Queue } from 'bullmq';
import { startService, type Service, type ServiceOptions } from '../../src/service/create-service.ts';
import { loadServiceConfig } from '../../src/service-config.ts';
import { deliverWebhook, startFakeGraphApi, type FakeGraphApiOptions } from './fake-graph-api.ts';
import { createRecordingLog } from './recording-log.ts';
import { ROOT } from './run-pronto.ts';
import type { TestRedis } from './start-redis.ts';
import { waitForEmptyQueue } from './wait-for-empty-queue.ts';

export const APP_SECRET = 'test-app-secret';
export const VERIFY_TOKEN = 'test-verify-token';
export const PAGE_TOKEN = 'test-page-token';

let prefixes = 0;

export interface FacebookServiceSetup {
  redis: TestRedis;
  env?: Record<string, string>;
  graph?: FakeGraphApiOptions;
  service?: ServiceOptions;
}

export type StartedFacebookService = Awaited<ReturnType<typeof startFacebookService>>;

/** Starts the fake Graph API and the service; `stop` ends both. */
export async function startFacebookService(setup: FacebookServiceSetup) {
  const graph = await startFakeGraphApi({ accessToken: PAGE_TOKEN, ...setup.graph });
  const recording = createRecordingLog();
  const prefix = `fb${process.pid}x${++prefixes}:`;
  let service: Service;
  try {
    const config = loadServiceConfig(
      {
        FACEBOOK_PAGE_ID: graph.page.id,
        FACEBOOK_PAGE_ACCESS_TOKEN: PAGE_TOKEN,
        FACEBOOK_APP_SECRET: APP_SECRET,
        FACEBOOK_VERIFY_TOKEN: VERIFY_TOKEN,
        FACEBOOK_GRAPH_URL: graph.baseUrl,
        REDIS_URL: setup.redis.url,
        REDIS_PREFIX: prefix,
        PORT: '0',
        ...setup.env,
      },
      ROOT,
    );
    service = await startService(config, recording.log, setup.service ?? {});
  } catch (error) {
    await graph.close();
    throw error;
  }
  const base = `http://127.0.0.1:${service.port}`;
  const url = `${base}/webhooks/facebook`;
  return {
    graph,
    service,
    url,
    prefix,
    ...recording,
    /** Meta's delivery of a webhook body: signed with the app secret unless a signature (or null: none) is given. */
    deliver: (body: unknown, signature?: string | null) => deliverWebhook(url, body, { appSecret: APP_SECRET, ...(signature !== undefined ? { signature } : {}) }),
    /** The value of one series in /metrics (0 when absent). */
    async metric(series: string): Promise<number> {
      const text = await (await fetch(`${base}/metrics`)).text();
      const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
      return line === undefined ? 0 : Number(line.slice(series.length + 1));
    },
    /** Resolves when BullMQ holds no work under the service's prefix: nothing could still reply. */
    idle: () => waitForEmptyQueue(setup.redis.url, prefix),
    /** Jobs BullMQ holds under the service's prefix, by state. */
    async jobs(): Promise<Record<string, number>> {
      const queue = new Queue('pronto-inbound', { connection: { url: setup.redis.url }, prefix: `${prefix}bull` });
      try {
        return await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
      } finally {
        await queue.close();
      }
    },
    get: async (path: string) => {
      const response = await fetch(base + path);
      return { status: response.status, text: await response.text() };
    },
    async stop() {
      await service.stop();
      await graph.close();
    },
  };
}
