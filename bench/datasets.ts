// Loaders for the intent evaluation sets under /work/shared/data (third-party data: used here
// only, never copied into fixtures, tests or docs) and the step that turns labelled examples
// into knowledge entries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeEntry } from '../src/core/model.ts';

export const DATA_DIR = process.env.PRONTO_DATA_DIR ?? '/work/shared/data';

export interface LabeledText {
  text: string;
  intent: string;
}

export interface IntentDataset {
  name: string;
  lang: string;
  /** Where knowledge is built from. */
  train: LabeledText[];
  /** In-scope test queries: never used to build or tune anything. */
  test: LabeledText[];
  /** Test queries that match no intent (the bot should not answer them). */
  outOfScope: string[];
}

/** RFC 4180 rows: quoted fields may hold separators, doubled quotes and line breaks. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.length > 1 || r[0]);
}

function readCsvLabeled(path: string): LabeledText[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const textAt = header?.indexOf('text') ?? -1;
  const intentAt = header?.indexOf('category') ?? -1;
  if (textAt < 0 || intentAt < 0) throw new Error(`${path}: expected columns text,category`);
  return rows.map((r) => ({ text: r[textAt] ?? '', intent: r[intentAt] ?? '' }));
}

export function loadBanking77(dir = join(DATA_DIR, 'banking77')): IntentDataset {
  return {
    name: 'BANKING77',
    lang: 'en',
    train: readCsvLabeled(join(dir, 'train.csv')),
    test: readCsvLabeled(join(dir, 'test.csv')),
    outOfScope: [],
  };
}

/** HWU64: used only to fit the confidence calibration (train split), never reported as a benchmark. */
export function loadHwu64(dir = join(DATA_DIR, 'hwu64')): IntentDataset {
  return {
    name: 'HWU64',
    lang: 'en',
    train: readCsvLabeled(join(dir, 'train.csv')),
    test: readCsvLabeled(join(dir, 'test.csv')),
    outOfScope: [],
  };
}

type ClincSplits = Record<string, [string, string][]>;

export interface ClincDataset extends IntentDataset {
  /** Training-side splits, for fitting the calibration: in-scope validation queries. */
  validation: LabeledText[];
  /** Out-of-scope queries of the train and validation splits (never the test ones). */
  outOfScopeTrain: string[];
}

export function loadClinc150(file = join(DATA_DIR, 'clinc150', 'data_full.json')): ClincDataset {
  const splits = JSON.parse(readFileSync(file, 'utf8')) as ClincSplits;
  const labeled = (name: string): LabeledText[] =>
    (splits[name] ?? []).map(([text, intent]) => ({ text, intent }));
  return {
    name: 'CLINC150',
    lang: 'en',
    train: labeled('train'),
    test: labeled('test'),
    outOfScope: labeled('oos_test').map((r) => r.text),
    validation: labeled('val'),
    outOfScopeTrain: [...labeled('oos_train'), ...labeled('oos_val')].map((r) => r.text),
  };
}

/** The rows of a JSON Lines file (blank lines skipped). */
export function readJsonRows(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function readJsonLines(path: string): LabeledText[] {
  return readJsonRows(path).map((row) => ({ text: String(row.text), intent: String(row.intent) }));
}

/** xSID Italian: there is no Italian train split, so the validation split is the knowledge. */
export function loadXsidItalian(dir = join(DATA_DIR, 'xsid-it')): IntentDataset {
  return {
    name: 'xSID-it',
    lang: 'it',
    train: readJsonLines(join(dir, 'it.valid.jsonl')),
    test: readJsonLines(join(dir, 'it.test.jsonl')),
    outOfScope: [],
  };
}

import { seededRandom } from '../src/knowledge/seeded-random.ts';

export { seededRandom };

/** Up to `k` examples of every intent, drawn with a fixed seed (all of them when k is Infinity). */
export function samplePerIntent(rows: LabeledText[], k: number, seed: number): LabeledText[] {
  const byIntent = new Map<string, LabeledText[]>();
  for (const row of rows) {
    const list = byIntent.get(row.intent) ?? [];
    list.push(row);
    byIntent.set(row.intent, list);
  }
  const random = seededRandom(seed);
  const out: LabeledText[] = [];
  for (const intent of [...byIntent.keys()].sort()) {
    const list = [...(byIntent.get(intent) ?? [])];
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j] as LabeledText, list[i] as LabeledText];
    }
    out.push(...list.slice(0, k));
  }
  return out;
}

/** "card_arrival" → "Card arrival", "alarm/set_alarm" → "Alarm set alarm", "BookRestaurant" → "Book restaurant". */
export function humanizeIntent(intent: string): string {
  const words = intent
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[_/\s-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One knowledge entry per intent; the datasets have no answers, so the body is the title. */
export function toKnowledgeEntries(rows: LabeledText[], lang: string): KnowledgeEntry[] {
  const byIntent = new Map<string, string[]>();
  for (const row of rows) {
    const list = byIntent.get(row.intent) ?? [];
    list.push(row.text);
    byIntent.set(row.intent, list);
  }
  return [...byIntent].map(([intent, questions]) => {
    const title = humanizeIntent(intent);
    return {
      id: intent,
      lang,
      title,
      questions,
      tags: [],
      visibility: 'public',
      kind: 'answer',
      active: true,
      body: title,
      short: title,
      file: `${intent}.md`,
    };
  });
}
