// `npm run eval:llm [-- --limit N]`: the example knowledge's kb-eval file and the real-posts set
// of "Judgment on real posts" through the configured model (PRONTO_LLM_MODEL at OPENAI_BASE_URL):
// how many of the model's answers and drafts the checks accepted and why the others were
// rejected, whether its citations were valid, what it changed in the bot's decisions, latency
// and tokens. Not in CI and not in `npm run bench`: it calls a real endpoint (a hosted model
// bills every request; ~600 messages, most of them asking for a draft).
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createPronto } from '../src/app.ts';
import { loadConfig, PACKAGE_DIR } from '../src/config.ts';
import type { Action, InboundMessage } from '../src/core/model.ts';
import type { Clock, Logger } from '../src/core/ports.ts';
import type { HandledMessage } from '../src/core/responder.ts';
import { ConfigError } from '../src/errors.ts';
import { createLogger } from '../src/logger.ts';
import { parseEvalCases, type EvalCase } from '../src/knowledge/evaluate-knowledge.ts';
import { ACCEPTANCE_CHECKS, findCitationProblem } from '../src/llm/accept-model-text.ts';
import type { ModelCall, ModelResult, StructuredChatModel } from '../src/llm/chat-model.ts';
import { createChatModel } from '../src/llm/create-chat-model.ts';
import { createLlmTally, type LlmTally } from '../src/llm/llm-metrics.ts';
import { LLM_TASKS, type LlmTask } from '../src/llm/llm-schemas.ts';
import { entriesIn } from '../test/support/scripted-models.ts';
import { judgeRealPost } from './judge-real-post.ts';
import { readRealPosts, type RealPost } from './read-real-posts.ts';
import { EXAMPLE_BRAND, toMessage } from './real-posts.ts';
import { formatTable, type BenchTable } from './table.ts';

/** The variables the eval takes from the environment: the endpoint's, nothing about the brand. */
const LLM_VARIABLES = [
  'PRONTO_LLM_MODEL',
  'OPENAI_API_KEY',
  'OPENAI_BASE_URL',
  'PRONTO_LLM_TIMEOUT_MS',
  'PRONTO_LLM_ANSWER_FLOOR',
  'PRONTO_EMBEDDINGS_MODEL',
  'PRONTO_EMBEDDINGS_MIN_SIMILARITY',
] as const;
const KB_EVAL_FILE = path.join(PACKAGE_DIR, 'examples/kb-eval.jsonl');
/** The real-posts bench's clock: the same notices are active. */
const CLOCK: Clock = { now: () => new Date('2026-11-18T09:30:00Z') };

export interface EvalLlmOptions {
  /** Where PRONTO_LLM_MODEL and the endpoint come from (process.env from the command line). */
  env: Readonly<Record<string, string | undefined>>;
  /** At most this many messages of each set (a quick, cheap look). */
  limit?: number;
  /** Where the composer logs (requests that failed, texts rejected and why). */
  log: Logger;
  /** The labelled real posts (default: read from the data folder). */
  readPosts?: () => RealPost[];
}

/** One model call as the eval saw it. */
interface Call {
  task: LlmTask;
  user: string;
  result: ModelResult;
}

interface Outcome {
  set: 'kb-eval' | 'real posts';
  calls: Call[];
  llm: HandledMessage;
  offline: HandledMessage;
  /** Model answers and drafts the checks accepted for this message. */
  accepted: Record<LlmTask, number>;
  evalCase?: EvalCase;
  post?: RealPost;
}

