// The `pronto` command (DESIGN section 4b). It is an entry point like the service: it reads the
// environment once through loadConfig, then flags override.
import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import { PACKAGE_DIR, loadConfig, type Config } from './config.ts';
// The responder (app.ts, the knowledge checks, the pretty printer) is imported by the commands
// that use it: it takes most of a second to load, and `pronto studio` answers before it has.
import type { Pronto } from './app.ts';
import { ProntoError, UsageError } from './errors.ts';
import { replayMessages } from './channels/replay/replay-messages.ts';
import { evaluateKnowledge, parseEvalCases, type EvalReport } from './knowledge/evaluate-knowledge.ts';
import { formatAsk } from './knowledge/format-ask.ts';
import type { KnowledgeGap } from './insights/insight-store.ts';
import type { Logger } from './core/ports.ts';

export interface CliIo {
  stdin: Readable;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Aborted once the reader of stdout has gone away (`pronto replay … | head`). */
  stdoutClosed?: AbortSignal;
}

const USAGE = `Usage: pronto <command>

  replay [--knowledge DIR] [--handle NAME] [--pretty] [--composer llm|offline] [FILE|-]
        Run the responder over inbound messages (JSON lines) and print its actions.
  kb check [DIR]
        Validate a knowledge folder: errors name file, field and fix; warnings follow.
  kb ask [--knowledge DIR] [--lang xx] [--composer llm|offline] "question"
        Show what the bot would answer, the matched entries and why.
  kb eval [--knowledge DIR] [--json] FILE
        Measure accuracy, coverage and precision on questions with known answers.
  kb gaps [--knowledge DIR] [--handle NAME] [--json] FILE
        Group the questions of a replay file the bot could not answer confidently.
  studio [--port N] [--knowledge DIR] [--replay FILE] [--eval FILE]
        Open Pronto Studio on http://127.0.0.1:4000: playground, desk, knowledge, gaps, team.

--composer llm uses the model PRONTO_LLM_MODEL names (the default when it is set); offline,
the reply templates and the knowledge alone (the default otherwise).
Environment variables are listed in the README (Configuration).`;

