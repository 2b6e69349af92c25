// The LLM composer: the policy's plan, with a model writing the text of some steps. The model
// never decides what to do (core/policy.ts does); it writes a grounded answer for an `answer`
// or `answer-if-grounded` step and a draft for a `handoff` step. Everything it sees has personal
// data replaced by placeholders, and its text is used only when every acceptance check passes.
// The offline composer's text is written first and stands whenever the model fails, is rejected,
// or has not answered by the deadline: a message is never lost, nor delayed past the timeout.
import type { Action, MessageKind, Plan, PlanStep } from '../core/model.ts';
import type { AnswerComposer, ComposeContext, Logger } from '../core/ports.ts';
import type { ResponderSettings } from '../core/settings.ts';
import { createPseudonymizer, type Pseudonymizer } from '../privacy/pseudonymize-personal-data.ts';
import { bareId, checkGroundedAnswer, checkHandoffDraft, checkSummary, fitsWhere, type AcceptanceContext, type Rejection, type SentEntry } from './accept-model-text.ts';
import { renderGroundedAnswerData, renderHandoffDraftData, type PromptTurn } from './build-llm-messages.ts';
import { isEndpointFailure, type ModelResult, type StructuredChatModel, type TokenUsage } from './chat-model.ts';
import type { CircuitBreaker } from './circuit-breaker.ts';
import { countTweetChars, fitToChannel, MAX_TWEET_CHARS } from './fit-to-channel.ts';
import type { LlmMetrics } from './llm-metrics.ts';
import { languageName, type LlmPrompts } from './load-llm-prompts.ts';
import type { LlmOutputs, LlmTask } from './llm-schemas.ts';
import type { ModelDraft, ModelTexts, OfflineComposer } from './offline-composer.ts';
import type { Written } from './write-handoff-draft.ts';

export interface LlmComposerDeps {
  offline: OfflineComposer;
  model: StructuredChatModel;
  prompts: LlmPrompts;
  settings: ResponderSettings;
  /** The longest a message waits for the model (PRONTO_LLM_TIMEOUT_MS). */
  timeoutMs: number;
  breaker: CircuitBreaker;
  metrics: LlmMetrics;
  log: Logger;
  /** Milliseconds, for deadlines and latency (performance.now by default). */
  clock?: () => number;
}

/**
 * Longest text outside a public post on X (DMs, other channels): Messenger's 2,000-character
 * limit with room for the greeting and a link.
 */
export const MAX_PRIVATE_CHARS = 1_500;
/** Share of the room the prompt states: models count characters loosely, the check counts exactly. */
const STATED_LIMIT_SHARE = 0.85;
/**
 * Longest customer text sent (a message, a turn): far above any post or DM, and it keeps a
 * pasted essay from costing thousands of tokens.
 */
const MAX_DATA_CHARS = 2_000;
/** Longest summary line a model may give for the agent's card. */
const MAX_SUMMARY_CHARS = 200;

type HandoffStep = Extract<PlanStep, { do: 'handoff' }>;
/** A reply that parsed, on its way to the checks. */
interface Answered<K extends LlmTask> {
  value: LlmOutputs[K];
  started: number;
  usage?: TokenUsage;
}
type GroundedStep = Extract<PlanStep, { do: 'answer' | 'answer-if-grounded' }>;

