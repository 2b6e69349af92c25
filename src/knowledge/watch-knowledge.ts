// Reloads the knowledge folder when editors change it, so a long-running service answers from
// the current files without a restart.
import { realpathSync, watch, type FSWatcher } from 'node:fs';
import { isErrorCode } from './knowledge-error.ts';
import { listKnowledgeFiles } from './list-knowledge-files.ts';
import { loadKnowledge, type LoadedKnowledge } from './load-knowledge.ts';

export interface WatchKnowledgeOptions {
  /** Quiet time after the last change before reloading. */
  debounceMs?: number;
  /**
   * The folder could not be read or watched (deleted, permissions). The previous knowledge stays
   * in use; without this callback such errors are dropped.
   */
  onError?: (error: unknown) => void;
}

export interface KnowledgeWatcher {
  /** Stops watching; resolves once a reload in progress has finished. No callback runs after. */
  close(): Promise<void>;
}

// Saving one file is several events (editors write a temp file, rename it, touch metadata) and a
// `git pull` touches many files: one reload after the burst instead of one per event.
const DEFAULT_DEBOUNCE_MS = 200;

/**
 * Calls `onChange` with a fresh load after every burst of changes under `dir`. It does not load
 * at start: the caller already has the first load. A file that is broken mid-edit shows up in
 * `problems` while the other entries stay. It watches the folders the loader reads, never
 * where a link leads outside them.
 */
export function watchKnowledge(
  dir: string,
  onChange: (result: LoadedKnowledge) => void,
  options: WatchKnowledgeOptions = {},
): KnowledgeWatcher {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const reportError = options.onError ?? (() => undefined);
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let reloading: Promise<void> | undefined;
  let changedWhileReloading = false;
  // Real folder path → its watcher. Node's recursive watch would also watch where links lead
  // (even outside the folder); watching each folder the loader reads, and only those, cannot.
  const watchers = new Map<string, FSWatcher>();

  const schedule = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(runReload, debounceMs);
  };

  const watchFolder = (folder: string): void => {
    const watcher = watch(folder, (_event, filename) => {
      // Editors' dot-files (swap files) and dot-folders never affect the knowledge.
      if (filename !== null && filename.toString().startsWith('.')) return;
      schedule();
    });
    watcher.on('error', (error) => {
      if (!closed) reportError(error);
    });
    watchers.set(folder, watcher);
  };

  /** Returns whether a folder is newly watched. */
  const watchFolders = (folders: string[]): boolean => {
    const wanted = new Set(folders);
    for (const [folder, watcher] of watchers) {
      if (wanted.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    let added = false;
    for (const folder of wanted) {
      if (watchers.has(folder)) continue;
      try {
        watchFolder(folder);
        added = true;
      } catch (error) {
        // Removed since it was listed: the event on its parent brings a reload anyway.
        if (!isErrorCode(error, 'ENOENT')) reportError(error);
      }
    }
    return added;
  };

  const reload = async (): Promise<void> => {
    try {
      const result = await loadKnowledge(dir);
      if (closed) return;
      // Files written into a new folder before its watcher started raised no event: load again.
      if (watchFolders(result.folders)) changedWhileReloading = true;
      onChange(result);
    } catch (error) {
      if (!closed) reportError(error);
    }
  };

  const watchListedFolders = async (): Promise<void> => {
    try {
      const { folders } = await listKnowledgeFiles(dir);
      if (!closed) watchFolders(folders);
    } catch (error) {
      if (!closed) reportError(error);
    }
  };

  /** One load or listing at a time: a change meanwhile loads again after it. */
  const track = (work: Promise<void>): void => {
    reloading = work.finally(() => {
      reloading = undefined;
      if (changedWhileReloading && !closed) {
        changedWhileReloading = false;
        schedule();
      }
    });
  };

  function runReload(): void {
    timer = undefined;
    if (reloading) {
      // A load already runs with files that may predate this change: load again after it.
      changedWhileReloading = true;
      return;
    }
    track(reload());
  }

  // The top folder is watched at once (it throws if the folder is missing); the subfolders as
  // soon as they are listed.
  watchFolder(realpathSync(dir));
  track(watchListedFolders());

  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      await reloading;
    },
  };
}
