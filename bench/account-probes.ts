// Account matters against general questions (bench/account-probes/): how many posts about the
// customer's own booking, bill, order or charge continue in a DM, as the playbook asks, and how
// many general questions wrongly do. Same responder, knowledge and brand as the real-posts bench.
import path from 'node:path';
import { PACKAGE_DIR } from '../src/config.ts';
import type { BotAction } from './judge-real-post.ts';
import { botActionsOf, PROBE_LANGUAGES, readKindProbes, rowByLanguage } from './run-probes.ts';
import type { BenchTable } from './table.ts';

const PROBES_FILE = path.join(PACKAGE_DIR, 'bench/account-probes/posts.jsonl');
const KINDS = ['account', 'general'] as const;
const DM_ACTIONS: ReadonlySet<BotAction | undefined> = new Set<BotAction>(['dm', 'dm+handoff']);

export async function benchAccountProbes(): Promise<BenchTable> {
  const probes = readKindProbes(PROBES_FILE, KINDS);
  const actions = await botActionsOf(probes, 'account-probe');
  const wentToDm = (probe: (typeof probes)[number]) => DM_ACTIONS.has(actions.get(probe));
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
