// What the LLM composer measures. The service counts it with prom-client (service/metrics.ts);
// the eval and the bench tally it in memory (createLlmTally).
import type { RejectionCheck } from './accept-model-text.ts';
import type { ModelFailure, TokenUsage } from './chat-model.ts';
import type { LlmTask } from './llm-schemas.ts';

/**
 * How one request ended: its text `accepted` or `rejected` by the checks, a model failure, or
 * `skipped` because the circuit breaker is open (no request was sent).
 */
export type LlmOutcome = 'accepted' | 'rejected' | ModelFailure | 'skipped';

export interface LlmMetrics {
  requested(task: LlmTask, outcome: LlmOutcome, seconds: number, usage?: TokenUsage): void;
  /** A reply not used, by the check that stopped it (`schema` for replies that were not the JSON asked for). */
  rejected(task: LlmTask, check: RejectionCheck): void;
}

export interface LlmTally extends LlmMetrics {
  /** `task outcome` → count. */
  outcomes: Map<string, number>;
  /** `task check` → count. */
  rejections: Map<string, number>;
  seconds: number[];
  tokens: TokenUsage;
}

export function createLlmTally(): LlmTally {
  const tally: LlmTally = {
    outcomes: new Map(),
    rejections: new Map(),
    seconds: [],
    tokens: { input: 0, output: 0 },
    requested(task, outcome, seconds, usage) {
      bump(tally.outcomes, `${task} ${outcome}`);
      if (outcome !== 'skipped') tally.seconds.push(seconds);
      if (usage !== undefined) {
        tally.tokens.input += usage.input;
        tally.tokens.output += usage.output;
      }
    },
    rejected(task, check) {
      bump(tally.rejections, `${task} ${check}`);
    },
  };
  return tally;
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
