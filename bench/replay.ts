// Replay throughput: 20,000+ synthetic inbound events through the real responder (example
// knowledge, offline composer, memory store), one after another as `pronto replay` does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPronto } from '../src/app.ts';
import { loadConfig, PACKAGE_DIR } from '../src/config.ts';
import type { InboundMessage } from '../src/core/model.ts';
import type { Logger } from '../src/core/ports.ts';
import { seededRandom } from '../src/knowledge/seeded-random.ts';
import { formatTable, type BenchTable } from './table.ts';

export const REPLAY_EVENTS = 20_000;

const silent: Logger = { info() {}, warn() {}, error() {} };

/** Texts that exercise every path: questions, complaints, personal data, spam, thanks, noise. */
function eventTexts(): { text: string; lang?: string }[] {
  const evalFile = path.join(PACKAGE_DIR, 'examples/kb-eval.jsonl');
  const questions = readFileSync(evalFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { q: string; lang?: string })
    .map((row) => ({ text: `@LumoAiuta ${row.q}`, ...(row.lang ? { lang: row.lang } : {}) }));
  const others = [
    '@LumoAiuta la fibra non funziona da tre giorni, è una vergogna!!!',
    '@LumoAiuta my internet has been down since yesterday, fix it please',
    '@LumoAiuta mi avete addebitato due volte la ricarica, rivoglio i soldi',
    '@LumoAiuta il mio numero è 333 123 4567, richiamatemi',
    '@LumoAiuta pay with card 4111 1111 1111 1111 failed twice',
    '@LumoAiuta grazie mille, tutto risolto!',
    '@LumoAiuta thanks a lot for the quick help :)',
    '@LumoAiuta ho un problema',
    '@LumoAiuta se non risolvete vi denuncio, ho già sentito il mio avvocato',
    'RT @LumoAiuta: nuove offerte fibra da oggi',
    '@LumoAiuta FREE followers!!! click here bit.ly/xyz #crypto #win #free #follow',
    '@LumoAiuta voglio parlare con un operatore umano',
    '@LumoAiuta 🙂🙂🙂',
    '@LumoAiuta chi ha vinto la partita ieri sera?',
  ].map((text) => ({ text }));
  return [...questions, ...others];
}


export function generateEvents(count: number, seed = 7): InboundMessage[] {
  const texts = eventTexts();
  const random = seededRandom(seed);
  const names = ['Mario Rossi', 'Giulia Bianchi', 'Anna Smith', 'John Doe', 'Luca Verdi', 'Sara Neri'];
  return Array.from({ length: count }, (_, index) => {
    const pick = texts[Math.floor(random() * texts.length)]!;
    const authorIndex = Math.floor(random() * 5_000);
    return {
      id: `bench-${index}`,
      channel: 'twitter',
      kind: random() < 0.15 ? 'dm' : 'mention',
      conversationId: `conv-${Math.floor(random() * 8_000)}`,
      author: {
        id: `user-${authorIndex}`,
        handle: `user${authorIndex}`,
        name: names[authorIndex % names.length]!,
        followers: Math.floor(random() * random() * 50_000),
        verified: random() < 0.02,
      },
      text: pick.text,
      at: new Date(Date.UTC(2026, 10, 20, 9, 0, index)).toISOString(),
      ...(pick.lang && random() < 0.7 ? { lang: pick.lang } : {}),
    } satisfies InboundMessage;
  });
}

export async function benchReplay(count = REPLAY_EVENTS): Promise<BenchTable> {
  const config = loadConfig({ PRONTO_BRAND_HANDLES: 'LumoAiuta' }, PACKAGE_DIR);
  const pronto = await createPronto({ config, log: silent });
  const events = generateEvents(count);
  const warmup = generateEvents(500, 99);
  for (const event of warmup) await pronto.responder.handle({ ...event, id: `warm-${event.id}` });

  const loadedRssMb = process.memoryUsage().rss / 2 ** 20;
  const durationsMs = new Float64Array(events.length);
  const counts = { reply: 0, dm: 0, handoff: 0, ignore: 0 };
  const started = process.hrtime.bigint();
  for (let index = 0; index < events.length; index += 1) {
    const before = process.hrtime.bigint();
    const handled = await pronto.responder.handle(events[index]!);
    durationsMs[index] = Number(process.hrtime.bigint() - before) / 1e6;
    for (const action of handled.actions) counts[action.type] += 1;
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  await pronto.close();

  const sorted = [...durationsMs].sort((a, b) => a - b);
  const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    title: `Replay: ${count.toLocaleString('en')} events through the responder (example knowledge, offline composer, memory store)`,
    columns: ['events', 'events/s', 'p50 ms/event', 'p99 ms/event', 'max ms/event', 'RSS loaded MB', 'peak RSS MB', 'actions (reply/dm/handoff/ignore)'],
    rows: [[
      count,
      Math.round(count / (totalMs / 1000)),
      quantile(0.5).toFixed(3),
      quantile(0.99).toFixed(3),
      sorted[sorted.length - 1]!.toFixed(2),
      loadedRssMb.toFixed(0),
      peakRssMb.toFixed(0),
      `${counts.reply}/${counts.dm}/${counts.handoff}/${counts.ignore}`,
    ]],
    notes: [
      'RSS loaded: the process after loading the knowledge, the language model (eld/small, ~95 MB) and a warm-up; peak RSS: the maximum of the whole run (maxRSS), the 20,000 generated events and 8,000 conversations in memory included.',
      'One process, one event at a time, as `pronto replay` runs; the time per event covers triage, matching, policy, composing and the store.',
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatTable(await benchReplay()));
}
