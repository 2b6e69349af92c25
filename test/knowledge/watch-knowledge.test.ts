import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoadedKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { watchKnowledge, type KnowledgeWatcher } from '../../src/knowledge/watch-knowledge.ts';

function buildFile(id: string, overrides: { lang?: string; title?: string } = {}): string {
  return `---\nid: ${id}\nlang: ${overrides.lang ?? 'it'}\ntitle: ${overrides.title ?? `Domanda ${id}`}\n---\nRisposta ${id}.\n`;
}

/** Collects reload results; `next(predicate)` resolves with the first (past or future) that matches. */
function recordResults() {
  const results: LoadedKnowledge[] = [];
  const waiting: { predicate: (result: LoadedKnowledge) => boolean; resolve: (result: LoadedKnowledge) => void }[] = [];
  return {
    results,
    onChange(result: LoadedKnowledge): void {
      results.push(result);
      for (const waiter of [...waiting]) {
        if (!waiter.predicate(result)) continue;
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(result);
      }
    },
    next(predicate: (result: LoadedKnowledge) => boolean): Promise<LoadedKnowledge> {
      return new Promise((resolve) => waiting.push({ predicate, resolve }));
    },
  };
}

const ids = (result: LoadedKnowledge): string[] => result.entries.map((entry) => entry.id);

/** Inodes this process watches through inotify, as Linux lists them in /proc/self/fdinfo. */
function watchedInodes(): Set<number> {
  const inodes = new Set<number>();
  for (const fd of readdirSync('/proc/self/fdinfo')) {
    let info = '';
    try {
      info = readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8');
    } catch {
      continue; // closed meanwhile
    }
    for (const match of info.matchAll(/^inotify wd:\d+ ino:([0-9a-f]+)/gm)) inodes.add(Number.parseInt(match[1] ?? '', 16));
  }
  return inodes;
}

