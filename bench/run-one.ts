// Runs one benchmark and prints its tables as JSON on stdout. bench/run.ts starts each
// benchmark in its own process so that peak memory and warm caches do not leak between them.
import type { BenchTable } from './table.ts';

const benches: Record<string, () => Promise<BenchTable | BenchTable[]>> = {
  matching: async () => (await import('./matching.ts')).benchMatching(),
  qa4faq: async () => (await import('./qa4faq.ts')).benchQa4faq(),
  'personal-data': async () => (await import('./personal-data.ts')).benchPersonalData(),
  triage: async () => (await import('./triage.ts')).benchTriage(),
  replay: async () => (await import('./replay.ts')).benchReplay(),
  'x-service': async () => (await import('./x-service.ts')).benchXService(),
  botframework: async () => (await import('./botframework.ts')).benchBotFramework(),
  'facebook-webhook': async () => (await import('./facebook-webhook.ts')).benchFacebookWebhook(),
  'real-posts': async () => (await import('./real-posts.ts')).benchRealPosts(),
  'airline-crowd': async () => (await import('./airline-crowd.ts')).benchAirlineCrowd(),
  'utility-queries': async () => (await import('./utility-queries.ts')).benchUtilityQueries(),
  'urgent-probes': async () => (await import('./urgent-probes.ts')).benchUrgentProbes(),
  'thanks-probes': async () => (await import('./thanks-probes.ts')).benchThanksProbes(),
  'account-probes': async () => (await import('./account-probes.ts')).benchAccountProbes(),
  'blind-probes': async () => (await import('./blind-probes.ts')).benchBlindProbes(),
  detectors: async () => (await import('./detectors.ts')).benchDetectors(),
  studio: async () => (await import('./studio.ts')).benchStudio(),
  'gap-report': async () => (await import('./gap-report.ts')).benchGapReport(),
  'llm-injection': async () => (await import('./llm-injection.ts')).benchLlmInjection(),
  'llm-latency': async () => (await import('./llm-latency.ts')).benchLlmLatency(),
  embeddings: async () => (await import('./embeddings.ts')).benchEmbeddings(),
};

export const BENCH_NAMES = Object.keys(benches);

const name = process.argv[2] ?? '';
const bench = benches[name];
if (bench === undefined) {
  process.stderr.write(`unknown benchmark "${name}"; one of: ${BENCH_NAMES.join(', ')}\n`);
  process.exit(2);
}
const result = await bench();
process.stdout.write(JSON.stringify(Array.isArray(result) ? result : [result]));
