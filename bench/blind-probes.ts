// Blind probes (bench/blind-probes/): posts written for Pronto by writers who saw no rule and no
// data, each file split into a half the lexicons were tuned on and a half nobody looked at while
// tuning. The gap between the halves is what a change generalises; the "before" figures in the
// README are this bench run on the code of the session's start.
import path from 'node:path';
import { createPronto } from '../src/app.ts';
import { loadConfig, PACKAGE_DIR } from '../src/config.ts';
import { PRIORITIES, type Priority } from '../src/core/model.ts';
import type { Logger } from '../src/core/ports.ts';
import type { HandledMessage } from '../src/core/responder.ts';
import { botActionOf } from './judge-real-post.ts';
import { readProbes } from './read-probes.ts';
import { CLOCK, EXAMPLE_BRAND, fraction, toMessage } from './real-posts.ts';
import type { BenchTable } from './table.ts';

const PROBES_FILE = path.join(PACKAGE_DIR, 'bench/blind-probes/posts.jsonl');
const HALVES = ['tune', 'guard'] as const;
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de'];

interface Outcome {
  priority: Priority | undefined;
  thanked: boolean;
  inDm: boolean;
}

const atLeast = (minimum: Priority) => (outcome: Outcome) =>
  outcome.priority !== undefined && PRIORITIES.indexOf(outcome.priority) >= PRIORITIES.indexOf(minimum);

/** What each kind of post should get, as a table row's label and its test. */
const EXPECTED: Record<string, { label: string; right: (outcome: Outcome) => boolean }> = {
  fault: { label: 'a fault told in everyday words (tech): high or urgent', right: atLeast('high') },
  travel: { label: 'a traveller in trouble now (some mid-thread): high or urgent', right: atLeast('high') },
  churn: { label: 'a customer about to leave, in everyday words: high or urgent', right: atLeast('high') },
  calm: { label: 'a calm look-alike of those: not high', right: (outcome) => !atLeast('high')(outcome) },
  safety: { label: 'danger to people now: urgent', right: atLeast('urgent') },
  security: { label: 'fraud or a takeover now: urgent', right: atLeast('urgent') },
  lookalike: { label: 'a calm look-alike of danger or fraud: not urgent', right: (outcome) => !atLeast('urgent')(outcome) },
  ironic: { label: 'sarcastic thanks or praise: no public thank-you', right: (outcome) => !outcome.thanked },
  sincere: { label: 'sincere thanks or praise, its twin: a public thank-you', right: (outcome) => outcome.thanked },
  account: { label: 'a change or a check of the customer\'s own booking, contract or order: a DM', right: (outcome) => outcome.inDm },
  general: { label: 'a general question, its twin: no DM', right: (outcome) => !outcome.inDm },
};

interface BlindProbe {
  id: string;
  half: (typeof HALVES)[number];
  lang: string;
  kind: string;
  text: string;
}

const silent: Logger = { info() {}, warn() {}, error() {} };

export async function benchBlindProbes(): Promise<BenchTable> {
  const probes = readProbes<BlindProbe>(
    PROBES_FILE,
    (row) =>
      typeof row.id === 'string' &&
      typeof row.text === 'string' &&
      HALVES.includes(row.half as BlindProbe['half']) &&
      LANGUAGES.includes(row.lang as string) &&
      typeof row.kind === 'string' &&
      row.kind in EXPECTED,
    `{"id","half","lang","kind","text"} with a half (${HALVES.join(', ')}), a language we serve and a kind (${Object.keys(EXPECTED).join(', ')})`,
  );
  const pronto = await createPronto({ config: loadConfig({ PRONTO_BRAND_HANDLES: EXAMPLE_BRAND }, PACKAGE_DIR), log: silent, clock: CLOCK });
  const outcomes = new Map<BlindProbe, Outcome>();
  for (const probe of probes) {
    // The writers addressed invented brands; the bot sees its own handle, as in the other probe benches.
    const text = `@${EXAMPLE_BRAND} ${probe.text.replace(/^(?:@\w+\s+)+/, '')}`;
    const handled = await pronto.responder.handle(toMessage({ label: { source: 'twcs', id: `blind-probe-${probe.id}` }, text, brand: EXAMPLE_BRAND }));
    outcomes.set(probe, outcomeOf(handled));
  }
  await pronto.close();

  const count = (kind: string, half?: BlindProbe['half']) => {
    const of = probes.filter((probe) => probe.kind === kind && (half === undefined || probe.half === half));
    return fraction(of.filter((probe) => EXPECTED[kind]!.right(outcomes.get(probe)!)).length, of.length);
  };
  return {
    title: `Blind probes: posts written by people who saw no rule, half tuned on (${probes.length} posts, five languages)`,
    columns: ['posts', 'right, tuned half', 'right, other half', 'right, all'],
    rows: Object.entries(EXPECTED).map(([kind, { label }]) => [label, count(kind, 'tune'), count(kind, 'guard'), count(kind)]),
    notes: [
      'bench/blind-probes/posts.jsonl: round 26 of 2026-12-02, written by five helpers who saw neither the rules nor any data (see its README). Each file was split by language into two halves; phrases were written only from the misses of the tuned half. The other half measures what the changes generalise to; its texts were not read, except for the sarcastic thanks (see the README).',
      'Each post is a public mention readdressed to the example brand, with no thread around it. High or urgent: the handoff\'s priority. A DM: the public reply acknowledges and a DM follows.',
    ],
  };
}

function outcomeOf(handled: HandledMessage): Outcome {
  const bot = botActionOf(handled);
  return {
    priority: handled.actions.find((action) => action.type === 'handoff')?.priority,
    thanked: handled.explanation?.plan.some((step) => step.do === 'thank') ?? false,
    inDm: bot === 'dm' || bot === 'dm+handoff',
  };
}
