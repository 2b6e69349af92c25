// Reads a knowledge folder (DESIGN section 2): every markdown file at any depth is one entry in
// one language. Broken files become problems; the good ones are still served.
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeEntry } from '../core/model.ts';
import { KnowledgeError } from './knowledge-error.ts';
import { parseEntry, type KnowledgeProblem } from './parse-entry.ts';

export interface LoadedKnowledge {
  /** Valid entries, in the order of their sorted file paths. */
  entries: KnowledgeEntry[];
  problems: KnowledgeProblem[];
}

// Fields whose disagreement between translations makes the bot behave differently per language
// (answer in public in one, move to a DM in the other; a notice over in one but not the other).
const SHARED_FIELDS = ['visibility', 'kind', 'active', 'until'] as const;

export async function loadKnowledge(dir: string): Promise<LoadedKnowledge> {
  await assertFolder(dir);
  const problems: KnowledgeProblem[] = [];
  const files = await listMarkdownFiles(dir, problems);
  const entries: KnowledgeEntry[] = [];
  if (files.length === 0) {
    problems.push({
      file: '.',
      message: `no knowledge files in ${dir}`,
      fix: 'add one markdown (.md) file per answer and language; README.md files are not read',
      severity: 'warning',
    });
  }
  const firstFileOf = new Map<string, string>();
  for (const file of files) {
    const parsed = await parseFile(dir, file);
    problems.push(...parsed.problems);
    const entry = parsed.entry;
    if (!entry) continue;
    const key = `${entry.id}\u0000${entry.lang}`;
    const earlier = firstFileOf.get(key);
    if (earlier !== undefined) {
      problems.push({
        file,
        field: 'id',
        message: `id '${entry.id}' in lang '${entry.lang}' is already used by ${earlier}; this file is ignored`,
        fix: `give one of the two files another id, or set the lang this file is really written in`,
        severity: 'error',
      });
      continue;
    }
    firstFileOf.set(key, file);
    entries.push(entry);
  }
  problems.push(...findDisagreeingTranslations(entries));
  return { entries, problems };
}

async function assertFolder(dir: string): Promise<void> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      throw new KnowledgeError(
        'knowledge_dir_not_a_folder',
        dir,
        `the knowledge folder ${path.resolve(dir)} is a file, not a folder; ` +
          'point PRONTO_KNOWLEDGE_DIR (or --knowledge) at the folder that holds the .md files',
      );
    }
  } catch (error) {
    if (error instanceof KnowledgeError) throw error;
    const missing = isErrorCode(error, 'ENOENT') || isErrorCode(error, 'ENOTDIR');
    throw new KnowledgeError(
      missing ? 'knowledge_dir_missing' : 'knowledge_dir_unreadable',
      dir,
      missing
        ? `the knowledge folder ${path.resolve(dir)} does not exist; ` +
            'create it (one .md file per answer and language) ' +
            'or point PRONTO_KNOWLEDGE_DIR (or --knowledge) at the right folder'
        : `the knowledge folder ${path.resolve(dir)} cannot be read; check its permissions`,
      { cause: error },
    );
  }
}

/** Paths relative to `dir`, with `/` separators, sorted so every load gives the same order. */
async function listMarkdownFiles(dir: string, problems: KnowledgeProblem[], relative = ''): Promise<string[]> {
  const items = await readFolder(dir, relative, problems);
  const found: string[] = [];
  for (const item of items) {
    // Dot-folders hold tooling (.git) and drafts parked on purpose; editors' swap files start
    // with a dot too.
    if (item.name.startsWith('.')) continue;
    const child = relative === '' ? item.name : `${relative}/${item.name}`;
    const kind = item.isSymbolicLink() ? await kindOfLinkTarget(path.join(dir, child)) : item;
    if (kind?.isDirectory()) found.push(...(await listMarkdownFiles(dir, problems, child)));
    else if (kind?.isFile() && isEntryFile(item.name)) found.push(child);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A subfolder that cannot be read costs its own files, never the whole knowledge. */
async function readFolder(dir: string, relative: string, problems: KnowledgeProblem[]): Promise<Dirent[]> {
  try {
    return await readdir(path.join(dir, relative), { withFileTypes: true });
  } catch (error) {
    if (relative === '') throw error;
    // Removed while we walked (an editor moving folders): its files are simply gone.
    if (isErrorCode(error, 'ENOENT')) return [];
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({
      file: relative,
      message: `the folder cannot be read: ${reason}`,
      fix: 'check its permissions',
      severity: 'error',
    });
    return [];
  }
}

function isEntryFile(name: string): boolean {
  const lower = name.toLowerCase();
  // README files explain the folder to editors; they are not answers.
  return lower.endsWith('.md') && lower !== 'readme.md';
}

async function kindOfLinkTarget(
  file: string,
): Promise<{ isDirectory(): boolean; isFile(): boolean } | undefined> {
  try {
    return await stat(file);
  } catch {
    return undefined; // a dangling link is not a knowledge file
  }
}

async function parseFile(dir: string, file: string): Promise<ReturnType<typeof parseEntry>> {
  try {
    return parseEntry(file, await readFile(path.join(dir, file), 'utf8'));
  } catch (error) {
    // Deleted between listing and reading (an editor saving): it is simply no longer there.
    if (isErrorCode(error, 'ENOENT')) return { problems: [] };
    const reason = error instanceof Error ? error.message : String(error);
    const problem: KnowledgeProblem = {
      file,
      message: `the file cannot be read: ${reason}`,
      fix: 'check that it exists and is readable',
      severity: 'error',
    };
    return { problems: [problem] };
  }
}

function findDisagreeingTranslations(entries: KnowledgeEntry[]): KnowledgeProblem[] {
  const byId = new Map<string, KnowledgeEntry[]>();
  for (const entry of entries) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
  const problems: KnowledgeProblem[] = [];
  for (const [id, translations] of byId) {
    const first = translations[0];
    if (!first || translations.length < 2) continue;
    const allNotices = translations.every((entry) => entry.kind === 'notice');
    for (const field of SHARED_FIELDS) {
      if ((field === 'active' || field === 'until') && !allNotices) continue;
      if (translations.every((entry) => entry[field] === first[field])) continue;
      const values = translations.map((entry) => `${entry.lang} (${entry.file}) ${String(entry[field] ?? 'not set')}`);
      problems.push({
        file: first.file,
        field,
        message: `the translations of '${id}' disagree on ${field}: ${values.join(', ')}`,
        fix: `use the same ${field} in every translation of '${id}'`,
        severity: 'warning',
      });
    }
  }
  return problems;
}

function isErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