export async function evalLlm(options: EvalLlmOptions): Promise<BenchTable[]> {
  const env = Object.fromEntries(LLM_VARIABLES.flatMap((name) => (options.env[name] === undefined ? [] : [[name, options.env[name]!]])));
  const brand = { PRONTO_BRAND_HANDLES: EXAMPLE_BRAND };
  const config = loadConfig({ ...env, ...brand }, PACKAGE_DIR);
  if (config.llm === undefined) {
    throw new ConfigError(
      'eval:llm needs a model: set PRONTO_LLM_MODEL (e.g. gpt-4o-mini, or llama3.1 on a local Ollama), OPENAI_BASE_URL (e.g. http://localhost:11434/v1) and OPENAI_API_KEY (not needed for a local server). See "The LLM composer" in the README.',
    );
  }
  const calls: Call[] = [];
  const model = recording(createChatModel(config.llm), calls);
  const tally = createLlmTally();
  const unreachable: string[] = [];
  const log: Logger = {
    debug: (data, event) => options.log.debug?.(data, event),
    info: (data, event) => options.log.info(data, event),
    warn: (data, event) => options.log.warn(data, event),
    error(data, event) {
      if (event === 'llm.endpoint_unreachable') unreachable.push(String((data as { reason?: unknown }).reason));
      options.log.error(data, event);
    },
  };
  const llm = await createPronto({ config, log, clock: CLOCK, llmMetrics: tally, llmModel: model });
  const offline = await createPronto({ config: loadConfig(brand, PACKAGE_DIR), log: options.log, clock: CLOCK });
  try {
    if (unreachable.length > 0) {
      throw new ConfigError(`eval:llm cannot reach ${config.llm.baseUrl} (${unreachable[0]}): check OPENAI_BASE_URL, OPENAI_API_KEY and that the server runs.`);
    }
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const outcomes: Outcome[] = [];
    const run = async (set: Outcome['set'], message: InboundMessage, extra: Pick<Outcome, 'evalCase' | 'post'>) => {
      const first = calls.length;
      const before = new Map(tally.outcomes);
      const handled = await llm.responder.explain(message);
      const acceptedOf = (task: LlmTask) => (tally.outcomes.get(`${task} accepted`) ?? 0) - (before.get(`${task} accepted`) ?? 0);
      outcomes.push({
        set,
        calls: calls.slice(first),
        llm: handled,
        offline: await offline.responder.explain(message),
        accepted: { grounded_answer: acceptedOf('grounded_answer'), handoff_draft: acceptedOf('handoff_draft') },
        ...extra,
      });
    };
    for (const [index, evalCase] of readKbEval().slice(0, limit).entries()) await run('kb-eval', kbEvalMessage(evalCase, index), { evalCase });
    for (const post of (options.readPosts ?? readRealPosts)().slice(0, limit)) await run('real posts', toMessage(post), { post });
    return [requestsTable(outcomes, config.llm.model), rejectionsTable(tally), citationsTable(outcomes), decisionsTable(outcomes), costTable(tally)];
  } finally {
    await llm.close();
    await offline.close();
  }
}

/** The model port, with each call and its result kept for the report. */
function recording(model: StructuredChatModel, calls: Call[]): StructuredChatModel {
  return {
    name: model.name,
    async complete<K extends LlmTask>(call: ModelCall<K>): Promise<ModelResult<K>> {
      const result = await model.complete(call);
      calls.push({ task: call.task, user: call.user, result });
      return result;
    },
  };
}

function readKbEval(): EvalCase[] {
  const { cases, errors } = parseEvalCases(readFileSync(KB_EVAL_FILE, 'utf8'));
  if (errors.length > 0) throw new Error(`${KB_EVAL_FILE}: ${errors.join('; ')}`);
  return cases;
}

/** A kb-eval question as a public mention to the example brand, with its language as X's hint. */
function kbEvalMessage(evalCase: EvalCase, index: number): InboundMessage {
  const id = `kb-eval-${index + 1}`;
  const text = evalCase.q.trimStart().startsWith('@') ? evalCase.q : `@${EXAMPLE_BRAND} ${evalCase.q}`;
  return {
    id,
    channel: 'twitter',
    kind: 'mention',
    conversationId: id,
    author: { id: `author-${id}`, name: 'Mario Rossi', followers: 100 },
    text,
    at: CLOCK.now().toISOString(),
    ...(evalCase.lang === undefined ? {} : { lang: evalCase.lang }),
  };
}

function requestsTable(outcomes: Outcome[], modelName: string): BenchTable {
  const rows = (['kb-eval', 'real posts'] as const).flatMap((set) => {
    const group = outcomes.filter((outcome) => outcome.set === set);
    return LLM_TASKS.map((task) => {
      const calls = group.flatMap((outcome) => outcome.calls).filter((call) => call.task === task);
      const failures = tallyOf(calls.flatMap((call) => (call.result.ok ? [] : [call.result.failure])));
      const accepted = group.reduce((sum, outcome) => sum + outcome.accepted[task], 0);
      const returned = calls.filter((call) => call.result.ok).length;
      return [set, group.length, task, calls.length, accepted, returned - accepted, failures === '' ? '0' : failures];
    });
  });
  return {
    title: `LLM composer on the example knowledge with ${modelName}: model requests and what became of them`,
    columns: ['set', 'messages', 'task', 'requests', 'accepted', 'rejected by the checks', 'failed'],
    rows,
    notes: [
      'kb-eval: examples/kb-eval.jsonl as public mentions to @LumoAiuta (the question\'s language as X\'s hint); real posts: the labelled set of bench/real-posts, readdressed to @LumoAiuta. The policy asks for an answer only for plain questions (confident, or in the answer-if-grounded band), and for a draft on each handoff.',
      '"failed": requests that brought no usable reply (invalid JSON, refused, too long, timeout, rate limited, server error, unreachable), by kind; a retry after a 429 is a second request.',
    ],
  };
}

function rejectionsTable(tally: LlmTally): BenchTable {
  const checks = ['schema', ...ACCEPTANCE_CHECKS];
  return {
    title: 'Model texts rejected, by the check that stopped them',
    columns: ['task', ...checks],
    rows: LLM_TASKS.map((task) => [task, ...checks.map((check) => tally.rejections.get(`${task} ${check}`) ?? 0)]),
    notes: ['The first check that fails is counted, in the order of the columns. `status`: the model said the entries do not answer (insufficient_context), which is the right reply to a question they do not answer.'],
  };
}

