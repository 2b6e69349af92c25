// Finds the knowledge files under a folder without ever leaving it: a symbolic link is followed
// only when its real path stays inside the folder, and each real folder is read once, so a link
// to /etc/passwd renamed .md is never published and a link back to a parent never loops.
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isErrorCode } from './knowledge-error.ts';
import type { KnowledgeProblem } from './parse-entry.ts';

export interface ListedFile {
  /** Path relative to the knowledge folder, with `/` separators: what editors see. */
  file: string;
  /** Real path to read: every link on the way already resolved and checked. */
  realPath: string;
}

export interface KnowledgeListing {
  /** Sorted by `file`, so every load gives the same order. */
  files: ListedFile[];
  /** Real paths of the folders read, each once: what a watcher must watch, and nothing else. */
  folders: string[];
  problems: KnowledgeProblem[];
}

interface Walk extends KnowledgeListing {
  root: string;
  /** Real folder path → the relative path it was read as. */
  readAs: Map<string, string>;
  /** Links to folders, followed after every real folder so the real name wins over an alias. */
  folderLinks: { relative: string; realPath: string }[];
}

export async function listKnowledgeFiles(dir: string): Promise<KnowledgeListing> {
  const root = await realpath(dir);
  const walk: Walk = { root, files: [], folders: [], problems: [], readAs: new Map(), folderLinks: [] };
  await readFolderTree(walk, root, '');
  for (let link = walk.folderLinks.shift(); link; link = walk.folderLinks.shift()) {
    const earlier = walk.readAs.get(link.realPath);
    if (earlier === undefined) {
      await readFolderTree(walk, link.realPath, link.relative);
      continue;
    }
    walk.problems.push({
      file: link.relative,
      message: `links to ${earlier === '' ? 'the knowledge folder itself' : `the folder ${earlier}`}, which is already read; skipped so that no folder is read twice or in a loop`,
      fix: 'remove the link',
      severity: 'warning',
    });
  }
  const { files, folders, problems } = walk;
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, folders, problems };
}

async function readFolderTree(walk: Walk, realDir: string, relative: string): Promise<void> {
  // Already read through a link to it (or to one of its parents) that came first.
  if (walk.readAs.has(realDir)) return;
  walk.readAs.set(realDir, relative);
  walk.folders.push(realDir);
  for (const item of await readFolder(walk, realDir, relative)) {
    // Dot-folders hold tooling (.git) and drafts parked on purpose; editors' swap files start
    // with a dot too.
    if (item.name.startsWith('.')) continue;
    const child = relative === '' ? item.name : `${relative}/${item.name}`;
    const itemPath = path.join(realDir, item.name);
    if (item.isDirectory()) await readFolderTree(walk, itemPath, child);
    else if (item.isFile() && isEntryFile(item.name)) walk.files.push({ file: child, realPath: itemPath });
    else if (item.isSymbolicLink()) await followLink(walk, itemPath, child);
  }
}

async function followLink(walk: Walk, link: string, relative: string): Promise<void> {
  const target = await resolveLink(link);
  // A dangling link (or a chain of links that loops) leads to no file: nothing to read.
  if (!target) return;
  const isFolder = target.stats.isDirectory();
  if (!isFolder && !(target.stats.isFile() && isEntryFile(path.basename(relative)))) return;
  if (!isInside(walk.root, target.realPath)) {
    walk.problems.push({
      file: relative,
      message: `links to ${target.realPath}, outside the knowledge folder; skipped, because the bot publishes only what is inside the folder`,
      fix: `copy the ${isFolder ? 'folder' : 'file'} into the knowledge folder instead of linking to it`,
      severity: 'warning',
    });
    return;
  }
  if (isFolder) walk.folderLinks.push({ relative, realPath: target.realPath });
  else walk.files.push({ file: relative, realPath: target.realPath });
}

async function resolveLink(link: string): Promise<{ realPath: string; stats: Stats } | undefined> {
  try {
    const realPath = await realpath(link);
    return { realPath, stats: await stat(realPath) };
  } catch {
    return undefined;
  }
}

/** A subfolder that cannot be read costs its own files, never the whole knowledge. */
async function readFolder(walk: Walk, realDir: string, relative: string): Promise<Dirent[]> {
  try {
    const items = await readdir(realDir, { withFileTypes: true });
    // Sorted so that which of two links to one folder is read first never depends on the disk.
    return items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if (relative === '') throw error;
    // Removed while we walked (an editor moving folders): its files are simply gone.
    if (isErrorCode(error, 'ENOENT')) return [];
    const reason = error instanceof Error ? error.message : String(error);
    walk.problems.push({ file: relative, message: `the folder cannot be read: ${reason}`, fix: 'check its permissions', severity: 'error' });
    return [];
  }
}

function isEntryFile(name: string): boolean {
  const lower = name.toLowerCase();
  // README files explain the folder to editors; they are not answers.
  return lower.endsWith('.md') && lower !== 'readme.md';
}

function isInside(root: string, realPath: string): boolean {
  const relative = path.relative(root, realPath);
  return !path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..';
}

