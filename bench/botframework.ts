// End to end on the Bot Framework path: activities POSTed to /api/messages (the SDK's
// CloudAdapter, anonymous) → typing indicator → BullMQ on a real Redis → responder → delivery
// marks → reply received by the fake Bot Connector. Everything on this machine, nothing online.
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { startService } from '../src/service/create-service.ts';
import { loadServiceConfig } from '../src/service-config.ts';
import { PACKAGE_DIR } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { aWebChatMessage } from '../test/support/bot-activities.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../test/support/fake-bot-connector.ts';
import { startRedis } from '../test/support/start-redis.ts';
import { formatTable, type BenchTable } from './table.ts';

/** One customer at a time: the latency a customer sees, without queueing behind others. */
const STEADY_ACTIVITIES = 300;
/** Then a burst: this many conversations at once, from this many concurrent clients. */
const BURST_ACTIVITIES = 3_000;
const BURST_CLIENTS = 64;

const TEXTS = ['come faccio a ricaricare?', 'does my plan work in Spain?', 'mi avete addebitato due volte', 'grazie mille!', 'come si configura l’APN?'];

/** Resolves when the connector got a message in each of `conversations`, with when each arrived. */
function repliesReceived(connector: FakeBotConnector, conversations: Set<string>): Promise<Map<string, number>> {
  const arrived = new Map<string, number>();
  let seen = 0;
  const collect = () => {
    for (; seen < connector.activities.length; seen += 1) {
      const received = connector.activities[seen]!;
      if (received.activity.type === 'message' && conversations.has(received.conversationId) && !arrived.has(received.conversationId)) {
        arrived.set(received.conversationId, received.at);
      }
    }
    return arrived.size >= conversations.size;
  };
  return connector.waitFor(collect, 300_000).then(() => arrived);
}

/** Keep-alive connections, as a Bot Connector keeps them to a bot. */
const agent = new http.Agent({ keepAlive: true, maxSockets: BURST_CLIENTS });

function postActivity(port: number, activity: unknown): Promise<number> {
  const body = JSON.stringify(activity);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export async function benchBotFramework(): Promise<BenchTable> {
  const redis = await startRedis();
  const connector = await startFakeBotConnector();
  const config = loadServiceConfig({ BOTFRAMEWORK_ENABLED: 'true', REDIS_URL: redis.url, PORT: '0', WORKER_CONCURRENCY: '16' }, PACKAGE_DIR);
  const service = await startService(config, createLogger('error'));
  const post = (n: number) =>
    postActivity(service.port, aWebChatMessage(connector.serviceUrl, { conversationId: `bench-${n}`, text: `${TEXTS[n % TEXTS.length]} #${n}` }));
  try {
    // Steady: POST → reply received, one activity at a time.
    const latencies: number[] = [];
    for (let n = 0; n < STEADY_ACTIVITIES; n += 1) {
      const replies = repliesReceived(connector, new Set([`bench-${n}`]));
      const started = Date.now();
      const status = await post(n);
      if (status !== 200) throw new Error(`POST answered ${status}`);
      latencies.push((await replies).get(`bench-${n}`)! - started);
    }

    // Burst: thousands of conversations at once; throughput from the first POST to the last reply.
    const burst = Array.from({ length: BURST_ACTIVITIES }, (_, index) => STEADY_ACTIVITIES + index);
    const replies = repliesReceived(connector, new Set(burst.map((n) => `bench-${n}`)));
    const posted = new Map<number, number>();
    const cpuBefore = process.cpuUsage();
    const started = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: BURST_CLIENTS }, async () => {
        while (next < burst.length) {
          const n = burst[next++]!;
          posted.set(n, Date.now());
          const status = await post(n);
          if (status !== 200) throw new Error(`POST answered ${status}`);
        }
      }),
    );
    const arrived = await replies;
    const seconds = (Math.max(...arrived.values()) - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMsPerActivity = (cpu.user + cpu.system) / 1000 / BURST_ACTIVITIES;
    const burstLatencies = burst.map((n) => arrived.get(`bench-${n}`)! - posted.get(n)!);

    const quantile = (values: number[], q: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    };
    return {
      title: 'Bot Framework path: POST /api/messages → typing → BullMQ on Redis → responder → reply at the fake Bot Connector (WORKER_CONCURRENCY=16)',
      columns: ['activities', 'activities/s (burst)', 'CPU ms per activity', 'p50 ms (steady)', 'p99 ms (steady)', 'p99 ms (burst)', 'peak RSS MB'],
      rows: [[
        STEADY_ACTIVITIES + BURST_ACTIVITIES,
        Math.round(BURST_ACTIVITIES / seconds),
        cpuMsPerActivity.toFixed(2),
        quantile(latencies, 0.5),
        quantile(latencies, 0.99),
        quantile(burstLatencies, 0.99),
        (process.resourceUsage().maxRSS / 1024).toFixed(0),
      ]],
      notes: [
        `Steady: ${STEADY_ACTIVITIES} Web Chat messages one after the other; latency from the start of the POST to the reply arriving at the fake connector (typing indicator, queueing in Redis, deciding, delivery marks and the reply call included). The fake answers on loopback in well under a millisecond, so the figure is what Pronto adds.`,
        `Burst: ${BURST_ACTIVITIES.toLocaleString('en')} conversations POSTed by ${BURST_CLIENTS} concurrent clients; timed from the first POST to the last reply. CPU per activity: the benchmark process over the burst (the service, the clients and the fake connector; not redis-server), so 1,000 / it is what one free core sustains.`,
        'Peak RSS: the benchmark process, which also runs the fake connector and the HTTP clients; redis-server is a separate process.',
      ],
    };
  } finally {
    agent.destroy();
    await service.stop();
    await connector.close();
    await redis.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatTable(await benchBotFramework()));
}
