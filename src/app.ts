// Builds the object graph from a validated Config. Entry points (the `pronto` command, the
// service, tests) call this; none of them wires parts by hand.
import type { Clock, ConversationStore, KnowledgeIndex, Logger, SemanticRanker, VectorCache } from './core/ports.ts';
import type { KnowledgeEntry } from './core/model.ts';
import { createResponder, type Responder, type ResponderDeps } from './core/responder.ts';
import type { Config } from './config.ts';
import { loadKnowledge } from './knowledge/load-knowledge.ts';
import type { KnowledgeProblem } from './knowledge/parse-entry.ts';
import { createKnowledgeIndex } from './knowledge/create-knowledge-index.ts';
import { watchKnowledge } from './knowledge/watch-knowledge.ts';
import { loadReplyTemplates } from './llm/load-reply-templates.ts';
import { createOfflineComposer } from './llm/offline-composer.ts';
import type { LlmMetrics } from './llm/llm-metrics.ts';
import { startLlmComposer } from './llm/start-llm-composer.ts';
import type { StructuredChatModel } from './llm/chat-model.ts';
import { DRAFT_BY_TEMPLATES } from './llm/write-handoff-draft.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { trainFailingNowModel } from './core/triage/score-failing-now.ts';
import { trainSincereThanksModel } from './core/triage/score-sincere-thanks.ts';
import { trainUrgentModels } from './core/triage/score-urgent.ts';
import { createSemanticRanker } from './knowledge/create-semantic-ranker.ts';
import { createEmbedder } from './llm/create-embedder.ts';

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
  /** Where the LLM composer counts its requests (the service's Prometheus metrics, an eval's tally). */
  llmMetrics?: LlmMetrics;
  /** Another model behind the LLM composer's port (the latency bench's zero-latency one). */
  llmModel?: StructuredChatModel;
  /** Milliseconds for the LLM circuit breaker (Date.now by default; tests skew it). */
  llmBreakerClock?: () => number;
  /** Where embedding vectors are kept (the service's store); in memory by default. */
  vectors?: VectorCache;
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
  /** Who writes the texts: `templates`, or the model's name. */
  composerName: string;
  close(): Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };

const NO_LLM_METRICS: LlmMetrics = { requested() {}, rejected() {} };

export async function createPronto(options: ProntoOptions): Promise<Pronto> {
  const { config, log } = options;
  trainFailingNowModel();
  trainUrgentModels();
  trainSincereThanksModel();
  const loaded = await loadKnowledge(config.knowledgeDir);
  const rankerFor = semanticRankerFactory(config, log, options.vectors ?? createMemoryStore());
  let current = {
    entries: loaded.entries,
    problems: loaded.problems,
    index: createKnowledgeIndex(loaded.entries),
    semantic: rankerFor(loaded.entries),
  };
  // The first messages are ranked with the vectors; later reloads switch once theirs are ready.
  await current.semantic?.ready;
  let version = 0;
  reportProblems(log, current.problems);
  log.info({ entries: current.entries.length, dir: config.knowledgeDir }, 'knowledge.loaded');

  const watcher = options.watch
    ? watchKnowledge(config.knowledgeDir, (reloaded) => {
        current = {
          entries: reloaded.entries,
          problems: reloaded.problems,
          index: createKnowledgeIndex(reloaded.entries),
          semantic: rankerFor(reloaded.entries),
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
  const offline = createOfflineComposer({ templates, settings: config.settings });
  const composer = config.llm
    ? await startLlmComposer({
        config: config.llm,
        offline,
        promptsDir: config.promptsDir,
        templates,
        settings: config.settings,
        log,
        metrics: options.llmMetrics ?? NO_LLM_METRICS,
        ...(options.llmModel ? { model: options.llmModel } : {}),
        ...(options.llmBreakerClock ? { breakerClock: options.llmBreakerClock } : {}),
      })
    : offline;
  const responderWith: Pronto['responderWith'] = (deps) =>
    createResponder({
      knowledge: () => current.index,
      semantic: () => current.semantic,
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
    composerName: config.llm?.model ?? DRAFT_BY_TEMPLATES,
    close: async () => {
      await watcher?.close();
    },
  };
}

/** Builds the semantic ranker of a knowledge load, when embeddings are configured. */
function semanticRankerFactory(config: Config, log: Logger, cache: VectorCache) {
  const llm = config.llm;
  const floor = config.settings.groundedAnswerFloor;
  if (llm?.embeddingsModel === undefined || floor === undefined) return () => undefined;
  const embedder = createEmbedder(llm, llm.embeddingsModel);
  return (entries: KnowledgeEntry[]): (SemanticRanker & { ready: Promise<void> }) | undefined =>
    createSemanticRanker({
      embedder,
      model: llm.embeddingsModel!,
      cache,
      entries,
      minSimilarity: llm.embeddingsMinSimilarity,
      floor,
      timeoutMs: llm.timeoutMs,
      log,
    });
}

function reportProblems(log: Logger, problems: KnowledgeProblem[]): void {
  for (const problem of problems) {
    const data = { file: problem.file, field: problem.field, problem: problem.message, fix: problem.fix };
    if (problem.severity === 'error') log.error(data, 'knowledge.problem_found');
    else log.warn(data, 'knowledge.warning_found');
  }
}
