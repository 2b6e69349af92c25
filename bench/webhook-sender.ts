// The vendor's side of a webhook benchmark, in its own process as Meta is: posts prepared signed
// deliveries and prints how fast they were answered, so the sender's own work never counts as
// Pronto's. `node --import tsx bench/webhook-sender.ts <url> <deliveries.json> offer <per second>`
// sends at a fixed rate whatever the answers take (open loop); `saturate <in flight>` sends as
// fast as the answers come back.
import { readFile } from 'node:fs/promises';
import http from 'node:http';

export interface SignedDelivery {
  body: string;
  /** Header name → value, the signature among them. */
  headers: Record<string, string>;
}

export interface SenderResult {
  deliveries: number;
  seconds: number;
  /** Answer times in ms, sorted. */
  latencies: number[];
}

/** How often an open-loop sender releases the deliveries that are due. */
const TICK_MS = 2;
/**
 * Connections the sender keeps open at most, as a vendor's delivery pool does; more deliveries
 * than that wait for a free one, and that wait counts in their answer time.
 */
const MAX_CONNECTIONS = 64;
const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_CONNECTIONS });

function postOne(url: string, delivery: SignedDelivery, latencies: number[]): Promise<void> {
  const sent = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(delivery.body), ...delivery.headers } }, (response) => {
      response.resume();
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error(`the webhook answered ${response.statusCode}`));
        latencies.push(performance.now() - sent);
        resolve();
      });
    });
    request.on('error', reject);
    request.end(delivery.body);
  });
}

async function offer(url: string, all: SignedDelivery[], perSecond: number, latencies: number[]): Promise<void> {
  const pending: Promise<void>[] = [];
  const started = performance.now();
  let next = 0;
  while (next < all.length) {
    const due = Math.min(all.length, Math.floor(((performance.now() - started) / 1000) * perSecond) + 1);
    for (; next < due; next += 1) pending.push(postOne(url, all[next]!, latencies));
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  await Promise.all(pending);
}

async function saturate(url: string, all: SignedDelivery[], inFlight: number, latencies: number[]): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < all.length) await postOne(url, all[next++]!, latencies);
    }),
  );
}

const [url, file, mode, amount] = process.argv.slice(2);
if (url === undefined || file === undefined || (mode !== 'offer' && mode !== 'saturate') || !(Number(amount) > 0)) {
  process.stderr.write('usage: webhook-sender.ts <url> <deliveries.json> offer <per second> | saturate <in flight>\n');
  process.exit(2);
}
const all = JSON.parse(await readFile(file, 'utf8')) as SignedDelivery[];
const latencies: number[] = [];
const started = performance.now();
await (mode === 'offer' ? offer(url, all, Number(amount), latencies) : saturate(url, all, Number(amount), latencies));
const result: SenderResult = { deliveries: all.length, seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b) };
process.stdout.write(JSON.stringify(result));
agent.destroy();
