// Pronto Studio: how long `pronto studio` takes from start to its first page, and how long a
// playground answer takes (the service's pipeline in the sandbox, with the explanation), with
// the example knowledge, in memory, offline. Measured and reported, never asserted.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPronto } from '../src/app.ts';
import { loadConfig, PACKAGE_DIR } from '../src/config.ts';
import type { Logger } from '../src/core/ports.ts';
import { createSandbox } from '../src/studio/sandbox/create-sandbox.ts';
import { PLAYGROUND_CHANNELS } from '../src/studio/sandbox/playground-log.ts';
import { startStudio } from '../src/studio/start-studio.ts';
import { formatTable, type BenchTable } from './table.ts';

const STARTS = 3;
const PLAYGROUND_CONVERSATIONS = 150;
const POSTS_PER_CONVERSATION = 3;
const HTTP_POSTS = 100;

const silent: Logger = { info() {}, warn() {}, error() {} };
const config = () => loadConfig({ PRONTO_BRAND_HANDLES: 'LumoAiuta', PRONTO_KNOWLEDGE_DIR: path.join(PACKAGE_DIR, 'knowledge') }, PACKAGE_DIR);
const examples = (name: string) => path.join(PACKAGE_DIR, 'examples', name);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/**
 * In this process: from startStudio to its first page (the starting page, while the knowledge
 * loads) and to the home page with the knowledge loaded and the example posts replayed.
 */
async function startInProcess(): Promise<{ first: number; full: number }> {
  const started = performance.now();
  const studio = await startStudio({ config: config(), log: silent, port: 0, replayFile: examples('inbound.jsonl'), evalFile: examples('kb-eval.jsonl') });
  await (await fetch(`${studio.url}/`)).text();
  const first = performance.now() - started;
  await studio.ready;
  await (await fetch(`${studio.url}/`)).text();
  const full = performance.now() - started;
  await studio.close();
  return { first, full };
}

/** As a person runs it: `node bin/pronto.js studio` until its first page, and until the home page. */
function startProcess(): Promise<{ first: number; full: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(PACKAGE_DIR, 'bin/pronto.js'), 'studio', '--port', '0'], {
      cwd: PACKAGE_DIR,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    let asked = false;
    child.stdout.setEncoding('utf8').on('data', async (chunk: string) => {
      output += chunk;
      const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url === undefined || asked) return;
      asked = true;
      try {
        // The starting page (503) refreshes itself; a person sees the home page once it is 200.
        let status = (await fetch(`${url}/`)).status;
        const first = performance.now() - started;
        while (status !== 200) {
          await new Promise((wait) => setTimeout(wait, 20));
          status = (await fetch(`${url}/`)).status;
        }
        resolve({ first, full: performance.now() - started });
      } catch (error) {
        reject(error);
      } finally {
        child.kill('SIGTERM');
      }
    });
    child.on('error', reject);
  });
}

