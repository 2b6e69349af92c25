import type { KnowledgeEntry } from '../core/model.ts';
import type { KnowledgeIndex } from '../core/ports.ts';
import { buildMatchModel, type MatchDocument } from './match-build-model.ts';
import { collectEvidence } from './match-evidence.ts';
import { rankMatches, type PlaceFit } from './match-rank.ts';
import { countriesNamed } from './text-country-names.ts';

export interface KnowledgeIndexOptions {
  /** Matches `search` returns when the caller gives no limit. */
  defaultLimit?: number;
}

// The responder looks at the best match and the runner-up; a few more help `kb ask`.
const DEFAULT_LIMIT = 5;

/** The texts of one translation the matcher learns from, each with its field. */
export function matchDocumentsOf(entry: KnowledgeEntry): MatchDocument[] {
  const { id, lang } = entry;
  const docs: MatchDocument[] = [{ id, lang, field: 'title', text: entry.title }];
  for (const question of entry.questions) docs.push({ id, lang, field: 'question', text: question });
  // Each tag is one name of the topic ("domiciliazione bancaria"), as short as a customer's
  // query: one text per tag teaches the matcher that name; a joined list reads as a long text
  // whose words dilute each other (QA4FAQ top-1 +1.6 points, FAQ-only example knowledge +2.4 it / +1.0 en).
  for (const tag of entry.tags) docs.push({ id, lang, field: 'tag', text: tag });
  if (entry.body.trim()) docs.push({ id, lang, field: 'body', text: entry.body, opening: entry.short });
  return docs;
}

/** Notices are usable while active and not past `until`; answers always. */
function isUsableAt(entry: KnowledgeEntry, now: Date): boolean {
  if (entry.kind !== 'notice') return true;
  if (!entry.active) return false;
  if (entry.until === undefined) return true;
  const until = Date.parse(entry.until);
  return Number.isNaN(until) || until > now.getTime();
}

/** The countries each entry id names in any of its translations' fields. */
function countriesNamedByEntry(entries: KnowledgeEntry[]): Map<string, Set<string>> {
  const byEntry = new Map<string, Set<string>>();
  for (const entry of entries) {
    const codes = byEntry.get(entry.id) ?? new Set<string>();
    const text = [entry.title, ...entry.questions, ...entry.tags, entry.body].join('\n');
    for (const code of countriesNamed(text, [entry.lang])) codes.add(code);
    byEntry.set(entry.id, codes);
  }
  return byEntry;
}

/** Posts name countries in their language, or in English whatever their language ("roaming Japan"). */
function countriesInPost(text: string, lang: string): Set<string> {
  return countriesNamed(text, lang === 'en' ? ['en'] : [lang, 'en']);
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The knowledge index (KnowledgeIndex port). Every translation's title, example questions,
 * tags and body teach the matcher (example questions most); a query in any language is matched
 * against all of them and the result is one match per entry id, best first, with a calibrated
 * confidence. Built once per knowledge load: about a second for 1,000 entries.
 */
export function createKnowledgeIndex(
  entries: KnowledgeEntry[],
  options: KnowledgeIndexOptions = {},
): KnowledgeIndex {
  const defaultLimit = options.defaultLimit ?? DEFAULT_LIMIT;
  const byKey = new Map<string, KnowledgeEntry>();
  const translations = new Map<string, KnowledgeEntry[]>();
  for (const entry of entries) {
    byKey.set(`${entry.id}\u0000${entry.lang}`, entry);
    const list = translations.get(entry.id) ?? [];
    list.push(entry);
    translations.set(entry.id, list);
  }
  const model = entries.length ? buildMatchModel(entries.flatMap(matchDocumentsOf)) : undefined;
  // A notice is about an area ("fibre outage in Milan"): a place the knowledge does not know
  // ("is there an outage in Leeds?") is a topic word it lacks; a capital after "in" may also be a
  // street ("in Via Roma, Milano"), so it only lowers the coverage. An entry that lists countries
  // (roaming in France, Spain...) does not answer a post about a country the knowledge never names
  // ("roaming in Japan") at all: its other words would carry a wrong answer about prices abroad.
  const noticeIds = new Set(entries.filter((e) => e.kind === 'notice').map((e) => e.id));
  const countriesByEntry = countriesNamedByEntry(entries);
  const knownCountries = new Set([...countriesByEntry.values()].flatMap((codes) => [...codes]));
  const listsCountries = new Set([...countriesByEntry].filter(([, codes]) => codes.size >= 2).map(([id]) => id));

  return {
    search(text, { lang, now, limit = defaultLimit }) {
      if (!model) return [];
      const evidence = collectEvidence(model, text, lang);
      const unknownCountries = listsCountries.size > 0 ? [...countriesInPost(text, lang)].filter((code) => !knownCountries.has(code)) : [];
      const elsewhere = unknownCountries.length > 0 ? listsCountries : NO_IDS;
      // Methods, not arrow functions: tsx names every closure made per call (about 0.6 µs each).
      const places: PlaceFit = {
        missedBy(c) {
          return noticeIds.has(model.ids[c] as string) ? evidence.unknownPlaceCount : 0;
        },
        isElsewhere(c) {
          return elsewhere.has(model.ids[c] as string);
        },
      };
      // A notice is left out as soon as one translation is withdrawn or expired: the
      // customer's language might be that one, and an expired notice must never be answered.
      return rankMatches(model.ids, evidence, places)
        .filter((match) => (translations.get(match.id) ?? []).every((e) => isUsableAt(e, now)))
        .map((match) => (elsewhere.has(match.id) ? { ...match, countriesNotNamed: unknownCountries } : match))
        .slice(0, Math.max(0, limit));
    },
    entry(id, lang) {
      return byKey.get(`${id}\u0000${lang}`);
    },
    languages(id) {
      return (translations.get(id) ?? []).map((e) => e.lang).sort();
    },
  };
}
