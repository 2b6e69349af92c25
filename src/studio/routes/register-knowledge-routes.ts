// The knowledge browser's URLs: entries with filters, one entry, "try this entry", and kb eval
// for the eval file. Each reads the knowledge as loaded now: the watcher reloads the folder when
// editors change it, and the pages follow.
import { readFile, stat } from 'node:fs/promises';
import type { Request, Router } from 'express';
import { evaluateKnowledge, parseEvalCases } from '../../knowledge/evaluate-knowledge.ts';
import type { StudioDeps } from '../create-studio.ts';
import { createKnowledgeReports } from '../knowledge-report.ts';
import { renderEntryPage, renderKnowledgePage, filterEntries, type KnowledgeFilter } from '../pages/knowledge-pages.ts';
import { renderEvalPage, type EvalView } from '../pages/eval-page.ts';
import { tryEntry } from '../try-entry.ts';
import type { StudioPages } from '../studio-pages.ts';

export function registerKnowledgeRoutes(_router: Router, pages: StudioPages, deps: StudioDeps): void {
  const { pronto, config } = deps;
  const now = deps.now ?? (() => new Date());
  const report = createKnowledgeReports(pronto, config);
  const evaluations = createEvaluations(deps);

  pages.page(
    '/knowledge',
    (request) => {
      const filter = filterOf(request);
      const current = report();
      return { ...current, filter, entries: filterEntries(current, filter), allEntries: current.entries.length };
    },
    (data, request) => ({
      title: 'Knowledge',
      section: 'knowledge',
      autoReload: true,
      body: renderKnowledgePage(request.baseUrl, report(), data.filter),
    }),
  );

  pages.page(
    '/knowledge/:id',
    (request) => report().entries.find((entry) => entry.id === request.params.id),
    (entry, request) => ({ title: entry.id, section: 'knowledge', autoReload: true, body: renderEntryPage(request.baseUrl, entry) }),
  );

  pages.page(
    '/knowledge/:id/try',
    async (request) => {
      const entry = report().entries.find((candidate) => candidate.id === request.params.id);
      return entry === undefined ? undefined : { entry, tried: await tryEntry(pronto, entry.translations, now()) };
    },
    ({ entry, tried }, request) => ({ title: `Try ${entry.id}`, section: 'knowledge', body: renderEntryPage(request.baseUrl, entry, tried) }),
  );

  pages.page('/eval', () => evaluations(), (view, request) => ({ title: 'Knowledge evaluation', section: 'knowledge', autoReload: true, body: renderEvalPage(request.baseUrl, view) }));
}

function filterOf(request: Request): KnowledgeFilter {
  const read = (name: string) => (typeof request.query[name] === 'string' ? (request.query[name] as string) : '');
  return { folder: read('folder'), lang: read('lang'), kind: read('kind') };
}

/** kb eval over the eval file, computed again only when the knowledge or the file changed. */
function createEvaluations(deps: StudioDeps): () => Promise<EvalView> {
  const { pronto, config, evalFile } = deps;
  const threshold = config.settings.answerThreshold;
  let cached: { key: string; view: EvalView } | undefined;
  return async () => {
    if (evalFile === undefined) return { errors: [], threshold };
    let source: string;
    let key: string;
    try {
      key = `${pronto.version()}:${(await stat(evalFile)).mtimeMs}`;
      if (cached?.key === key) return cached.view;
      source = await readFile(evalFile, 'utf8');
    } catch (error) {
      return { file: evalFile, errors: [`cannot read ${evalFile}: ${(error as Error).message}`], threshold };
    }
    const { cases, errors } = parseEvalCases(source);
    const report = evaluateKnowledge(pronto.knowledge(), cases, { threshold, defaultLang: config.settings.defaultLang, now: new Date() });
    cached = { key, view: { file: evalFile, report, errors, threshold } };
    return cached.view;
  };
}
