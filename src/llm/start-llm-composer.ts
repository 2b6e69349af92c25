// Builds the LLM composer from the configuration: the prompts (checked), the model client, the
// circuit breaker, and a first look at the endpoint, so an operator learns at start, in one
// clear log line, that the model cannot be reached (the offline composer writes meanwhile).
import OpenAI from 'openai';
import type { LlmConfig } from '../config.ts';
import type { AnswerComposer, Logger } from '../core/ports.ts';
import type { ResponderSettings } from '../core/settings.ts';
import type { StructuredChatModel } from './chat-model.ts';
import { createChatModel } from './create-chat-model.ts';
import { createCircuitBreaker, type CircuitBreaker } from './circuit-breaker.ts';
import { createLlmComposer } from './llm-composer.ts';
import type { LlmMetrics } from './llm-metrics.ts';
import { loadLlmPrompts } from './load-llm-prompts.ts';
import type { OfflineComposer } from './offline-composer.ts';
import type { ReplyTemplates } from './load-reply-templates.ts';

export interface LlmComposerStart {
  config: LlmConfig;
  offline: OfflineComposer;
  promptsDir: string;
  templates: ReplyTemplates;
  settings: ResponderSettings;
  log: Logger;
  metrics: LlmMetrics;
  /** Another model behind the same port (the latency bench's zero-latency one). */
  model?: StructuredChatModel;
  /** Milliseconds for the circuit breaker (Date.now by default). */
  breakerClock?: () => number;
}

/** How long the breaker stays open when the endpoint cannot be reached at start. */
const UNREACHABLE_AT_START_PAUSE_MS = 30_000;

export async function startLlmComposer(start: LlmComposerStart): Promise<AnswerComposer> {
  const { config, log } = start;
  const prompts = await loadLlmPrompts(start.promptsDir, start.templates);
  const breaker = createCircuitBreaker(start.breakerClock ? { now: start.breakerClock } : {});
  await probeEndpoint(config, log, breaker);
  log.info({ model: config.model, baseUrl: config.baseUrl, timeoutMs: config.timeoutMs }, 'llm.composer_started');
  return createLlmComposer({
    offline: start.offline,
    model: start.model ?? createChatModel(config),
    prompts,
    settings: start.settings,
    timeoutMs: config.timeoutMs,
    breaker,
    metrics: start.metrics,
    log,
  });
}

/**
 * Lists the endpoint's models (GET /models, which OpenAI, Azure's v1 API, Ollama, vLLM and LM
 * Studio all serve). Unreachable: an error line that says what to check, and the breaker opens
 * so the first messages do not each wait for the timeout. A model not in the list: a warning
 * (some gateways list only some of theirs).
 */
async function probeEndpoint(config: LlmConfig, log: Logger, breaker: CircuitBreaker): Promise<void> {
  const client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseUrl, maxRetries: 0, timeout: config.timeoutMs });
  try {
    const models: string[] = [];
    for await (const model of client.models.list()) models.push(model.id);
    if (!models.includes(config.model)) {
      log.warn({ model: config.model, baseUrl: config.baseUrl, listed: models.slice(0, 20), fix: 'check PRONTO_LLM_MODEL (for Ollama: ollama pull <model>)' }, 'llm.model_not_listed');
    }
  } catch (error) {
    breaker.failed(UNREACHABLE_AT_START_PAUSE_MS);
    log.error(
      {
        baseUrl: config.baseUrl,
        model: config.model,
        reason: error instanceof Error ? error.message : String(error),
        fix: 'check OPENAI_BASE_URL, OPENAI_API_KEY and that the server runs; until it answers, the offline composer writes every text',
      },
      'llm.endpoint_unreachable',
    );
  }
}