function processIo(): CliIo {
  const stdoutClosed = new AbortController();
  process.stdout.on('error', (error) => {
    // The reader went away (`| head`): like other command-line tools, stop quietly.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    stdoutClosed.abort();
  });
  return {
    stdin: process.stdin,
    stdout: (text) => {
      if (!stdoutClosed.signal.aborted) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdoutClosed: stdoutClosed.signal,
  };
}

/** Runs the command and returns the exit code; never throws for a user's mistake. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'replay') return await replay(rest, io);
    if (command === 'studio') return await studio(rest, io);
    if (command === 'kb') {
      const [sub, ...kbArgs] = rest;
      if (sub === 'check') return await kbCheck(kbArgs, io);
      if (sub === 'ask') return await kbAsk(kbArgs, io);
      if (sub === 'eval') return await kbEval(kbArgs, io);
      if (sub === 'gaps') return await kbGaps(kbArgs, io);
    }
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${argv.join(' ')}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`pronto: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ProntoError) {
      io.stderr(`pronto: ${error.message}\n`);
      return 1;
    }
    // Node's own errors from parseArgs carry a code and a readable message.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`pronto: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

async function replay(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      knowledge: { type: 'string' },
      handle: { type: 'string', multiple: true },
      pretty: { type: 'boolean', default: false },
      composer: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new UsageError('replay takes one FILE (or - for standard input)');
  const file = positionals[0] ?? '-';
  const config = withComposer(configFrom(io, values.knowledge, values.handle), values.composer);
  const pronto = await startPronto(config, io);
  const { formatPretty } = await import('./channels/replay/format-pretty.ts');
  try {
    const input = file === '-' ? io.stdin : (await openInput(file, io.cwd, 'replay')).createReadStream();
    let messagesHandled = 0;
    const summary = await replayMessages(input, pronto.responder, {
      onHandled(message, handled) {
        messagesHandled += 1;
        if (values.pretty) io.stdout(`${formatPretty(message, handled)}\n\n`);
        else for (const action of handled.actions) io.stdout(`${JSON.stringify(action)}\n`);
      },
      onMalformed(lineNumber, problem) {
        io.stderr(`line ${lineNumber}: ${problem}\n`);
      },
    }, { signal: io.stdoutClosed }).catch((error: unknown) => {
      // The file went away or the disk failed mid-way: what was printed stands, say where it stopped.
      const source = file === '-' ? 'standard input' : file;
      throw new ProntoError('input_unreadable', `cannot read ${source} after ${messagesHandled} messages: ${(error as Error).message}`, {
        cause: error,
      });
    });
    if (io.stdoutClosed?.aborted) return 0;
    const { reply, dm, handoff, ignore } = summary.actions;
    io.stderr(
      `pronto: ${summary.messages} messages → ${reply} replies, ${dm} DMs, ${handoff} handoffs, ${ignore} ignored` +
        (summary.malformed > 0 ? `; ${summary.malformed} malformed lines skipped (see above)` : '') +
        '\n',
    );
    return summary.malformed > 0 ? 1 : 0;
  } finally {
    await pronto.close();
  }
}

async function studio(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      knowledge: { type: 'string' },
      handle: { type: 'string', multiple: true },
      replay: { type: 'string' },
      eval: { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new UsageError('studio takes only options, e.g. pronto studio --port 4001');
  // Loaded here: the other commands do not need a web server.
  const { DEFAULT_STUDIO_PORT, startStudio } = await import('./studio/start-studio.ts');
  const port = values.port === undefined ? DEFAULT_STUDIO_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port ${values.port} is not a port number (0-65535)`);
  const knowledge = values.knowledge ?? (io.env.PRONTO_KNOWLEDGE_DIR ? undefined : await defaultKnowledgeDir(io.cwd));
  const example = knowledge === EXAMPLE_KNOWLEDGE_DIR;
  // The example knowledge comes with its brand (@LumoAiuta), posts and eval questions.
  const config = configFrom(io, knowledge, [...(values.handle ?? []), ...(example ? ['LumoAiuta'] : [])]);
  const file = (name: string | undefined, fallback: string) => (name === undefined ? (example ? fallback : undefined) : path.resolve(io.cwd, name));
  const replayFile = file(values.replay, path.join(PACKAGE_DIR, 'examples/inbound.jsonl'));
  const evalFile = file(values.eval, path.join(PACKAGE_DIR, 'examples/kb-eval.jsonl'));
  const server = await startStudio({
    config,
    log: stderrLogger(io),
    port,
    ...(replayFile ? { replayFile } : {}),
    ...(evalFile ? { evalFile } : {}),
  });
  io.stdout(`Pronto Studio on ${server.url} (knowledge: ${config.knowledgeDir}). Ctrl+C stops it.\n`);
  try {
    await server.ready;
  } catch (error) {
    await server.close();
    throw error;
  }
  io.stdout('Pronto Studio is ready.\n');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

/** The example knowledge, when the current folder has no `knowledge/` of its own. */
const EXAMPLE_KNOWLEDGE_DIR = path.join(PACKAGE_DIR, 'knowledge');

async function defaultKnowledgeDir(cwd: string): Promise<string> {
  const own = path.resolve(cwd, 'knowledge');
  if (own === EXAMPLE_KNOWLEDGE_DIR) return own;
  return (await stat(own).then((found) => found.isDirectory(), () => false)) ? own : EXAMPLE_KNOWLEDGE_DIR;
}

async function kbCheck(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new UsageError('kb check takes one DIR');
  const config = configFrom(io, positionals[0]);
  const [{ createPronto }, { checkKnowledge, formatProblem }] = await Promise.all([import('./app.ts'), import('./knowledge/check-knowledge.ts')]);
  const pronto = await createPronto({ config, log: silentLogger });
  try {
    const problems = [...pronto.problems(), ...checkKnowledge(pronto.entries(), pronto.knowledge(), config.settings)];
    const errors = problems.filter((problem) => problem.severity === 'error');
    const warnings = problems.filter((problem) => problem.severity === 'warning');
    for (const problem of [...errors, ...warnings]) io.stdout(`${formatProblem(problem)}\n`);
    const ids = new Set(pronto.entries().map((entry) => entry.id));
    io.stdout(
      `${errors.length === 0 ? 'ok' : 'failed'}: ${pronto.entries().length} files, ${ids.size} entries loaded from ${config.knowledgeDir}; ` +
        `${errors.length} errors, ${warnings.length} warnings\n`,
    );
    return errors.length > 0 ? 1 : 0;
  } finally {
    await pronto.close();
  }
}

async function kbAsk(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      knowledge: { type: 'string' },
      lang: { type: 'string' },
      handle: { type: 'string', multiple: true },
      composer: { type: 'string' },
    },
  });
  const question = positionals.join(' ').trim();
  if (question === '') throw new UsageError('kb ask needs a question, e.g. pronto kb ask "come ricarico?"');
  const config = withComposer(configFrom(io, values.knowledge, values.handle), values.composer);
  const pronto = await startPronto(config, io);
  try {
    const handled = await pronto.responder.explain({
      id: 'ask',
      channel: 'twitter',
      kind: 'mention',
      conversationId: 'ask',
      author: { id: 'customer' },
      text: question,
      at: new Date().toISOString(),
      ...(values.lang ? { lang: values.lang } : {}),
    });
    io.stdout(`${formatAsk(question, handled, pronto.knowledge(), config.settings)}\n`);
    return 0;
  } finally {
    await pronto.close();
  }
}