describe('watchKnowledge', () => {
  let dir: string;
  let watcher: KnowledgeWatcher | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pronto-watch-'));
    await writeFile(path.join(dir, 'ricarica.it.md'), buildFile('ricarica'));
  });

  afterEach(async () => {
    await watcher?.close();
    watcher = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it('reloads with the new entry when a file is added in a new subfolder', async () => {
    const recorder = recordResults();
    watcher = watchKnowledge(dir, recorder.onChange, { debounceMs: 10 });
    const reloaded = recorder.next((result) => ids(result).includes('modem'));
    await mkdir(path.join(dir, 'fibra'));
    await writeFile(path.join(dir, 'fibra', 'modem.it.md'), buildFile('modem'));
    expect(ids(await reloaded)).toEqual(['modem', 'ricarica']);
  });

  it('reloads the changed text when a file is edited', async () => {
    const recorder = recordResults();
    watcher = watchKnowledge(dir, recorder.onChange, { debounceMs: 10 });
    const reloaded = recorder.next((result) => result.entries[0]?.title === 'Nuovo titolo');
    await writeFile(path.join(dir, 'ricarica.it.md'), buildFile('ricarica', { title: 'Nuovo titolo' }));
    expect((await reloaded).entries).toHaveLength(1);
  });

  it('keeps the other entries and reports the problem when a file breaks mid-edit', async () => {
    await writeFile(path.join(dir, 'roaming.it.md'), buildFile('roaming'));
    const recorder = recordResults();
    watcher = watchKnowledge(dir, recorder.onChange, { debounceMs: 10 });
    const reloaded = recorder.next((result) => result.problems.some((problem) => problem.file === 'roaming.it.md'));
    await writeFile(path.join(dir, 'roaming.it.md'), '---\nid: roaming\nlang: it\ntitle: [rotto\n---\nTesto\n');
    const result = await reloaded;
    expect(ids(result)).toEqual(['ricarica']);
    expect(result.problems[0]).toMatchObject({ file: 'roaming.it.md', severity: 'error' });
  });

  it('reloads when a file changes in a subfolder that was there at start', async () => {
    await mkdir(path.join(dir, 'fibra'));
    await writeFile(path.join(dir, 'fibra', 'modem.it.md'), buildFile('modem'));
    const recorder = recordResults();
    watcher = watchKnowledge(dir, recorder.onChange, { debounceMs: 10 });
    // A first reload proves the subfolders are watched by now.
    const first = recorder.next((result) => ids(result).includes('roaming'));
    await writeFile(path.join(dir, 'roaming.it.md'), buildFile('roaming'));
    await first;
    const edited = recorder.next((result) => result.entries.some((entry) => entry.title === 'Modem nuovo'));
    await writeFile(path.join(dir, 'fibra', 'modem.it.md'), buildFile('modem', { title: 'Modem nuovo' }));
    expect(ids(await edited)).toEqual(['modem', 'ricarica', 'roaming']);
  });

  // Linux lists inotify watches per inode; Node's recursive watch there watches link targets.
  it('never watches where a link leads outside the folder', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'pronto-outside-'));
    try {
      await writeFile(path.join(outside, 'segreto.md'), buildFile('segreto'));
      await symlink(outside, path.join(dir, 'fuori'));
      await symlink(path.join(outside, 'segreto.md'), path.join(dir, 'segreto.md'));
      await mkdir(path.join(dir, 'fibra'));
      await symlink('..', path.join(dir, 'fibra', 'su'));
      const recorder = recordResults();
      watcher = watchKnowledge(dir, recorder.onChange, { debounceMs: 10 });
      const reloaded = recorder.next((result) => ids(result).includes('roaming'));
      await writeFile(path.join(dir, 'roaming.it.md'), buildFile('roaming'));
      expect(ids(await reloaded)).toEqual(['ricarica', 'roaming']);
      const watched = watchedInodes();
      const inode = (file: string) => statSync(file).ino;
      expect([dir, path.join(dir, 'fibra')].map((folder) => watched.has(inode(folder)))).toEqual([true, true]);
      expect([outside, path.join(outside, 'segreto.md')].map((target) => watched.has(inode(target)))).toEqual([false, false]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('reloads once for a burst of changes within the debounce time', async () => {
    const recorder = recordResults();
    // Long enough that three back-to-back writes land inside one quiet period even on a slow CI machine.
    watcher = watchKnowledge(dir, recorder.onChange, { debounceMs: 300 });
    const reloaded = recorder.next((result) => ids(result).length === 4);
    await Promise.all(['a', 'b', 'c'].map((id) => writeFile(path.join(dir, `${id}.it.md`), buildFile(id))));
    await reloaded;
    expect(recorder.results).toHaveLength(1);
  });

  it('ignores changes inside dot-folders', async () => {
    const recorder = recordResults();
    watcher = watchKnowledge(dir, recorder.onChange, { debounceMs: 10 });
    await mkdir(path.join(dir, '.git'));
    await writeFile(path.join(dir, '.git', 'HEAD'), 'ref');
    const reloaded = recorder.next((result) => ids(result).includes('visibile'));
    await writeFile(path.join(dir, 'visibile.it.md'), buildFile('visibile'));
    await reloaded;
    // Had the .git writes triggered a reload of their own, the first result would lack the new file.
    expect(ids(recorder.results[0] ?? { entries: [], problems: [], folders: [] })).toContain('visibile');
  });

  it('calls onError and not onChange when the folder disappears', async () => {
    const recorder = recordResults();
    const failed = new Promise<unknown>((resolve) => {
      watcher = watchKnowledge(dir, recorder.onChange, { debounceMs: 10, onError: resolve });
    });
    await rm(dir, { recursive: true, force: true });
    expect(await failed).toMatchObject({ code: 'knowledge_dir_missing' });
    expect(recorder.results).toEqual([]);
  });

  it('calls nothing after close even when files change', async () => {
    const recorder = recordResults();
    const closing = watchKnowledge(dir, recorder.onChange, { debounceMs: 10 });
    await writeFile(path.join(dir, 'tardi.it.md'), buildFile('tardi'));
    await closing.close();
    // A second watcher proves the write was seen by the file system; the closed one stays silent.
    const witness = recordResults();
    watcher = watchKnowledge(dir, witness.onChange, { debounceMs: 10 });
    const seen = witness.next((result) => ids(result).includes('ancora'));
    await writeFile(path.join(dir, 'ancora.it.md'), buildFile('ancora'));
    await seen;
    expect(recorder.results).toEqual([]);
  });
});
