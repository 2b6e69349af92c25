// End to end on the Bot Framework path: activities POSTed to /api/messages (the SDK's
// CloudAdapter, anonymous) → BullMQ on a real Redis → responder → delivery
// marks → reply received by the fake Bot Connector. The Bot Connector's side (the sender and the
// fake connector) runs in its own process, bench/bot-connector-side.ts, as it is another machine
// in production: this process runs the service alone. Everything on this machine, nothing online.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startService } from '../src/service/create-service.ts';
import { loadServiceConfig } from '../src/service-config.ts';
import { PACKAGE_DIR } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startRedis } from '../test/support/start-redis.ts';
import type { ConnectorSideMessage, ConnectorSideResult } from './bot-connector-side.ts';
import type { ReplicaCommand, ReplicaMessage } from './service-replica.ts';
import { formatTable, type BenchTable } from './table.ts';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const CONNECTOR_SIDE = path.join(BENCH_DIR, 'bot-connector-side.ts');
const SERVICE_REPLICA = path.join(BENCH_DIR, 'service-replica.ts');
/** One customer at a time: the latency a customer sees, without queueing behind others. */
const STEADY_ACTIVITIES = 300;
/** Then a burst: this many conversations at once, from this many concurrent clients. */
const BURST_ACTIVITIES = 3_000;
const BURST_CLIENTS = 64;

/** The service's settings in the benchmark, for every replica. */
export function benchServiceEnv(redisUrl: string): Record<string, string> {
  return { BOTFRAMEWORK_ENABLED: 'true', REDIS_URL: redisUrl, PORT: '0', WORKER_CONCURRENCY: '16' };
}

interface ConnectorSide {
  /** Its figures, and the CPU the service's replicas used over the burst. */
  finished: Promise<{ result: ConnectorSideResult; cpu: NodeJS.CpuUsage }>;
  /** Ends it; only once the service is stopped, as the service may call the connector until then. */
  stop(): Promise<void>;
}

/** A service replica in its own process (the second core), on the same Redis. */
interface Replica {
  port: number;
  /** Its CPU over the burst: `start` when the burst starts, `stop` when it ended. */
  startCpu(): void;
  stopCpu(): Promise<NodeJS.CpuUsage>;
  stop(): Promise<void>;
}

