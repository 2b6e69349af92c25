// The vendor's side of the Bot Framework benchmark, in its own process as the Bot Connector is
// another machine: it POSTs the activities to the service's /api/messages and runs the fake Bot
// Connector that receives the replies, so neither counts in the service's CPU. It both sends and
// receives, so every latency is taken on one clock. Started by bench/botframework.ts with
// `node --import tsx bench/bot-connector-side.ts <service ports> <steady> <burst> <clients>`
// (ports separated by commas: one per replica, taken in turn as a load balancer would); over
// IPC it says `burst-starting`, waits for `go` (the parent reads its CPU clock in between), sends
// its figures as `done`, and ends when the parent disconnects.
import http from 'node:http';
import { aWebChatMessage } from '../test/support/bot-activities.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../test/support/fake-bot-connector.ts';

export type ConnectorSideMessage = { type: 'burst-starting' } | { type: 'done'; result: ConnectorSideResult };

export interface ConnectorSideResult {
  /** POST → reply received, ms, one activity at a time. */
  steadyLatencies: number[];
  /** POST → reply received, ms, during the burst. */
  burstLatencies: number[];
  /** From the first burst POST to the last burst reply. */
  burstSeconds: number;
}

const TEXTS = ['come faccio a ricaricare?', 'does my plan work in Spain?', 'mi avete addebitato due volte', 'grazie mille!', 'come si configura l’APN?'];
/** Longest wait for the replies of one phase; the burst normally takes about ten seconds. */
const REPLIES_TIMEOUT_MS = 300_000;

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
  return connector.waitFor(collect, REPLIES_TIMEOUT_MS).then(() => arrived);
}

function postActivity(agent: http.Agent, port: number, activity: unknown): Promise<void> {
  const body = JSON.stringify(activity);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`POST answered ${response.statusCode}`))));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function send(message: ConnectorSideMessage): Promise<void> {
  return new Promise((resolve, reject) => process.send!(message, undefined, undefined, (error) => (error ? reject(error) : resolve())));
}

const ports = (process.argv[2] ?? '').split(',').map(Number);
const [steady, burst, clients] = process.argv.slice(3).map(Number);
if (process.send === undefined || !ports.every((port) => port > 0) || !(steady! > 0 && burst! > 0 && clients! > 0)) {
  process.stderr.write('usage (over IPC, from bench/botframework.ts): bot-connector-side.ts <service ports> <steady> <burst> <clients>\n');
  process.exit(2);
}

const connector = await startFakeBotConnector();
// The parent disconnects once it has stopped the service (which may call the connector until
// then), or when it fails or dies: either way nothing is left to do here.
process.once('disconnect', () => process.exit(0));
/** Keep-alive connections, as a Bot Connector keeps them to a bot. */
const agent = new http.Agent({ keepAlive: true, maxSockets: clients! });
const post = (n: number) => postActivity(agent, ports[n % ports.length]!, aWebChatMessage(connector.serviceUrl, { conversationId: `bench-${n}`, text: `${TEXTS[n % TEXTS.length]} #${n}` }));

// Steady: POST → reply received, one activity at a time.
const steadyLatencies: number[] = [];
for (let n = 0; n < steady!; n += 1) {
  const replies = repliesReceived(connector, new Set([`bench-${n}`]));
  const started = Date.now();
  await post(n);
  steadyLatencies.push((await replies).get(`bench-${n}`)! - started);
}

// Burst: thousands of conversations at once; throughput from the first POST to the last reply.
const go = new Promise<void>((resolve) => process.once('message', () => resolve()));
await send({ type: 'burst-starting' });
await go;
const conversations = Array.from({ length: burst! }, (_, index) => steady! + index);
const replies = repliesReceived(connector, new Set(conversations.map((n) => `bench-${n}`)));
const posted = new Map<number, number>();
const started = Date.now();
let next = 0;
await Promise.all(
  Array.from({ length: clients! }, async () => {
    while (next < conversations.length) {
      const n = conversations[next++]!;
      posted.set(n, Date.now());
      await post(n);
    }
  }),
);
const arrived = await replies;
agent.destroy();
await send({
  type: 'done',
  result: {
    steadyLatencies,
    burstLatencies: conversations.map((n) => arrived.get(`bench-${n}`)! - posted.get(n)!),
    burstSeconds: (Math.max(...arrived.values()) - started) / 1000,
  },
});