export function createLlmComposer(deps: LlmComposerDeps): AnswerComposer {
  const clock = deps.clock ?? (() => performance.now());
  return {
    async compose(plan, context) {
      // The offline text first: it is the answer whenever the model's is not used.
      const fallback = await deps.offline.compose(plan, context);
      const steps = plan.flatMap((step) => (step.do === 'answer-if-grounded' ? [step, ...step.fallback] : [step]));
      if (!steps.some((step) => step.do === 'answer' || step.do === 'answer-if-grounded' || step.do === 'handoff')) return fallback;

      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), deps.timeoutMs);
      const run = createRun(deps, context, fallback, { signal: deadline.signal, deadlineAt: clock() + deps.timeoutMs, clock });
      const answers = new Map<PlanStep, { step: PlanStep; written: Written }>();
      const drafts = new Map<PlanStep, ModelDraft>();
      const effective = plan.flatMap((step) => (step.do === 'answer-if-grounded' ? step.fallback : [step]));
      const jobs = steps.map(async (step) => {
        if (step.do === 'answer' || step.do === 'answer-if-grounded') {
          const answer = await run.groundedAnswer(step);
          if (answer !== undefined) answers.set(step, answer);
        } else if (step.do === 'handoff') {
          const index = effective.indexOf(step);
          const movedToDm = effective.slice(0, Math.max(0, index)).some((earlier) => earlier.do === 'dm');
          const draft = await run.handoffDraft(step, movedToDm || context.message.kind === 'dm' ? 'dm' : 'reply');
          if (draft !== undefined) drafts.set(step, draft);
        }
      });
      try {
        // Whatever is accepted by the deadline is used; a reply still on its way is not waited for.
        await Promise.race([Promise.all(jobs), aborted(deadline.signal)]);
      } finally {
        clearTimeout(timer);
        deadline.abort();
      }
      if (answers.size === 0 && drafts.size === 0) return fallback;
      return deps.offline.composeWith(finalPlan(plan, answers), context, textsOf(answers, drafts));
    },
  };
}

/** The plan with each accepted `answer-if-grounded` step as the answer it became. */
function finalPlan(plan: Plan, answers: ReadonlyMap<PlanStep, { step: PlanStep }>): Plan {
  return plan.map((step) => (step.do === 'answer-if-grounded' ? (answers.get(step)?.step ?? step) : step));
}

