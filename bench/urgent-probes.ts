// Urgent matters told in everyday words (bench/urgent-probes/): how many reach a person at
// `urgent`, how many of them no lexicon phrase names (the urgent-matters models read them), and
// how many calm look-alikes are wrongly made urgent. Same responder, knowledge and brand as the
// real-posts bench.
import path from 'node:path';
import { createPronto } from '../src/app.ts';
import { loadConfig, PACKAGE_DIR } from '../src/config.ts';
import type { Logger } from '../src/core/ports.ts';
import { analyzeText } from '../src/core/triage/analyze-text.ts';
import { cleanQuestion } from '../src/core/triage/clean-question.ts';
import { CLOCK, EXAMPLE_BRAND, fraction, toMessage } from './real-posts.ts';
import { readProbes } from './read-probes.ts';
import type { BenchTable } from './table.ts';

const PROBES_FILE = path.join(PACKAGE_DIR, 'bench/urgent-probes/posts.jsonl');
const KINDS = ['safety', 'security', 'legal', 'calm'] as const;
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de'] as const;
const URGENT_CATEGORIES: ReadonlySet<string> = new Set(['safety', 'security', 'legal']);
const silent: Logger = { info() {}, warn() {}, error() {} };

interface Probe {
  lang: (typeof LANGUAGES)[number];
  kind: (typeof KINDS)[number];
  text: string;
}

interface Outcome {
  probe: Probe;
  urgent: boolean;
  /** A lexicon phrase of danger, fraud or a legal threat is in the post. */
  phrased: boolean;
}

function readProbeFile(): Probe[] {
  return readProbes<Probe>(
    PROBES_FILE,
    (row) => KINDS.includes(row.kind as Probe['kind']) && LANGUAGES.includes(row.lang as Probe['lang']) && typeof row.text === 'string',
    '{"lang","kind","text"} with a known lang and kind',
  );
}

export async function benchUrgentProbes(): Promise<BenchTable> {
  const probes = readProbeFile();
  const config = loadConfig({ PRONTO_BRAND_HANDLES: EXAMPLE_BRAND }, PACKAGE_DIR);
  const pronto = await createPronto({ config, log: silent, clock: CLOCK });
  const outcomes: Outcome[] = [];
  for (const [index, probe] of probes.entries()) {
    const text = `@${EXAMPLE_BRAND} ${probe.text}`;
    const handled = await pronto.responder.handle(toMessage({ label: { source: 'twcs', id: `probe-${index}` }, text, brand: EXAMPLE_BRAND }));
    const urgent = handled.actions.some((action) => action.type === 'handoff' && action.priority === 'urgent');
    const analysis = analyzeText(cleanQuestion(text, config.settings.brandHandles), config.settings.languages);
    outcomes.push({ probe, urgent, phrased: analysis.matches.some((match) => URGENT_CATEGORIES.has(match.category)) });
  }
  await pronto.close();

  const rows: (string | number)[][] = [];
  for (const kind of KINDS) {
    const cells = LANGUAGES.map((lang) => {
      const of = outcomes.filter((o) => o.probe.kind === kind && o.probe.lang === lang);
      return fraction(of.filter((o) => o.urgent).length, of.length);
    });
    const all = outcomes.filter((o) => o.probe.kind === kind);
    const urgent = all.filter((o) => o.urgent);
    rows.push([kind === 'calm' ? 'calm look-alikes made urgent' : `${kind} at urgent`, ...cells, fraction(urgent.length, all.length), kind === 'calm' ? '' : urgent.filter((o) => !o.phrased).length]);
  }
  return {
    title: `Urgent matters told in everyday words (${probes.length} posts written for the probe, five languages)`,
    columns: ['posts', ...LANGUAGES, 'all', 'urgent with no lexicon phrase'],
    rows,
    notes: [
      'bench/urgent-probes/posts.jsonl: posts written for Pronto after and apart from the urgent-matters models\' examples and the lexicon phrases added with them (see its README); no phrase was written from them, and the models\' settings were chosen among a few by looking at them.',
      'At urgent: the handoff\'s priority is `urgent` (safety, security or a legal threat). Urgent with no lexicon phrase: no phrase of danger, fraud or a legal threat is in the post, so the urgent-matters models read it (or a regulator\'s handle was tagged).',
    ],
  };
}
