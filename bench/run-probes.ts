// What the probe benches that count one decision per kind and language share (thanks-probes,
// account-probes): their posts, read and checked; the bot's action on each, readdressed to the
// example brand; and a table row per kind.
import { createPronto } from '../src/app.ts';
import { loadConfig, PACKAGE_DIR } from '../src/config.ts';
import type { Logger } from '../src/core/ports.ts';
import { botActionOf, type BotAction } from './judge-real-post.ts';
import { CLOCK, EXAMPLE_BRAND, fraction, toMessage } from './real-posts.ts';
import { readProbes } from './read-probes.ts';

export const PROBE_LANGUAGES = ['en', 'it', 'es', 'fr', 'de'] as const;

const silent: Logger = { info() {}, warn() {}, error() {} };

export interface KindProbe<K extends string> {
  id: string;
  lang: (typeof PROBE_LANGUAGES)[number];
  kind: K;
  text: string;
}

/** Probes with an id, a language we serve and one of `kinds`. */
export function readKindProbes<K extends string>(file: string, kinds: readonly K[]): KindProbe<K>[] {
  return readProbes<KindProbe<K>>(
    file,
    (row) =>
      kinds.includes(row.kind as K) &&
      PROBE_LANGUAGES.includes(row.lang as KindProbe<K>['lang']) &&
      typeof row.text === 'string' &&
      typeof row.id === 'string',
    '{"id","lang","kind","text"} with a known lang and kind',
  );
}

/** What the bot did with each probe, run as a public mention through the real responder. */
export async function botActionsOf<K extends string>(probes: KindProbe<K>[], idPrefix: string): Promise<Map<KindProbe<K>, BotAction>> {
  const pronto = await createPronto({ config: loadConfig({ PRONTO_BRAND_HANDLES: EXAMPLE_BRAND }, PACKAGE_DIR), log: silent, clock: CLOCK });
  const actions = new Map<KindProbe<K>, BotAction>();
  for (const probe of probes) {
    // The writers addressed invented brands; the bot sees its own handle, as in the real-posts bench.
    const text = `@${EXAMPLE_BRAND} ${probe.text.replace(/^(?:@\w+\s+)+/, '')}`;
    const message = toMessage({ label: { source: 'twcs', id: `${idPrefix}-${probe.id}` }, text, brand: EXAMPLE_BRAND });
    actions.set(probe, botActionOf(await pronto.responder.handle(message)));
  }
  await pronto.close();
  return actions;
}

/** A table row: how many probes of `kind` `hit` says yes to, per language and in all. */
export function rowByLanguage<K extends string>(probes: KindProbe<K>[], kind: K, label: string, hit: (probe: KindProbe<K>) => boolean): string[] {
  const of = (lang?: string) => probes.filter((p) => p.kind === kind && (lang === undefined || p.lang === lang));
  const count = (list: KindProbe<K>[]) => fraction(list.filter(hit).length, list.length);
  return [label, ...PROBE_LANGUAGES.map((lang) => count(of(lang))), count(of())];
}
