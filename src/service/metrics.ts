// Prometheus metrics of the live service (GET /metrics). One registry per service instance, so
// tests can start several in one process.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { LlmMetrics } from '../llm/llm-metrics.ts';

export type ServiceMetrics = ReturnType<typeof createMetrics>;

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pronto_process_' });
  const registers = [registry];
  return {
    registry,
    messagesIn: new Counter({
      name: 'pronto_messages_in_total',
      help: 'Inbound messages new to the queue, by channel and kind (mention or dm): a redelivered or both pushed and polled message counts once.',
      labelNames: ['channel', 'kind'] as const,
      registers,
    }),
    messagesRejected: new Counter({
      name: 'pronto_messages_rejected_total',
      help: 'Inbound items that could not be read (malformed payloads), by channel.',
      labelNames: ['channel'] as const,
      registers,
    }),
    messagesIgnored: new Counter({
      name: 'pronto_messages_ignored_total',
      help: "Inbound webhook items deliberately left alone (the brand's own, echoes, reactions, removals, other fields), by channel and reason.",
      labelNames: ['channel', 'reason'] as const,
      registers,
    }),
    actions: new Counter({
      name: 'pronto_actions_total',
      help: 'Actions delivered, by channel and type (reply, dm, handoff, ignore).',
      labelNames: ['channel', 'type'] as const,
      registers,
    }),
    firstResponseSeconds: new Histogram({
      name: 'pronto_first_response_seconds',
      help: 'Time from the customer posting to the first reply, DM or handoff being delivered, by channel.',
      labelNames: ['channel'] as const,
      buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600],
      registers,
    }),
    processingSeconds: new Histogram({
      name: 'pronto_processing_seconds',
      help: 'Time Pronto spends on one message, vendor API calls included, by channel.',
      labelNames: ['channel'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    handoffsOpen: new Gauge({
      name: 'pronto_handoffs_open',
      help: 'Handoffs opened by this instance and not yet taken by an agent (until the Slack desk tracks them).',
      registers,
    }),
    vendorErrors: new Counter({
      name: 'pronto_vendor_api_errors_total',
      help: 'Vendor API errors, by channel and error code.',
      labelNames: ['channel', 'code'] as const,
      registers,
    }),
    rateLimitWaits: new Counter({
      name: 'pronto_rate_limit_waits_total',
      help: 'Times a vendor API answered 429 and work waited for the reset, by channel.',
      labelNames: ['channel'] as const,
      registers,
    }),
    xRequests: new Counter({
      name: 'pronto_x_requests_total',
      help: 'Requests made to the X API (billed per use), by endpoint.',
      labelNames: ['endpoint'] as const,
      registers,
    }),
    xRequestBudget: new Gauge({
      name: 'pronto_x_request_budget_remaining',
      help: 'Requests left in the current 15-minute budget window (X_REQUEST_BUDGET_PER_15_MIN).',
      registers,
    }),
    handoffsOpened: new Counter({
      name: 'pronto_handoffs_opened_total',
      help: 'Handoffs posted to the agents desk, by priority and reason (a handoff counts once per reason).',
      labelNames: ['priority', 'reason'] as const,
      registers,
    }),
    firstHumanResponseSeconds: new Histogram({
      name: 'pronto_first_human_response_seconds',
      help: 'Time from a handoff being opened to the first reply an agent sent to the customer.',
      buckets: [60, 300, 900, 1800, 3600, 7200, 14400, 86400],
      registers,
    }),
    draftsSent: new Counter({
      name: 'pronto_drafts_sent_total',
      help: 'Agent replies sent from Slack: the draft as is (edited="false") or edited (edited="true"), by who wrote the draft (composer: templates, none, or the model\'s name); the share sent as is tells how good each composer\'s drafts are.',
      labelNames: ['edited', 'composer'] as const,
      registers,
    }),
    llmRequests: new Counter({
      name: 'pronto_llm_requests_total',
      help: 'Requests to the model, by task (grounded_answer, handoff_draft) and outcome: accepted, rejected (by the acceptance checks), invalid, refused, too_long, timeout, rate_limited, server_error, unreachable, client_error, or skipped while the circuit is open.',
      labelNames: ['task', 'outcome'] as const,
      registers,
    }),
    llmSeconds: new Histogram({
      name: 'pronto_llm_request_seconds',
      help: 'Time from sending a request to the model to its reply, by task.',
      labelNames: ['task'] as const,
      buckets: [0.1, 0.25, 0.5, 1, 2, 3, 5, 8, 13],
      registers,
    }),
    llmTokens: new Counter({
      name: 'pronto_llm_tokens_total',
      help: 'Tokens the endpoint reported, by task and direction (in: the prompt, out: the reply).',
      labelNames: ['task', 'direction'] as const,
      registers,
    }),
    llmRejections: new Counter({
      name: 'pronto_llm_rejections_total',
      help: "Model replies not used, by task and the check that stopped them (schema, status, length, citations, quotes, placeholder, instructions, abuse, language, claims, grounding); the offline text was sent instead.",
      labelNames: ['task', 'check'] as const,
      registers,
    }),
    deadlineMisses: new Counter({
      name: 'pronto_deadline_misses_total',
      help: 'Handoffs whose first-response deadline passed without an agent reply, by priority.',
      labelNames: ['priority'] as const,
      registers,
    }),
    deliveryFailures: new Counter({
      name: 'pronto_delivery_failures_total',
      help: 'Messages handed to a human because delivery kept failing, by channel.',
      labelNames: ['channel'] as const,
      registers,
    }),
  };
}

/** The LLM composer's measurements as Prometheus series. */
export function llmMetricsOf(metrics: ServiceMetrics): LlmMetrics {
  return {
    requested(task, outcome, seconds, usage) {
      metrics.llmRequests.inc({ task, outcome });
      if (outcome !== 'skipped') metrics.llmSeconds.observe({ task }, seconds);
      if (usage !== undefined) {
        metrics.llmTokens.inc({ task, direction: 'in' }, usage.input);
        metrics.llmTokens.inc({ task, direction: 'out' }, usage.output);
      }
    },
    rejected(task, check) {
      metrics.llmRejections.inc({ task, check });
    },
  };
}
