// The port the LLM composer calls a model through: one structured completion per task, with
// every way it can go wrong named, so the composer can fall back and count why. The LangChain
// implementation is create-chat-model.ts; a bench may plug in a zero-latency one.
import type { LlmOutputs, LlmTask } from './llm-schemas.ts';

export interface ModelCall<K extends LlmTask = LlmTask> {
  task: K;
  system: string;
  user: string;
  signal: AbortSignal;
}

export interface TokenUsage {
  input: number;
  output: number;
}

/**
 * Why a call gave no usable reply. `invalid`: not JSON, or JSON with fields missing or extra;
 * `refused`: the model declined (a refusal or a content filter); `too_long`: cut off at the
 * output limit; `timeout`: our deadline passed; `rate_limited`: 429 (with `retryAfterMs` when
 * the endpoint said how long); `server_error`: 5xx; `unreachable`: no connection;
 * `client_error`: any other 4xx (a wrong key, model or URL: a configuration problem).
 */
export type ModelFailure =
  | 'invalid'
  | 'refused'
  | 'too_long'
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'unreachable'
  | 'client_error';

export type ModelResult<K extends LlmTask = LlmTask> =
  | { ok: true; value: LlmOutputs[K]; usage?: TokenUsage }
  | { ok: false; failure: ModelFailure; detail: string; retryAfterMs?: number; usage?: TokenUsage };

export interface StructuredChatModel {
  /** The model's name, shown to agents as the draft's author. */
  readonly name: string;
  complete<K extends LlmTask>(call: ModelCall<K>): Promise<ModelResult<K>>;
}

/** Failures that say the endpoint is in trouble (not the model's answer): they open the breaker. */
export function isEndpointFailure(failure: ModelFailure): boolean {
  return failure === 'timeout' || failure === 'rate_limited' || failure === 'server_error' || failure === 'unreachable';
}
