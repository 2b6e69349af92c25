// Reads a knowledge folder (DESIGN section 2): every markdown file at any depth is one entry in
// one language. Broken files become problems; the good ones are still served.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeEntry } from '../core/model.ts';
import { isErrorCode, KnowledgeError } from './knowledge-error.ts';
import { listKnowledgeFiles, type ListedFile } from './list-knowledge-files.ts';
import { parseEntry, type KnowledgeProblem, type ParsedEntry } from './parse-entry.ts';

export interface LoadedKnowledge {
  /** Valid entries, in the order of their sorted file paths. */
  entries: KnowledgeEntry[];
  problems: KnowledgeProblem[];
  /** Real paths of the folders read: what a watcher watches. */
  folders: string[];
}

// Fields whose disagreement between translations makes the bot behave differently per language
// (answer in public in one, move to a DM in the other; a notice over in one but not the other).
const SHARED_FIELDS = ['visibility', 'kind', 'active', 'until'] as const;

// An answer is a few paragraphs (the example entries are 1 to 2 KB); a file far larger is a
// mistake (a pasted export, a wrong file), and reading it whole would cost memory and matching time.
const MAX_ENTRY_FILE_BYTES = 1024 * 1024;

// Fatal: a file in another encoding is an error to fix, never silently turned into mojibake.
// A UTF-8 byte-order mark at the start is dropped (the decoder's default).
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export async function loadKnowledge(dir: string): Promise<LoadedKnowledge> {
  await assertFolder(dir);
  const { files, folders, problems } = await listKnowledgeFiles(dir);
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
  for (const listed of files) {
    const { file } = listed;
    const parsed = await parseFile(listed);
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
  return { entries, problems, folders };
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

/**
 * Reads one listed file within the limits; an unreadable, oversized or non-UTF-8 file is a
 * problem that names the file, never an exception.
 */
async function parseFile({ file, realPath }: ListedFile): Promise<ParsedEntry> {
  const problem = (message: string, fix: string): ParsedEntry => ({ problems: [{ file, message, fix, severity: 'error' }] });
  let bytes: Buffer;
  try {
    // The listing resolved every link and checked where it leads; should the file have been
    // replaced by a link since, it is not followed.
    const handle = await open(realPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      const { size } = await handle.stat();
      if (size > MAX_ENTRY_FILE_BYTES) {
        return problem(`the file is ${kilobytes(size)}, over the limit of ${kilobytes(MAX_ENTRY_FILE_BYTES)} for one entry`,
          'an answer is a few paragraphs: shorten it, or split it into several entries');
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // Deleted between listing and reading (an editor saving): it is simply no longer there.
    if (isErrorCode(error, 'ENOENT')) return { problems: [] };
    const reason = error instanceof Error ? error.message : String(error);
    return problem(`the file cannot be read: ${reason}`, 'check that it exists and is readable');
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return problem('the file is not UTF-8 text (it looks like another encoding, such as Latin-1 or Windows-1252)',
      'save it as UTF-8: in most editors, "Save with encoding" or "Save as" → UTF-8');
  }
  return parseEntry(file, text);
}

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
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
