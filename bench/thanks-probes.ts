// Thanks and praise, sincere or not (bench/thanks-probes/): how many sincere posts get a public
// thank-you, and how many ironic, complaining or requesting ones wrongly do. The posts were
// written apart from the sincere-thanks model's examples, so they show what it reads in words
// nobody wrote for it. Same responder, knowledge and brand as the real-posts bench.
import path from 'node:path';
import { createPronto } from '../src/app.ts';
import { loadConfig, PACKAGE_DIR } from '../src/config.ts';
import type { Logger } from '../src/core/ports.ts';
import { botActionOf } from './judge-real-post.ts';
import { CLOCK, EXAMPLE_BRAND, fraction, toMessage } from './real-posts.ts';
import { readProbes } from './read-probes.ts';
import type { BenchTable } from './table.ts';

const PROBES_FILE = path.join(PACKAGE_DIR, 'bench/thanks-probes/posts.jsonl');
const KINDS = ['sincere', 'not'] as const;
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de'] as const;
const silent: Logger = { info() {}, warn() {}, error() {} };

interface Probe {
  id: string;
  lang: (typeof LANGUAGES)[number];
  kind: (typeof KINDS)[number];
  text: string;
}

function readProbeFile(): Probe[] {
  return readProbes<Probe>(
    PROBES_FILE,
    (row) =>
      KINDS.includes(row.kind as Probe['kind']) && LANGUAGES.includes(row.lang as Probe['lang']) && typeof row.text === 'string' && typeof row.id === 'string',
    '{"id","lang","kind","text"} with a known lang and kind',
  );
}

export async function benchThanksProbes(): Promise<BenchTable> {
  const probes = readProbeFile();
  const pronto = await createPronto({ config: loadConfig({ PRONTO_BRAND_HANDLES: EXAMPLE_BRAND }, PACKAGE_DIR), log: silent, clock: CLOCK });
  const thanked = new Map<Probe, boolean>();
  for (const probe of probes) {
    // The writers addressed invented brands; the bot sees its own handle, as in the real-posts bench.
    const text = `@${EXAMPLE_BRAND} ${probe.text.replace(/^(?:@\w+\s+)+/, '')}`;
    const handled = await pronto.responder.handle(toMessage({ label: { source: 'twcs', id: `thanks-probe-${probe.id}` }, text, brand: EXAMPLE_BRAND }));
    thanked.set(probe, botActionOf(handled) === 'thank-you');
  }
  await pronto.close();

  const row = (kind: Probe['kind'], label: string) => {
    const of = (lang?: string) => probes.filter((p) => p.kind === kind && (lang === undefined || p.lang === lang));
    const count = (list: Probe[]) => fraction(list.filter((p) => thanked.get(p)).length, list.length);
    return [label, ...LANGUAGES.map((lang) => count(of(lang))), count(of())];
  };
  return {
    title: `Thanks and praise, sincere or not (${probes.length} posts written for the probe, five languages)`,
    columns: ['posts', ...LANGUAGES, 'all'],
    rows: [row('sincere', 'sincere: thanked in public'), row('not', 'ironic, complaining or requesting: thanked in public (wrong)')],
    notes: [
      'bench/thanks-probes/posts.jsonl: posts written for Pronto by a writer who saw neither the tone rules nor the sincere-thanks model\'s examples (see its README). Each is readdressed to the example brand.',
      'Thanked in public: the bot\'s only answer is a public thank-you. A post not thanked goes to a person (or gets the answer its question calls for).',
    ],
  };
}
