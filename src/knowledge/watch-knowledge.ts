// Reloads the knowledge folder when editors change it, so a long-running service answers from
// the current files without a restart.
import { watch, type FSWatcher } from 'node:fs';
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
 * `problems` while the other entries stay.
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

  const reload = async (): Promise<void> => {
    try {
      const result = await loadKnowledge(dir);
      if (!closed) onChange(result);
    } catch (error) {
      if (!closed) reportError(error);
    }
  };

  const runReload = (): void => {
    timer = undefined;
    if (reloading) {
      // A load already runs with files that may predate this change: load again after it.
      changedWhileReloading = true;
      return;
    }
    reloading = reload().finally(() => {
      reloading = undefined;
      if (changedWhileReloading && !closed) {
        changedWhileReloading = false;
        schedule();
      }
    });
  };

  const schedule = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(runReload, debounceMs);
  };

  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, filename) => {
    if (filename !== null && isHidden(filename.toString())) return;
    schedule();
  });
  watcher.on('error', (error) => {
    if (!closed) reportError(error);
  });

  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
      await reloading;
    },
  };
}

/** Changes inside dot-folders and to editors' dot-files (swap files) never affect the knowledge. */
function isHidden(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).some((segment) => segment.startsWith('.'));
}