function citationsTable(outcomes: Outcome[]): BenchTable {
  const rows = (['kb-eval', 'real posts'] as const).map((set) => {
    const group = outcomes.filter((outcome) => outcome.set === set);
    let citations = 0;
    let sent = 0;
    let quoted = 0;
    for (const call of group.flatMap((outcome) => outcome.calls)) {
      if (!call.result.ok) continue;
      const entries = new Map(entriesIn(call).map((entry) => [entry.id, entry]));
      for (const citation of call.result.value.citations) {
        citations++;
        const problem = findCitationProblem(citation, entries);
        if (problem?.check !== 'citations') sent++;
        if (problem === undefined) quoted++;
      }
    }
    const answered = group.filter((outcome) => outcome.accepted.grounded_answer > 0);
    const rightEntry = answered.filter((outcome) => outcome.evalCase?.expect != null && publicSources(outcome.llm.actions).includes(outcome.evalCase.expect));
    const outOfScope = answered.filter((outcome) => outcome.evalCase !== undefined && outcome.evalCase.expect === null);
    return [
      set,
      citations,
      percent(sent, citations),
      percent(quoted, citations),
      answered.length,
      set === 'kb-eval' ? `${rightEntry.length} of ${answered.length}` : '-',
      set === 'kb-eval' ? outOfScope.length : '-',
    ];
  });
  return {
    title: 'Citations in the replies the model returned',
    columns: ['set', 'citations', 'id among the entries sent', 'id sent and quote found in it', 'answers used', 'answers from the expected entry', 'out-of-scope questions answered'],
    rows,
    notes: ['"answers used": messages whose public answer is the model\'s text (accepted by every check). A quote counts as found when its words appear in the entry in order (case, accents, punctuation and "…" cuts aside).'],
  };
}

function decisionsTable(outcomes: Outcome[]): BenchTable {
  const posts = outcomes.filter((outcome) => outcome.post !== undefined);
  const judged = (which: 'llm' | 'offline') => posts.map((outcome) => judgeRealPost(outcome.post!, outcome[which]));
  const row = (name: string, which: 'llm' | 'offline') => {
    const verdicts = judged(which);
    const handoffs = posts.flatMap((outcome) => outcome[which].actions.filter((action) => action.type === 'handoff'));
    return [
      name,
      posts.length,
      percent(verdicts.filter((verdict) => verdict.right).length, verdicts.length),
      verdicts.filter((verdict) => verdict.errors.includes('wrong-answer')).length,
      handoffs.length,
      handoffs.filter((action) => action.draftBy !== 'templates' && action.draftBy !== 'none').length,
      verdicts.filter((verdict) => verdict.errors.includes('draft-is-hold')).length,
    ];
  };
  return {
    title: 'Real posts: the decisions and drafts, offline and with the model',
    columns: ['composer', 'posts', 'decisions as labelled', 'wrong public knowledge answers', 'handoffs', 'drafts written by the model', 'drafts that repeat the holding reply'],
    rows: [row('offline (templates)', 'offline'), row('LLM composer', 'llm')],
    notes: ['The policy decides in both (the model only writes texts): the decisions differ only where a question in the answer-if-grounded band got a grounded answer instead of today\'s plan.'],
  };
}

function costTable(tally: LlmTally): BenchTable {
  const ms = tally.seconds.map((seconds) => seconds * 1000).sort((a, b) => a - b);
  const at = (q: number) => (ms.length === 0 ? '-' : ms[Math.min(ms.length - 1, Math.floor(q * (ms.length - 1)))]!.toFixed(0));
  const requests = Math.max(1, ms.length);
  return {
    title: 'Model latency and tokens',
    columns: ['requests', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'tokens in', 'tokens out', 'tokens in per request', 'tokens out per request'],
    rows: [[ms.length, at(0.5), at(0.9), at(0.99), ms.length === 0 ? '-' : ms.at(-1)!.toFixed(0), tally.tokens.input, tally.tokens.output, (tally.tokens.input / requests).toFixed(0), (tally.tokens.output / requests).toFixed(0)]],
    notes: ['Latency of each request as the composer measured it (the endpoint\'s answer, LangChain and the openai SDK); tokens as the endpoint reported them in `usage`.'],
  };
}

function publicSources(actions: Action[]): string[] {
  return actions.flatMap((action) => (action.type === 'reply' ? action.sources : []));
}

function tallyOf(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${value} ${count}`).join(', ');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { limit: { type: 'string' } } });
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    process.stderr.write(`eval:llm: --limit ${values.limit} is not a positive whole number\n`);
    process.exit(2);
  }
  // Failed requests to stderr (LOG_LEVEL=info adds each rejected text and why), redacted as the service's.
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn', pino.destination(2));
  try {
    const started = Date.now();
    for (const table of await evalLlm({ env: process.env, log, ...(limit === undefined ? {} : { limit }) })) process.stdout.write(`${formatTable(table)}\n\n`);
    process.stdout.write(`Ran in ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
  } catch (error) {
    process.stderr.write(`eval:llm: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
}
