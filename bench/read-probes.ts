// Probe files of our own (bench/*-probes/posts.jsonl): one JSON object per line, each checked, so
// a mistyped kind or language fails the bench with its line instead of skewing it. Also what the
// probe benches that count one decision per kind and language share.
import { readFileSync } from 'node:fs';
import type { InboundMessage } from '../src/core/model.ts';
import { EXAMPLE_BRAND, fraction, toMessage } from './real-posts.ts';

export const PROBE_LANGUAGES = ['en', 'it', 'es', 'fr', 'de'] as const;

export function readProbes<P>(file: string, isProbe: (row: Record<string, unknown>) => boolean, expected: string): P[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      if (!isProbe(row)) throw new Error(`${file}:${index + 1}: expected ${expected}`);
      return row as P;
    });
}

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

/** The writers addressed invented brands; the bot sees its own handle, as in the real-posts bench. */
export function probeMessage(probe: KindProbe<string>, idPrefix: string): InboundMessage {
  const text = `@${EXAMPLE_BRAND} ${probe.text.replace(/^(?:@\w+\s+)+/, '')}`;
  return toMessage({ label: { source: 'twcs', id: `${idPrefix}-${probe.id}` }, text, brand: EXAMPLE_BRAND });
}

/** A table row: how many probes of `kind` `hit` says yes to, per language and in all. */
export function rowByLanguage<K extends string>(probes: KindProbe<K>[], kind: K, label: string, hit: (probe: KindProbe<K>) => boolean): string[] {
  const of = (lang?: string) => probes.filter((p) => p.kind === kind && (lang === undefined || p.lang === lang));
  const count = (list: KindProbe<K>[]) => fraction(list.filter(hit).length, list.length);
  return [label, ...PROBE_LANGUAGES.map((lang) => count(of(lang))), count(of())];
}
