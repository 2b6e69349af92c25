// Account matters against general questions (bench/account-probes/): how many posts about the
// customer's own booking, bill, order or charge continue in a DM, as the playbook asks, and how
// many general questions wrongly do. Same responder, knowledge and brand as the real-posts bench.
import path from 'node:path';
import { createPronto } from '../src/app.ts';
import { loadConfig, PACKAGE_DIR } from '../src/config.ts';
import type { Logger } from '../src/core/ports.ts';
import { botActionOf } from './judge-real-post.ts';
import { CLOCK, EXAMPLE_BRAND } from './real-posts.ts';
import { PROBE_LANGUAGES, probeMessage, readKindProbes, rowByLanguage, type KindProbe } from './read-probes.ts';
import type { BenchTable } from './table.ts';

const PROBES_FILE = path.join(PACKAGE_DIR, 'bench/account-probes/posts.jsonl');
const KINDS = ['account', 'general'] as const;
const silent: Logger = { info() {}, warn() {}, error() {} };

export async function benchAccountProbes(): Promise<BenchTable> {
  const probes = readKindProbes(PROBES_FILE, KINDS);
  const pronto = await createPronto({ config: loadConfig({ PRONTO_BRAND_HANDLES: EXAMPLE_BRAND }, PACKAGE_DIR), log: silent, clock: CLOCK });
  const inDm = new Set<KindProbe<string>>();
  for (const probe of probes) {
    const bot = botActionOf(await pronto.responder.handle(probeMessage(probe, 'account-probe')));
    if (bot === 'dm' || bot === 'dm+handoff') inDm.add(probe);
  }
  await pronto.close();

  const wentToDm = (probe: KindProbe<string>) => inDm.has(probe);
  return {
    title: `Account matters and general questions (${probes.length} posts written for the probe, five languages)`,
    columns: ['posts', ...PROBE_LANGUAGES, 'all'],
    rows: [
      rowByLanguage(probes, 'account', 'account matter: continued in a DM', wentToDm),
      rowByLanguage(probes, 'general', 'general question: continued in a DM (wrong)', wentToDm),
    ],
    notes: [
      'bench/account-probes/posts.jsonl: posts written for Pronto by a writer who saw no rule (see its README); tuned on in the session that added them, so not a held-out figure. Each is readdressed to the example brand.',
      'Continued in a DM: the public reply acknowledges and a DM follows (with or without a handoff). A general question should be answered in public, or handed to a person there.',
    ],
  };
}