async function kbEval(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { knowledge: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('kb eval takes one FILE of JSON lines {"q","expect","lang"}');
  const config = configFrom(io, values.knowledge);
  const handle = await openInput(file, io.cwd, 'kb eval');
  const source = await handle
    .readFile('utf8')
    .catch((error: unknown) => {
      throw unreadable(file, error);
    })
    .finally(() => handle.close());
  const { cases, errors } = parseEvalCases(source);
  for (const error of errors) io.stderr(`${error}\n`);
  const pronto = await startPronto(config, io);
  try {
    const report = evaluateKnowledge(pronto.knowledge(), cases, {
      threshold: config.settings.answerThreshold,
      defaultLang: config.settings.defaultLang,
      now: new Date(),
    });
    io.stdout(values.json ? `${JSON.stringify(jsonReport(report))}\n` : formatEvalReport(report, config.settings.answerThreshold));
    return errors.length > 0 ? 1 : 0;
  } finally {
    await pronto.close();
  }
}

async function kbGaps(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { knowledge: { type: 'string' }, handle: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('kb gaps takes one replay FILE of inbound messages (JSON lines)');
  const config = configFrom(io, values.knowledge, values.handle);
  const handle = await openInput(file, io.cwd, 'kb gaps');
  const pronto = await startPronto(config, io);
  const [{ findKnowledgeGap }, { groupGaps }, { formatGapGroups }, { toStoredGap }] = await Promise.all([
    import('./insights/find-knowledge-gap.ts'),
    import('./insights/group-gaps.ts'),
    import('./insights/format-gap-groups.ts'),
    import('./store/gap-record.ts'),
  ]);
  try {
    const gaps: KnowledgeGap[] = [];
    const summary = await replayMessages(handle.createReadStream(), pronto.responder, {
      onHandled(message, handled) {
        const gap = handled.explanation && findKnowledgeGap(message, handled.explanation);
        // Redacted as the store keeps it: the report is the same from a file as from the service.
        if (gap) gaps.push(toStoredGap(gap));
      },
      onMalformed(lineNumber, problem) {
        io.stderr(`line ${lineNumber}: ${problem}\n`);
      },
    });
    const report = { messages: summary.messages, gaps: gaps.length, groups: groupGaps(gaps).groups };
    io.stdout(values.json ? `${JSON.stringify(report)}\n` : formatGapGroups(report));
    if (summary.malformed > 0) io.stderr(`pronto: ${summary.malformed} malformed lines skipped (see above)\n`);
    return summary.malformed > 0 ? 1 : 0;
  } finally {
    await pronto.close();
  }
}

function jsonReport(report: EvalReport) {
  const { total, answered, correct, accuracy, coverage, precision, outOfScope } = report;
  return { total, answered, correct, accuracy, coverage, precision, outOfScope };
}

function formatEvalReport(report: EvalReport, threshold: number): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `questions with an expected entry: ${report.total}`,
    `  accuracy   ${percent(report.accuracy)}  (${report.correct}/${report.total} best match is the expected entry)`,
    `  coverage   ${percent(report.coverage)}  (${report.answered}/${report.total} confident enough to answer, threshold ${threshold})`,
    `  precision  ${percent(report.precision)}  (answered with the expected entry)`,
    `out-of-scope questions: ${report.outOfScope.total}, rightly left unanswered: ${report.outOfScope.abstained}`,
  ];
  if (report.confusions.length > 0) {
    lines.push('worst confusions (expected → best match):');
    for (const c of report.confusions.slice(0, 10)) lines.push(`  ${c.count}× ${c.expected} → ${c.got}   e.g. "${c.example}"`);
  }
  if (report.wronglyAnswered.length > 0) {
    lines.push('out-of-scope questions the bot would answer:');
    for (const w of report.wronglyAnswered.slice(0, 10)) lines.push(`  "${w.q}" → ${w.got} (${w.confidence.toFixed(2)})`);
  }
  return `${lines.join('\n')}\n`;
}

