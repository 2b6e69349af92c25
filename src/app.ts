// Builds the object graph from a validated Config. Entry points (the `pronto` command, the
// service, tests) call this; none of them wires parts by hand.
import type { Clock, ConversationStore, KnowledgeIndex, Logger } from './core/ports.ts';
import type { KnowledgeEntry } from './core/model.ts';
import { createResponder, type Responder, type ResponderDeps } from './core/responder.ts';
import type { Config } from './config.ts';
import { loadKnowledge } from './knowledge/load-knowledge.ts';
import type { KnowledgeProblem } from './knowledge/parse-entry.ts';
import { createKnowledgeIndex } from './knowledge/create-knowledge-index.ts';
import { watchKnowledge } from './knowledge/watch-knowledge.ts';
import { loadReplyTemplates } from './llm/load-reply-templates.ts';
import { createOfflineComposer } from './llm/offline-composer.ts';
import { createMemoryStore } from './store/memory-store.ts';

export interface ProntoOptions {
  config: Config;
  log: Logger;
  store?: ConversationStore;
  clock?: Clock;
  /** Reload the knowledge folder when it changes (long-running processes). */
  watch?: boolean;
  /** Live service: keep the first decision per message (see ResponderDeps). */
  decisions?: ResponderDeps['decisions'];
  /** Live service: the reply address stored with each conversation. */
  replyAddressOf?: ResponderDeps['replyAddressOf'];
}

export interface Pronto {
  responder: Responder;
  knowledge(): KnowledgeIndex;
  entries(): KnowledgeEntry[];
  /** Problems found in the knowledge folder at the last (re)load. */
  problems(): KnowledgeProblem[];
  /** How many times the knowledge was reloaded: a page showing it can tell it changed. */
  version(): number;
  /**
   * Another responder over the same knowledge and composer with its own state (the Studio's
   * playground, a sandbox beside the live service).
   */
  responderWith(options: Pick<ResponderDeps, 'store'> & Partial<Pick<ResponderDeps, 'decisions' | 'replyAddressOf' | 'clock'>>): Responder;
  close(): Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };

export async function createPronto(options: ProntoOptions): Promise<Pronto> {
  const { config, log } = options;
  const loaded = await loadKnowledge(config.knowledgeDir);
  let current = {
    entries: loaded.entries,
    problems: loaded.problems,
    index: createKnowledgeIndex(loaded.entries),
  };
  let version = 0;
  reportProblems(log, current.problems);
  log.info({ entries: current.entries.length, dir: config.knowledgeDir }, 'knowledge.loaded');

  const watcher = options.watch
    ? watchKnowledge(config.knowledgeDir, (reloaded) => {
        current = {
          entries: reloaded.entries,
          problems: reloaded.problems,
          index: createKnowledgeIndex(reloaded.entries),
        };
        version += 1;
        reportProblems(log, reloaded.problems);
        log.info({ entries: reloaded.entries.length }, 'knowledge.reloaded');
      }, {
        // The last good knowledge stays in use; the operator learns why reloading stopped.
        onError: (error) => log.error({ err: error, dir: config.knowledgeDir }, 'knowledge.reload_failed'),
      })
    : undefined;

  const templates = await loadReplyTemplates(config.promptsDir);
  const composer = createOfflineComposer({ templates, settings: config.settings });
  const responderWith: Pronto['responderWith'] = (deps) =>
    createResponder({
      knowledge: () => current.index,
      composer,
      clock: systemClock,
      settings: config.settings,
      log,
      ...deps,
    });
  const responder = responderWith({
    store: options.store ?? createMemoryStore(),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.decisions ? { decisions: options.decisions } : {}),
    ...(options.replyAddressOf ? { replyAddressOf: options.replyAddressOf } : {}),
  });

  return {
    responder,
    knowledge: () => current.index,
    entries: () => current.entries,
    problems: () => current.problems,
    version: () => version,
    responderWith,
    close: async () => {
      await watcher?.close();
    },
  };
}

function reportProblems(log: Logger, problems: KnowledgeProblem[]): void {
  for (const problem of problems) {
    const data = { file: problem.file, field: problem.field, problem: problem.message, fix: problem.fix };
    if (problem.severity === 'error') log.error(data, 'knowledge.problem_found');
    else log.warn(data, 'knowledge.warning_found');
  }
}