function textsOf(answers: ReadonlyMap<PlanStep, { step: PlanStep; written: Written }>, drafts: Map<PlanStep, ModelDraft>): ModelTexts {
  return { answers: new Map([...answers.values()].map(({ step, written }) => [step, written])), drafts };
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

interface RunTiming {
  signal: AbortSignal;
  deadlineAt: number;
  clock: () => number;
}

/** One message's requests: one pseudonymizer, so a value is the same placeholder everywhere. */
function createRun(deps: LlmComposerDeps, context: ComposeContext, fallback: Action[], timing: RunTiming) {
  const { message, triage, knowledge } = context;
  const lang = triage.lang;
  const pseudonymizer: Pseudonymizer = createPseudonymizer([message.author.name ?? '', message.author.handle ?? '']);
  const pseudonymize = (text: string) => pseudonymizer.pseudonymize(cut(text, MAX_DATA_CHARS));
  const customer = pseudonymize(message.text);
  const referenced = message.refersTo === undefined ? undefined : pseudonymize(message.refersTo.text);
  const greeting = deps.offline.greetingFor(context);
  const language = languageName(lang);
  const log = (data: object) => ({ event: message.id, ...data });

  /** The entries in the customer's language whose text may go where `kind` sends it. */
  function entriesFor(ids: readonly string[], kind: MessageKind): SentEntry[] {
    return ids.flatMap((id) => {
      const entry = knowledge.entry(id, lang);
      if (entry === undefined || (entry.visibility === 'private' && kind === 'mention')) return [];
      return [{ id: entry.id, title: entry.title, body: entry.body, ...(entry.link === undefined ? {} : { link: entry.link }) }];
    });
  }

  function acceptance(entries: SentEntry[], where: { channel: string; kind: MessageKind }, task: LlmTask): AcceptanceContext {
    return {
      entries: new Map(entries.map((entry) => [entry.id, entry])),
      customerWords: [customer],
      lang,
      languages: deps.settings.languages,
      fits: fitsWhere(where, greeting, MAX_PRIVATE_CHARS),
      instructions: deps.prompts.instructions(task),
      brandHandles: deps.settings.brandHandles,
    };
  }

  /** One request, and one retry after a 429 when its retry-after fits before the deadline. */
  async function call<K extends LlmTask>(task: K, system: string, user: string): Promise<Answered<K> | undefined> {
    if (!deps.breaker.tryAcquire()) {
      deps.metrics.requested(task, 'skipped', 0);
      return undefined;
    }
    let started = timing.clock();
    let result = await deps.model.complete({ task, system, user, signal: timing.signal });
    if (!result.ok && result.failure === 'rate_limited') {
      report(task, result, started);
      if (result.retryAfterMs === undefined || !(await breakerReopened())) return undefined;
      started = timing.clock();
      result = await deps.model.complete({ task, system, user, signal: timing.signal });
    }
    if (!result.ok) {
      report(task, result, started);
      return undefined;
    }
    deps.breaker.succeeded();
    return { value: result.value, started, ...(result.usage === undefined ? {} : { usage: result.usage }) };
  }

  /**
   * Waits until the breaker takes calls again (a 429 closed it for its retry-after), within the
   * deadline; true when this call got through. It asks the breaker rather than trusting the
   * timer: a timer counts from the event loop's cached time and can wake before the breaker's
   * clock says the pause is over.
   */
  async function breakerReopened(): Promise<boolean> {
    for (;;) {
      const waitMs = deps.breaker.msUntilCallable();
      if (waitMs === undefined || timing.clock() + waitMs >= timing.deadlineAt) return false;
      if (waitMs === 0) return deps.breaker.tryAcquire();
      if (!(await pause(waitMs, timing.signal))) return false;
    }
  }

  /** Counts and logs a failed request; endpoint failures move the breaker. */
  function report(task: LlmTask, result: Extract<ModelResult, { ok: false }>, started: number): void {
    deps.metrics.requested(task, result.failure, seconds(started), result.usage);
    if (result.failure === 'invalid') deps.metrics.rejected(task, 'schema');
    if (isEndpointFailure(result.failure)) {
      const wasOpen = deps.breaker.state() !== 'closed';
      deps.breaker.failed(result.retryAfterMs);
      if (!wasOpen && deps.breaker.state() !== 'closed') {
        deps.log.warn(log({ task, failure: result.failure }), 'llm.circuit_opened');
      }
    } else if (result.failure !== 'client_error') {
      // The endpoint answered: it works, whatever the model said.
      deps.breaker.succeeded();
    } else {
      deps.breaker.failed();
    }
    deps.log.warn(log({ task, failure: result.failure, detail: result.detail, ...(result.retryAfterMs === undefined ? {} : { retryAfterMs: result.retryAfterMs }) }), 'llm.request_failed');
  }

  /** Counts a reply the checks judged; true when its text may be used. */
  function judge(task: LlmTask, reply: Answered<LlmTask>, rejection: Rejection | undefined): boolean {
    deps.metrics.requested(task, rejection === undefined ? 'accepted' : 'rejected', seconds(reply.started), reply.usage);
    if (rejection === undefined) return true;
    deps.metrics.rejected(task, rejection.check);
    deps.log.info(log({ task, check: rejection.check, detail: rejection.detail }), 'llm.text_rejected');
    return false;
  }

  function seconds(started: number): number {
    return Math.max(0, timing.clock() - started) / 1000;
  }

  return {
    /** The model's answer from the step's entries, checked, fitted, with the step it answers; undefined: the offline text stands. */
    async groundedAnswer(step: GroundedStep): Promise<{ step: PlanStep; written: Written } | undefined> {
      const where = { channel: message.channel, kind: message.kind };
      const entries = entriesFor(step.do === 'answer' ? [step.entryId] : step.entryIds, where.kind);
      if (entries.length === 0) return undefined;
      const system = deps.prompts.system('grounded_answer', { language, maxChars: statedLimit(where, greeting) });
      const user = renderGroundedAnswerData({ entries, customer, ...(referenced === undefined ? {} : { referenced }) });
      const reply = await call('grounded_answer', system, user);
      if (reply === undefined) return undefined;
      const answer = reply.value;
      if (!judge('grounded_answer', reply, checkGroundedAnswer(answer, acceptance(entries, where, 'grounded_answer')))) return undefined;
      const sources = unique(answer.citations.map((citation) => bareId(citation.id)));
      const link = entries.find((entry) => entry.id === sources[0])?.link;
      const text = fitToChannel({ greeting, text: answer.answer.trim(), ...(link === undefined ? {} : { link }) }, where);
      const answered: PlanStep = step.do === 'answer' ? step : { do: 'answer', entryId: sources[0]! };
      return { step: answered, written: { text, sources } };
    },

    /** The model's draft for a handoff, checked and fitted to where the agent will send it. */
    async handoffDraft(step: HandoffStep, draftFor: 'reply' | 'dm'): Promise<ModelDraft | undefined> {
      const where = { channel: message.channel, kind: (draftFor === 'dm' ? 'dm' : message.kind) as MessageKind };
      const entries = entriesFor(step.entryIds, where.kind);
      const history = await loadHistory(context, deps.log, message.id);
      if (timing.signal.aborted) return undefined;
      const conversation: PromptTurn[] = history.map((turn) => ({ from: turn.from, text: pseudonymize(turn.text), ...(turn.kind ? { kind: turn.kind } : {}) }));
      const sentNow = fallback.flatMap((action) => (action.type === 'reply' || action.type === 'dm' ? [pseudonymize(action.text)] : []));
      const system = deps.prompts.system('handoff_draft', { language, maxChars: statedLimit(where, greeting) });
      const user = renderHandoffDraftData({
        entries,
        customer,
        ...(referenced === undefined ? {} : { referenced }),
        conversation,
        sentNow,
        reasons: step.reasons,
        where: describeWhere(where),
      });
      const reply = await call('handoff_draft', system, user);
      if (reply === undefined) return undefined;
      const draft = reply.value;
      const said = [...conversation.filter((turn) => turn.from === 'bot' || turn.from === 'agent').map((turn) => turn.text), ...sentNow];
      const checks = {
        ...acceptance(entries, where, 'handoff_draft'),
        conversation: [...conversation.map((turn) => turn.text), ...sentNow],
        vocabulary: [...deps.offline.templateTexts(lang), ...said],
      };
      if (!judge('handoff_draft', reply, checkHandoffDraft(draft, checks))) return undefined;
      const gist = usableSummary(draft.summary, checks);
      return {
        text: fitToChannel({ greeting, text: draft.draft.trim() }, where),
        ...(gist === undefined ? {} : { gist }),
        sources: unique(draft.citations.map((citation) => bareId(citation.id))),
        by: deps.model.name,
      };
    },
  };
}

/** The conversation so far; a store that cannot be read leaves the draft without it, not the message. */
async function loadHistory(context: ComposeContext, log: Logger, event: string) {
  try {
    return (await context.history?.()) ?? [];
  } catch (error) {
    log.warn({ event, reason: error instanceof Error ? error.message : String(error) }, 'llm.history_unreadable');
    return [];
  }
}

/**
 * The summary line, when it is one short English line that passes the checks a draft passes
 * (no placeholder, no instructions, no insult, no fact from nowhere); else the offline summary stands.
 */
function usableSummary(summary: string, context: AcceptanceContext): string | undefined {
  const line = summary.trim();
  if (/\n/u.test(line)) return undefined;
  const fits = (text: string) => [...text].length <= MAX_SUMMARY_CHARS;
  return checkSummary(line, { ...context, fits, lang: 'en', languages: ['en'] }) === undefined ? line : undefined;
}

/** The limit told to the model: the room left after the greeting, with a margin. */
function statedLimit(where: { channel: string; kind: MessageKind }, greeting: string): number {
  const room = where.channel === 'twitter' && where.kind === 'mention' ? MAX_TWEET_CHARS - countTweetChars(greeting) - 1 : MAX_PRIVATE_CHARS;
  return Math.floor(room * STATED_LIMIT_SHARE);
}

function describeWhere(where: { channel: string; kind: MessageKind }): string {
  if (where.kind === 'dm') return 'a private message';
  return where.channel === 'twitter' ? 'a public reply on X: one post' : 'a public reply';
}

/** Waits `ms` unless the deadline passes first; true when the wait ran out. */
function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve(true);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function cut(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : text.slice(0, maxChars);
}