function configFrom(io: CliIo, knowledge?: string, handles?: string[]): Config {
  const config = loadConfig({ ...io.env, ...(knowledge ? { PRONTO_KNOWLEDGE_DIR: knowledge } : {}) }, io.cwd);
  if (handles && handles.length > 0) {
    config.settings.brandHandles = [...config.settings.brandHandles, ...handles.map((h) => h.replace(/^@/, ''))];
  }
  return config;
}

/**
 * `--composer offline` writes without the model even when one is configured (to compare);
 * `--composer llm` insists on one.
 */
function withComposer(config: Config, composer: string | undefined): Config {
  if (composer === undefined) return config;
  if (composer === 'offline') {
    const { llm: _unused, ...offline } = config;
    const { groundedAnswerFloor: _floor, ...settings } = config.settings;
    return { ...offline, settings };
  }
  if (composer !== 'llm') throw new UsageError(`--composer takes llm or offline, not "${composer}"`);
  if (config.llm === undefined) {
    throw new UsageError('--composer llm needs a model: set PRONTO_LLM_MODEL (and OPENAI_BASE_URL, OPENAI_API_KEY); see the README, "Try it with a local Ollama model"');
  }
  return config;
}

/** Builds Pronto and shows knowledge problems on stderr: the run goes on with the good files. */
async function startPronto(config: Config, io: CliIo): Promise<Pronto> {
  const [{ createPronto }, { formatProblem }] = await Promise.all([import('./app.ts'), import('./knowledge/check-knowledge.ts')]);
  const pronto = await createPronto({ config, log: stderrLogger(io) });
  const errors = pronto.problems().filter((problem) => problem.severity === 'error');
  for (const problem of errors) io.stderr(`knowledge: ${formatProblem(problem)}\n`);
  if (errors.length > 0) io.stderr(`knowledge: ${errors.length} file(s) skipped; run \`pronto kb check\` for details\n`);
  return pronto;
}

/** Opens a FILE argument; a folder there is a usage mistake, said before any reading. */
async function openInput(file: string, cwd: string, command: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(path.resolve(cwd, file));
  } catch (error) {
    throw unreadable(file, error);
  }
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw new UsageError(`${file} is a folder; ${command} takes a file of JSON lines`);
  }
  return handle;
}

function unreadable(file: string, error: unknown): ProntoError {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
  return new ProntoError('input_unreadable', `cannot read ${file}: ${reason}`, { cause: error });
}

/** The CLI reports to people in plain text; structured logs are for the service. */
const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/**
 * Knowledge problems are printed by the commands themselves; failures go to stderr here, and so
 * do the model's warnings (a model not listed, the circuit opened): the person running the
 * command is the operator.
 */
function stderrLogger(io: CliIo): Logger {
  const print = (data: object, event: string) => {
    const { err, ...rest } = data as { err?: unknown };
    const detail = err instanceof Error ? `: ${err.message}` : '';
    io.stderr(`pronto: ${event} ${JSON.stringify(rest)}${detail}\n`);
  };
  return {
    info() {},
    warn(data, event) {
      if (event === 'llm.model_not_listed' || event === 'llm.circuit_opened') print(data, event);
    },
    error(data, event) {
      if (!event.startsWith('knowledge.')) print(data, event);
    },
  };
}
