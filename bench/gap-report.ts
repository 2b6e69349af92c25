// The gap report over 100,000 unanswered questions: kept in a real Redis (as the live store
// keeps them, redacted, over 30 days), then loaded, grouped and rendered as the Studio's page
// does. The questions are real customer tweets to brands (TWCS) when the data set is there, else
// variations of out-of-scope questions. Measured and reported, never asserted.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import type { KnowledgeGap } from '../src/insights/insight-store.ts';
import { groupGaps } from '../src/insights/group-gaps.ts';
import { daysUpTo } from '../src/insights/summarize-team.ts';
import { seededRandom } from '../src/knowledge/seeded-random.ts';
import { createRedisStore } from '../src/store/redis-store.ts';
import { renderGapsPage } from '../src/studio/pages/insight-pages.ts';
import { startRedis } from '../test/support/start-redis.ts';
import { DATA_DIR } from './datasets.ts';
import { readOtherBrandPosts } from './other-brand-posts.ts';
import { formatTable, type BenchTable } from './table.ts';

const QUESTIONS = 100_000;
const DAYS = 30;
const LAST_DAY = '2026-11-20';
/** Writes in flight at once while filling Redis: pipelined on one connection. */
const WRITES_IN_FLIGHT = 500;
/** As the Studio's page lists them (register-insight-routes.ts). */
const GROUPS_SHOWN = 200;

function questionTexts(): { texts: string[]; source: string } {
  if (existsSync(path.join(DATA_DIR, 'twcs-sample'))) {
    const posts = readOtherBrandPosts().map((text) => text.replace(/^(@\w+\s+)+/, '').trim()).filter((text) => text.length > 0);
    if (posts.length > 0) return { texts: posts, source: `${posts.length.toLocaleString('en-US')} real customer tweets to brands (TWCS), cycled` };
  }
  const topics = ['biciclette elettriche', 'offerte per aziende', 'roaming in Giappone', 'pagare con Satispay', 'la fibra a Bari', 'eSIM per smartwatch', 'numero fisso', 'TV in streaming'];
  const asks = ['avete', 'come funziona', 'quanto costa', 'posso avere', 'vendete', 'c\u2019è'];
  return {
    texts: topics.flatMap((topic) => asks.map((ask) => `${ask} ${topic}?`)),
    source: 'synthetic out-of-scope questions (no TWCS data found)',
  };
}

interface Scenario {
  name: string;
  /** The question of gap `index`. */
  question(index: number): string;
}

/** Fills a Redis store with the scenario's gaps, then times the report as the page makes it. */
async function measure(url: string, scenario: Scenario, prefix: string) {
  const days = daysUpTo(LAST_DAY, DAYS);
  const store = createRedisStore(new Redis(url), { prefix });
  try {
    for (let start = 0; start < QUESTIONS; start += WRITES_IN_FLIGHT) {
      const batch = Array.from({ length: Math.min(WRITES_IN_FLIGHT, QUESTIONS - start) }, (_, offset): KnowledgeGap => {
        const index = start + offset;
        return {
          at: `${days[index % DAYS]}T${String(8 + (index % 12)).padStart(2, '0')}:00:00Z`,
          channel: index % 7 === 0 ? 'facebook' : 'twitter',
          lang: 'en',
          question: scenario.question(index),
          why: 'no-confident-answer',
          closest: { id: 'contatti', confidence: 0.2 },
        };
      });
      await Promise.all(batch.map((gap) => store.recordGap(gap)));
    }
    global.gc?.();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const gaps = await store.loadGaps(days);
    const loaded = performance.now();
    const { groups, total } = groupGaps(gaps, { limit: GROUPS_SHOWN });
    const grouped = performance.now();
    const page = renderGapsPage('', { source: 'the live store', days, choices: [1, 7, 30], malformed: [] }, { messages: 0, gaps: gaps.length, groupsTotal: total }, groups);
    const rendered = performance.now();
    const used = process.cpuUsage(cpu);
    const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
    return {
      row: [
        scenario.name,
        total.toLocaleString('en-US'),
        seconds(loaded - started),
        seconds(grouped - loaded),
        seconds(rendered - grouped),
        seconds(rendered - started),
        seconds((used.user + used.system) / 1000),
        `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
      ],
      biggest: groups[0],
      pageKb: Math.round(page.value.length / 1024),
    };
  } finally {
    await store.close();
  }
}

export async function benchGapReport(): Promise<BenchTable> {
  const { texts, source } = questionTexts();
  const vocabulary = [...new Set(texts.flatMap((text) => text.toLowerCase().split(/[^a-z]+/)).filter((word) => word.length > 3))];
  const random = seededRandom(11);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const redis = await startRedis();
  try {
    const repeated = await measure(redis.url, { name: 'as traffic repeats itself: the questions cycled', question: () => pick(texts) }, 'bench-gaps-a:');
    const distinct = await measure(
      redis.url,
      { name: 'worst case: each question made distinct (two random words added)', question: () => `${pick(texts)} ${pick(vocabulary)} ${pick(vocabulary)}` },
      'bench-gaps-b:',
    );
    return {
      title: `Gap report over ${QUESTIONS.toLocaleString('en-US')} unanswered questions (kept in a real Redis over ${DAYS} days)`,
      columns: ['questions', 'groups', 'load', 'group', 'render', 'total', 'CPU', 'peak RSS so far'],
      rows: [repeated.row, distinct.row],
      notes: [
        `Targets: total ≤ 5 s and ≤ 500 MB. Questions: ${source}; redacted as the store keeps them. The page lists the ${GROUPS_SHOWN} biggest groups (${repeated.pageKb} KB of HTML).`,
        `Biggest group when repeated: ${repeated.biggest?.count ?? 0} questions ("${(repeated.biggest?.words ?? []).join(' ')}").`,
        'Wall times on a shared 2-core machine under load; CPU is the process\'s own time. Peak RSS is the process\'s since it started (the second row includes the first).',
      ],
    };
  } finally {
    await redis.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatTable(await benchGapReport())}\n`);
}