async function startReplica(redisUrl: string): Promise<Replica> {
  const child = fork(SERVICE_REPLICA, [redisUrl], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const next = <T extends ReplicaMessage['type']>(type: T) =>
    new Promise<Extract<ReplicaMessage, { type: T }>>((resolve, reject) => {
      const onMessage = (message: ReplicaMessage) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        resolve(message as Extract<ReplicaMessage, { type: T }>);
      };
      child.on('message', onMessage);
      void exited.then((code) => reject(new Error(`the service replica exited with ${code} before it said ${type}`)));
    });
  const { port } = await next('listening');
  const command = (what: ReplicaCommand) => child.send(what);
  return {
    port,
    startCpu: () => command('cpu-start'),
    async stopCpu() {
      const answer = next('cpu');
      command('cpu-stop');
      return (await answer).cpu;
    },
    async stop() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}

function startConnectorSide(ports: number[], replicas: Replica[]): ConnectorSide {
  const child = fork(CONNECTOR_SIDE, [ports.join(','), ...[STEADY_ACTIVITIES, BURST_ACTIVITIES, BURST_CLIENTS].map(String)], {
    execArgv: ['--import', 'tsx'],
    // Its stdout is not ours: bench/run-one.ts prints the table JSON on this process's stdout.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const finished = new Promise<{ result: ConnectorSideResult; cpu: NodeJS.CpuUsage }>((resolve, reject) => {
    let cpuBefore: NodeJS.CpuUsage | undefined;
    child.on('message', (message: ConnectorSideMessage) => {
      if (message.type === 'burst-starting') {
        cpuBefore = process.cpuUsage();
        for (const replica of replicas) replica.startCpu();
        child.send('go');
      } else {
        const own = process.cpuUsage(cpuBefore);
        void Promise.all(replicas.map((replica) => replica.stopCpu())).then((theirs) =>
          resolve({ result: message.result, cpu: theirs.reduce((sum, cpu) => ({ user: sum.user + cpu.user, system: sum.system + cpu.system }), own) }),
        );
      }
    });
    child.once('error', reject);
    void exited.then((code) => reject(new Error(`the Bot Connector side exited with ${code} before sending its figures`)));
  });
  return {
    finished,
    async stop() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}

/** One run: the service in this process, plus `extraReplicas` in their own processes, on one Redis. */
async function runOnce(extraReplicas: number): Promise<(string | number)[]> {
  const redis = await startRedis();
  const service = await startService(loadServiceConfig(benchServiceEnv(redis.url), PACKAGE_DIR), createLogger('error'));
  const replicas: Replica[] = [];
  let side: ConnectorSide | undefined;
  try {
    for (let n = 0; n < extraReplicas; n += 1) replicas.push(await startReplica(redis.url));
    side = startConnectorSide([service.port, ...replicas.map((replica) => replica.port)], replicas);
    const { result, cpu } = await side.finished;
    const cpuMsPerActivity = (cpu.user + cpu.system) / 1000 / BURST_ACTIVITIES;
    const quantile = (values: number[], q: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    };
    return [
      1 + extraReplicas,
      STEADY_ACTIVITIES + BURST_ACTIVITIES,
      Math.round(BURST_ACTIVITIES / result.burstSeconds),
      cpuMsPerActivity.toFixed(2),
      quantile(result.steadyLatencies, 0.5),
      quantile(result.steadyLatencies, 0.99),
      quantile(result.burstLatencies, 0.99),
      (process.resourceUsage().maxRSS / 1024).toFixed(0),
    ];
  } finally {
    await service.stop();
    await Promise.all(replicas.map((replica) => replica.stop()));
    await side?.stop();
    await redis.stop();
  }
}

export async function benchBotFramework(): Promise<BenchTable> {
  const rows = [await runOnce(0), await runOnce(1)];
  return {
    title: 'Bot Framework path: POST /api/messages → BullMQ on Redis → responder → reply at the fake Bot Connector (WORKER_CONCURRENCY=16 per replica)',
    columns: ['service processes', 'activities', 'activities/s (burst)', 'service CPU ms per activity', 'p50 ms (steady)', 'p99 ms (steady)', 'p99 ms (burst)', 'peak RSS MB (first process)'],
    rows,
    notes: [
      "The Bot Connector's side (the HTTP clients POSTing the activities and the fake connector receiving the replies) runs in its own process (bench/bot-connector-side.ts), as in production it is another machine: the benchmark process runs the service alone. Latencies are taken in that process, which both sends and receives, so on one clock.",
      `Steady: ${STEADY_ACTIVITIES} Web Chat messages one after the other; latency from the start of the POST to the reply arriving at the fake connector (queueing in Redis, deciding, delivery marks and the reply call included; the offline composer answers within the typing indicator's 500 ms delay, so none is sent). The fake answers on loopback in well under a millisecond, so the figure is what Pronto adds.`,
      `Burst: ${BURST_ACTIVITIES.toLocaleString('en')} conversations POSTed by ${BURST_CLIENTS} concurrent keep-alive clients; timed from the first POST to the last reply. Service CPU per activity: CPU time of the service's processes over the burst (not the connector's side, not redis-server), so 1,000 / it is what one free core sustains; on this 2-core machine the connector's side and redis-server share the cores with it.`,
      'Two service processes: a second replica (bench/service-replica.ts) on the same Redis, the activities POSTed to each in turn as a load balancer would, each replica\'s workers taking jobs from the shared queue: how a brand uses a second core, since one Node process runs on one.',
      'Peak RSS: the first service process (with its Redis clients); the replica, the connector\'s side and redis-server are separate processes.',
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatTable(await benchBotFramework()));
}
