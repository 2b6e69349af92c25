// The knowledge as editors browse it: entries (all translations of an id) with their folder,
// languages, kind and the `kb check` findings of their files; files that could not be read,
// with their errors. Checking searches every example question, so the report is built once per
// load of the folder and kept until the folder changes.
import path from 'node:path';
import type { Pronto } from '../app.ts';
import type { Config } from '../config.ts';
import type { KnowledgeEntry } from '../core/model.ts';
import { checkKnowledge } from '../knowledge/check-knowledge.ts';
import type { KnowledgeProblem } from '../knowledge/parse-entry.ts';

export interface BrowsedEntry {
  id: string;
  /** Folder of its first file, relative to the knowledge folder (`.` at the top). */
  folder: string;
  kind: KnowledgeEntry['kind'];
  visibility: KnowledgeEntry['visibility'];
  translations: KnowledgeEntry[];
  /** Languages the knowledge has that this entry lacks. */
  missing: string[];
  findings: KnowledgeProblem[];
}

export interface KnowledgeReport {
  version: number;
  dir: string;
  languages: string[];
  folders: string[];
  entries: BrowsedEntry[];
  /** Problems of files no entry came from: broken files the bot does not use. */
  brokenFiles: KnowledgeProblem[];
  errors: number;
  warnings: number;
}

export function createKnowledgeReports(pronto: Pronto, config: Config): () => KnowledgeReport {
  let cached: KnowledgeReport | undefined;
  return () => {
    if (cached?.version !== pronto.version()) cached = buildReport(pronto, config);
    return cached;
  };
}

function buildReport(pronto: Pronto, config: Config): KnowledgeReport {
  const version = pronto.version();
  const entries = pronto.entries();
  const problems = [...pronto.problems(), ...checkKnowledge(entries, pronto.knowledge(), config.settings)];
  const languages = [...new Set(entries.map((entry) => entry.lang))].sort();
  const byId = new Map<string, KnowledgeEntry[]>();
  for (const entry of entries) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
  const idOfFile = new Map(entries.map((entry) => [entry.file, entry.id]));
  const findingsById = new Map<string, KnowledgeProblem[]>();
  const brokenFiles: KnowledgeProblem[] = [];
  for (const problem of problems) {
    const id = idOfFile.get(problem.file);
    if (id === undefined) brokenFiles.push(problem);
    else findingsById.set(id, [...(findingsById.get(id) ?? []), problem]);
  }
  const browsed = [...byId].map(([id, translations]): BrowsedEntry => {
    const sorted = [...translations].sort((a, b) => a.lang.localeCompare(b.lang));
    const first = sorted[0]!;
    const present = new Set(sorted.map((entry) => entry.lang));
    return {
      id,
      folder: path.dirname(first.file).split(path.sep).join('/'),
      kind: first.kind,
      visibility: first.visibility,
      translations: sorted,
      missing: languages.filter((lang) => !present.has(lang)),
      findings: findingsById.get(id) ?? [],
    };
  });
  browsed.sort((a, b) => a.folder.localeCompare(b.folder) || a.id.localeCompare(b.id));
  return {
    version,
    dir: config.knowledgeDir,
    languages,
    folders: [...new Set(browsed.map((entry) => entry.folder))].sort(),
    entries: browsed,
    brokenFiles,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    warnings: problems.filter((problem) => problem.severity === 'warning').length,
  };
}