function playgroundTexts(): { text: string; lang?: string }[] {
  const questions = readFileSync(examples('kb-eval.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { q: string; lang?: string })
    .map((row) => ({ text: row.q, ...(row.lang ? { lang: row.lang } : {}) }));
  return [
    ...questions,
    { text: 'la fibra non funziona da tre giorni, è una vergogna!' },
    { text: 'mi avete addebitato due volte, scrivetemi a mario.rossi@example.it' },
    { text: 'voglio parlare con un operatore' },
  ];
}

export async function benchStudio(): Promise<BenchTable[]> {
  const first: number[] = [];
  const full: number[] = [];
  const spawnedFirst: number[] = [];
  const spawned: number[] = [];
  for (let run = 0; run < STARTS; run += 1) {
    const times = await startInProcess();
    first.push(times.first);
    full.push(times.full);
  }
  for (let run = 0; run < STARTS; run += 1) {
    const times = await startProcess();
    spawnedFirst.push(times.first);
    spawned.push(times.full);
  }

  const pronto = await createPronto({ config: config(), log: silent });
  const sandbox = createSandbox(pronto, config(), silent);
  const texts = playgroundTexts();
  const latencies: number[] = [];
  let handoffs = 0;
  for (let conversation = 0; conversation < PLAYGROUND_CONVERSATIONS; conversation += 1) {
    let conversationId: string | undefined;
    // X, Facebook and Teams/Web Chat in turn: each channel fits its replies its own way.
    const customer = { channel: PLAYGROUND_CHANNELS[conversation % PLAYGROUND_CHANNELS.length]!, name: 'Giulia', handle: 'giulia', followers: 100, verified: false };
    for (let turn = 0; turn < POSTS_PER_CONVERSATION; turn += 1) {
      const pick = texts[(conversation * POSTS_PER_CONVERSATION + turn) % texts.length]!;
      const started = performance.now();
      const where = conversationId ? { conversationId } : { customer };
      const posted = await sandbox.post({ ...where, kind: turn === 2 ? 'dm' : 'mention', text: pick.text, ...(pick.lang ? { lang: pick.lang } : {}) });
      latencies.push(performance.now() - started);
      conversationId = posted.conversationId;
    }
    handoffs += sandbox.playground.get(conversationId!)!.events.filter((event) => event.type === 'handoff').length;
  }
  sandbox.close();
  await pronto.close();

  const studio = await startStudio({ config: config(), log: silent, port: 0 });
  await studio.ready;
  const http: number[] = [];
  for (let post = 0; post < HTTP_POSTS; post += 1) {
    const pick = texts[post % texts.length]!;
    const started = performance.now();
    const page = await fetch(`${studio.url}/playground`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ text: pick.text, kind: 'mention', channel: 'twitter', lang: pick.lang ?? '', name: 'Giulia', handle: 'giulia', followers: '100' }),
    });
    await page.text();
    http.push(performance.now() - started);
  }
  await studio.close();

  return [
    {
      title: 'Pronto Studio: start to first page (example knowledge, its 28 posts replayed)',
      columns: ['measured', 'median', 'runs', 'target'],
      rows: [
        ['startStudio() in this process → first page (it says it is starting)', ms(quantile(first, 0.5)), first.map(ms).join(', '), '≤ 1 s'],
        ['startStudio() in this process → the home page, knowledge loaded, posts replayed', ms(quantile(full, 0.5)), full.map(ms).join(', '), 'reported'],
        ['`node bin/pronto.js studio` spawned → first page (Node and tsx start included)', ms(quantile(spawnedFirst, 0.5)), spawnedFirst.map(ms).join(', '), 'reported'],
        ['`node bin/pronto.js studio` spawned → the home page (Node and tsx start included)', ms(quantile(spawned, 0.5)), spawned.map(ms).join(', '), 'reported'],
      ],
      notes: [
        'The Studio listens first and answers a starting page that refreshes itself; the responder\'s modules, the knowledge (most of it the matcher learning the example questions) and the replay of the example posts load behind it, and the home page follows. The spawned figures add starting Node and compiling the TypeScript sources with tsx.',
      ],
    },
    {
      title: 'Pronto Studio: playground answers, offline',
      columns: ['measured', 'posts', 'p50', 'p99', 'max', 'target'],
      rows: [
        ['sandbox.post: decide, deliver, hand off, explain', latencies.length, ms(quantile(latencies, 0.5)), ms(quantile(latencies, 0.99)), ms(Math.max(...latencies)), 'p99 ≤ 100 ms'],
        ['POST /playground over HTTP, redirect to the conversation page followed', http.length, ms(quantile(http, 0.5)), ms(quantile(http, 0.99)), ms(Math.max(...http)), 'reported'],
      ],
      notes: [
        `${PLAYGROUND_CONVERSATIONS} conversations of ${POSTS_PER_CONVERSATION} posts on X, Facebook and Teams/Web Chat in turn (kb-eval questions, complaints, personal data; the third post a DM); ${handoffs} handoffs opened in the desk.`,
      ],
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const table of await benchStudio()) process.stdout.write(`${formatTable(table)}\n\n`);
}
