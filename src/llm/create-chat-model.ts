// The model behind the port: LangChain's ChatOpenAI (built on the openai SDK) pointed at any
// OpenAI-compatible endpoint, with structured output (strict JSON schema, temperature 0). Every
// failure comes back as data (chat-model.ts); nothing here retries: the composer decides, within
// its deadline, and the circuit breaker keeps a failing endpoint from being called.
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { ChatOpenAI } from '@langchain/openai';
import { APIConnectionError, APIConnectionTimeoutError, APIError, ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/core/error';
import type { LlmConfig } from '../config.ts';
import type { ModelCall, ModelFailure, ModelResult, StructuredChatModel, TokenUsage } from './chat-model.ts';
import { LLM_SCHEMAS, LLM_TASKS, type LlmOutputs, type LlmTask } from './llm-schemas.ts';

/**
 * Output tokens a reply may use: a 1,500-character answer is about 400 tokens, plus the JSON
 * and its citations. A model that runs on past it is cut off (`finish_reason: length`) and its
 * text is not used.
 */
const MAX_OUTPUT_TOKENS = 800;
/** Longest failure detail kept: enough to tell what went wrong, never a whole reply. */
const DETAIL_MAX_CHARS = 200;

interface StructuredReply {
  raw: { usage_metadata?: { input_tokens?: number; output_tokens?: number } };
  parsed: unknown;
}

interface Runner {
  invoke(messages: (SystemMessage | HumanMessage)[], options: { signal: AbortSignal }): Promise<StructuredReply>;
}

export function createChatModel(config: Pick<LlmConfig, 'model' | 'baseUrl' | 'apiKey' | 'timeoutMs'>): StructuredChatModel {
  const chat = new ChatOpenAI({
    model: config.model,
    apiKey: config.apiKey,
    configuration: { baseURL: config.baseUrl },
    temperature: 0,
    maxTokens: MAX_OUTPUT_TOKENS,
    // Retries are the composer's: one, within the message's deadline, honouring retry-after.
    maxRetries: 0,
    timeout: config.timeoutMs,
  });
  const runners = Object.fromEntries(
    LLM_TASKS.map((task) => [
      task,
      chat.withStructuredOutput(LLM_SCHEMAS[task], { name: task, method: 'jsonSchema', strict: true, includeRaw: true }) as unknown as Runner,
    ]),
  ) as Record<LlmTask, Runner>;

  return {
    name: config.model,
    async complete<K extends LlmTask>(call: ModelCall<K>): Promise<ModelResult<K>> {
      try {
        const reply = await runners[call.task].invoke([new SystemMessage(call.system), new HumanMessage(call.user)], { signal: call.signal });
        const usage = usageOf(reply);
        // With Structured Outputs a refusal comes with no content, so nothing was parsed.
        if (reply.parsed === null || reply.parsed === undefined) {
          return { ok: false, failure: 'refused', detail: 'the model refused to answer', ...(usage ? { usage } : {}) };
        }
        return { ok: true, value: reply.parsed as LlmOutputs[K], ...(usage ? { usage } : {}) };
      } catch (error) {
        return { ok: false, ...classifyError(error, call.signal) };
      }
    },
  };
}

function usageOf(reply: StructuredReply): TokenUsage | undefined {
  const usage = reply.raw.usage_metadata;
  if (usage === undefined) return undefined;
  return { input: usage.input_tokens ?? 0, output: usage.output_tokens ?? 0 };
}

/** What went wrong, as the composer counts it; the detail never holds the prompt. */
export function classifyError(error: unknown, signal: AbortSignal): { failure: ModelFailure; detail: string; retryAfterMs?: number } {
  const detail = cut(error instanceof Error ? error.message : String(error));
  if (signal.aborted) return { failure: 'timeout', detail: 'the deadline passed' };
  if (error instanceof LengthFinishReasonError) return { failure: 'too_long', detail: 'the reply was cut off at the output limit' };
  if (error instanceof ContentFilterFinishReasonError) return { failure: 'refused', detail: 'the content filter stopped the reply' };
  if (error instanceof APIError && typeof error.status === 'number') {
    if (error.status === 429) {
      const retryAfterMs = retryAfterOf(error.headers);
      return { failure: 'rate_limited', detail, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
    }
    if (error.status >= 500) return { failure: 'server_error', detail };
    return { failure: 'client_error', detail };
  }
  const name = error instanceof Error ? error.name : '';
  if (error instanceof APIConnectionTimeoutError || name === 'TimeoutError') return { failure: 'timeout', detail };
  if (error instanceof APIConnectionError || name === 'AbortError') return { failure: 'unreachable', detail };
  // Prose instead of JSON (SyntaxError), JSON that does not match the schema (ZodError), or a
  // parser's complaint: the reply is not an answer.
  return { failure: 'invalid', detail };
}

/**
 * The wait the endpoint asked for: `retry-after-ms` (OpenAI sends it), else `retry-after` in
 * seconds or as an HTTP date (RFC 9110, 10.2.3), as the openai SDK reads them.
 */
export function retryAfterOf(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  const milliseconds = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers?.get('retry-after');
  if (value === null || value === undefined) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function cut(text: string): string {
  return text.length <= DETAIL_MAX_CHARS ? text : `${text.slice(0, DETAIL_MAX_CHARS - 1)}…`;
}
