// Pronto as a brand runs it with a model: the example knowledge, the shipped prompts, the real
// LangChain client pointed at the local fake OpenAI API, and a tally of what the composer counted.
import path from 'node:path';
import { createPronto, type Pronto } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { InboundMessage } from '../../src/core/model.ts';
import type { Clock, ConversationStore, Logger, VectorCache } from '../../src/core/ports.ts';
import { createLlmTally, type LlmTally } from '../../src/llm/llm-metrics.ts';
import { FAKE_API_KEY, type FakeOpenAiApi } from '../support/fake-openai-api.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const MODEL = 'gpt-fake-mini';
const CLOCK: Clock = { now: () => new Date('2026-11-18T09:30:00Z') };
const silent: Logger = { info() {}, warn() {}, error() {} };

export interface LlmScenario {
  pronto: Pronto;
  tally: LlmTally;
}

export async function startLlmPronto(
  api: FakeOpenAiApi,
  options: { env?: Record<string, string>; store?: ConversationStore & Partial<VectorCache>; log?: Logger; breakerClock?: () => number } = {},
): Promise<LlmScenario> {
  const config = loadConfig(
    {
      PRONTO_BRAND_HANDLES: 'LumoAiuta',
      PRONTO_LLM_MODEL: MODEL,
      OPENAI_BASE_URL: api.baseUrl,
      OPENAI_API_KEY: FAKE_API_KEY,
      PRONTO_LLM_TIMEOUT_MS: '3000',
      ...options.env,
    },
    ROOT,
  );
  const tally = createLlmTally();
  const pronto = await createPronto({
    config,
    log: options.log ?? silent,
    clock: CLOCK,
    llmMetrics: tally,
    ...(options.breakerClock ? { llmBreakerClock: options.breakerClock } : {}),
    ...(options.store ? { store: options.store } : {}),
    ...(options.store?.loadVectors && options.store.saveVectors ? { vectors: options.store as VectorCache } : {}),
  });
  return { pronto, tally };
}

let ids = 0;

/** A public mention to @LumoAiuta on X, from Mario Rossi. */
export function aMention(text: string, overrides: Partial<InboundMessage> = {}): InboundMessage {
  const id = `m${++ids}`;
  return {
    id,
    channel: 'twitter',
    kind: 'mention',
    conversationId: `c-${id}`,
    author: { id: 'u42', handle: 'mrossi', name: 'Mario Rossi', followers: 80 },
    text: `@LumoAiuta ${text}`,
    at: CLOCK.now().toISOString(),
    ...overrides,
  };
}

/** Counts of a tally as a plain object, for readable assertions. */
export function countsOf(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort());
}
