// Account matters against general questions (bench/account-probes/): how many posts about the
// customer's own booking, bill, order or charge continue in a DM, as the playbook asks, and how
// many general questions wrongly do. Same responder, knowledge and brand as the real-posts bench.
import path from 'node:path';
import { createPronto } from '../src/app.ts';
import { loadConfig, PACKAGE_DIR } from '../src/config.ts';
import type { Logger } from '../src/core/ports.ts';
import { botActionOf } from './judge-real-post.ts';
import { CLOCK, EXAMPLE_BRAND, fraction, toMessage } from './real-posts.ts';
import { readProbes } from './read-probes.ts';
import type { BenchTable } from './table.ts';

const PROBES_FILE = path.join(PACKAGE_DIR, 'bench/account-probes/posts.jsonl');
const KINDS = ['account', 'general'] as const;
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de'] as const;
const silent: Logger = { info() {}, warn() {}, error() {} };

interface Probe {
  id: string;
  lang: (typeof LANGUAGES)[number];
  kind: (typeof KINDS)[number];
  text: string;
}

export async function benchAccountProbes(): Promise<BenchTable> {
  const probes = readProbes<Probe>(
    PROBES_FILE,
    (row) =>
      KINDS.includes(row.kind as Probe['kind']) && LANGUAGES.includes(row.lang as Probe['lang']) && typeof row.text === 'string' && typeof row.id === 'string',
    '{"id","lang","kind","text"} with a known lang and kind',
  );
  const pronto = await createPronto({ config: loadConfig({ PRONTO_BRAND_HANDLES: EXAMPLE_BRAND }, PACKAGE_DIR), log: silent, clock: CLOCK });
  const inDm = new Map<Probe, boolean>();
  for (const probe of probes) {
    // The writer addressed invented brands; the bot sees its own handle, as in the real-posts bench.
    const text = `@${EXAMPLE_BRAND} ${probe.text.replace(/^(?:@\w+\s+)+/, '')}`;
    const bot = botActionOf(await pronto.responder.handle(toMessage({ label: { source: 'twcs', id: `account-probe-${probe.id}` }, text, brand: EXAMPLE_BRAND })));
    inDm.set(probe, bot === 'dm' || bot === 'dm+handoff');
  }
  await pronto.close();

  const row = (kind: Probe['kind'], label: string) => {
    const of = (lang?: string) => probes.filter((p) => p.kind === kind && (lang === undefined || p.lang === lang));
    const count = (list: Probe[]) => fraction(list.filter((p) => inDm.get(p)).length, list.length);
    return [label, ...LANGUAGES.map((lang) => count(of(lang))), count(of())];
  };
  return {
    title: `Account matters and general questions (${probes.length} posts written for the probe, five languages)`,
    columns: ['posts', ...LANGUAGES, 'all'],
    rows: [row('account', 'account matter: continued in a DM'), row('general', 'general question: continued in a DM (wrong)')],
    notes: [
      'bench/account-probes/posts.jsonl: posts written for Pronto by a writer who saw no rule (see its README); tuned on in the session that added them, so not a held-out figure. Each is readdressed to the example brand.',
      'Continued in a DM: the public reply acknowledges and a DM follows (with or without a handoff). A general question should be answered in public, or handed to a person there.',
    ],
  };
}
