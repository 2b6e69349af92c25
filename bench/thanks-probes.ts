// Thanks and praise, sincere or not (bench/thanks-probes/): how many sincere posts get a public
// thank-you, and how many ironic, complaining or requesting ones wrongly do. The posts were
// written apart from the sincere-thanks model's examples, so they show what it reads in words
// nobody wrote for it. Same responder, knowledge and brand as the real-posts bench.
import path from 'node:path';
import { PACKAGE_DIR } from '../src/config.ts';
import { botActionsOf, PROBE_LANGUAGES, readKindProbes, rowByLanguage } from './run-probes.ts';
import type { BenchTable } from './table.ts';

const PROBES_FILE = path.join(PACKAGE_DIR, 'bench/thanks-probes/posts.jsonl');
const KINDS = ['sincere', 'not'] as const;

export async function benchThanksProbes(): Promise<BenchTable> {
  const probes = readKindProbes(PROBES_FILE, KINDS);
  const actions = await botActionsOf(probes, 'thanks-probe');
  const wasThanked = (probe: (typeof probes)[number]) => actions.get(probe) === 'thank-you';
  return {
    title: `Thanks and praise, sincere or not (${probes.length} posts written for the probe, five languages)`,
    columns: ['posts', ...PROBE_LANGUAGES, 'all'],
    rows: [
      rowByLanguage(probes, 'sincere', 'sincere: thanked in public', wasThanked),
      rowByLanguage(probes, 'not', 'ironic, complaining or requesting: thanked in public (wrong)', wasThanked),
    ],
    notes: [
      'bench/thanks-probes/posts.jsonl: posts written for Pronto by a writer who saw neither the tone rules nor the sincere-thanks model\'s examples (see its README). Each is readdressed to the example brand.',
      'Thanked in public: the bot\'s only answer is a public thank-you. A post not thanked goes to a person (or gets the answer its question calls for).',
    ],
  };
}
