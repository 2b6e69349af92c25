// What the model is told lives in prompts/llm/ for editors to read and change: the playbook's
// rules in plain words (rules.md), one system prompt per task, and worked examples. Loading
// checks everything a typo could break, like the reply templates: a missing file, an unknown
// placeholder, an example that our own acceptance checks would reject. Errors name the file and
// the fix.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ProntoError } from '../errors.ts';
import { checkGroundedAnswer, checkHandoffDraft, type AcceptanceContext, type SentEntry } from './accept-model-text.ts';
import { renderGroundedAnswerData, renderHandoffDraftData, type PromptTurn } from './build-llm-messages.ts';
import type { ReplyTemplates } from './load-reply-templates.ts';
import { GROUNDED_ANSWER_SCHEMA, HANDOFF_DRAFT_SCHEMA, LLM_TASKS, type LlmTask } from './llm-schemas.ts';

/** Placeholders of a task prompt; every one must be used. */
const TASK_PLACEHOLDERS = ['rules', 'examples', 'language', 'max_chars'] as const;
type TaskPlaceholder = (typeof TASK_PLACEHOLDERS)[number];
/**
 * Longest prompt file, in characters. Every character is sent (and billed) with every message;
 * past this a prompt is an essay the model skims.
 */
const MAX_PROMPT_FILE_CHARS = 8_000;
/** Examples per task: a few teach the format; many cost tokens on every call. */
const MAX_EXAMPLES = 8;
const FILES: Readonly<Record<LlmTask, { prompt: string; examples: string }>> = {
  grounded_answer: { prompt: 'grounded-answer.md', examples: 'examples/grounded-answer.yaml' },
  handoff_draft: { prompt: 'handoff-draft.md', examples: 'examples/handoff-draft.yaml' },
};
const PLACEHOLDER = /\{([^{}\s]*)\}/gu;

export interface LlmPrompts {
  /** The system prompt of a task for one message. */
  system(task: LlmTask, vars: { language: string; maxChars: number }): string;
  /** The rules and the task's instructions, without examples: a model's text must never repeat them. */
  instructions(task: LlmTask): string;
}

export class LlmPromptsError extends ProntoError {
  readonly problems: string[];

  constructor(problems: string[]) {
    super('llm_prompts_invalid', `LLM prompts are invalid:\n- ${problems.join('\n- ')}`);
    this.problems = problems;
  }
}

/**
 * Reads `<dir>/llm/` (the prompts folder, as PRONTO_PROMPTS_DIR names it). `templates`: the
 * reply templates, whose words the draft examples may use as real drafts may.
 */
export async function loadLlmPrompts(dir: string, templates: ReplyTemplates): Promise<LlmPrompts> {
  const folder = path.join(dir, 'llm');
  const problems: string[] = [];
  const rules = await readText(path.join(folder, 'rules.md'), problems);
  const prompts = new Map<LlmTask, string>();
  const examples = new Map<LlmTask, string>();
  for (const task of LLM_TASKS) {
    const file = path.join(folder, FILES[task].prompt);
    const template = await readText(file, problems);
    if (template !== undefined && checkTemplate(file, template, problems)) prompts.set(task, template);
    const examplesFile = path.join(folder, FILES[task].examples);
    const source = await readText(examplesFile, problems, { limit: false });
    if (source !== undefined && rules !== undefined && template !== undefined) {
      const rendered = renderExamples(task, examplesFile, source, { instructions: `${rules}\n${template}`, templates }, problems);
      if (rendered !== undefined) examples.set(task, rendered);
    }
  }
  if (problems.length > 0 || rules === undefined) throw new LlmPromptsError(problems);
  const fill = (template: string, vars: Record<TaskPlaceholder, string>) =>
    template.replace(PLACEHOLDER, (_, key: TaskPlaceholder) => vars[key]).trim();
  return {
    system(task, { language, maxChars }) {
      return fill(prompts.get(task)!, { rules, examples: examples.get(task)!, language, max_chars: String(maxChars) });
    },
    instructions(task) {
      return `${rules}\n${fill(prompts.get(task)!, { rules: '', examples: '', language: '', max_chars: '' })}`;
    },
  };
}

async function readText(file: string, problems: string[], options = { limit: true }): Promise<string | undefined> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).trim();
  } catch {
    problems.push(`${file}: missing; restore it from the package's prompts/llm/ folder`);
    return undefined;
  }
  if (text === '') problems.push(`${file}: empty; write the text the model should read`);
  else if (options.limit && text.length > MAX_PROMPT_FILE_CHARS) {
    problems.push(`${file}: too long (${text.length} characters, at most ${MAX_PROMPT_FILE_CHARS}): every character is sent with every message; shorten it`);
  }
  return text;
}

function checkTemplate(file: string, template: string, problems: string[]): boolean {
  const before = problems.length;
  const used = new Set<string>();
  for (const [, name] of template.matchAll(PLACEHOLDER)) {
    if (!(TASK_PLACEHOLDERS as readonly string[]).includes(name ?? '')) {
      problems.push(`${file}: unknown placeholder {${name ?? ''}} (allowed: ${TASK_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`);
    }
    used.add(name ?? '');
  }
  for (const name of TASK_PLACEHOLDERS) {
    if (!used.has(name)) problems.push(`${file}: placeholder {${name}} is missing: the prompt must include it`);
  }
  return problems.length === before;
}

interface RawExample {
  lang: string;
  entries: SentEntry[];
  customer: string;
  conversation: PromptTurn[];
  reasons: string[];
  where: string;
  output: unknown;
}

/** The examples as the model reads them: the data exactly as real requests show it, then the JSON. */
function renderExamples(task: LlmTask, file: string, source: string, known: ExampleKnowledge, problems: string[]): string | undefined {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    problems.push(`${file}: not valid YAML (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
  if (!Array.isArray(data) || data.length === 0 || data.length > MAX_EXAMPLES) {
    problems.push(`${file}: expected a list of 1 to ${MAX_EXAMPLES} examples, each with lang, entries, customer and output`);
    return undefined;
  }
  const before = problems.length;
  const rendered = data.map((item: unknown, index) => {
    const where = `${file}: example ${index + 1}`;
    const example = readExample(item, task, where, problems);
    if (example === undefined) return '';
    const schema: z.ZodType = task === 'grounded_answer' ? GROUNDED_ANSWER_SCHEMA : HANDOFF_DRAFT_SCHEMA;
    const parsed = schema.safeParse(example.output);
    if (!parsed.success) {
      problems.push(`${where}: output does not match the ${task} schema (${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'output'}: ${issue.message}`).join('; ')})`);
      return '';
    }
    const rejection = checkExample(task, example, parsed.data, known);
    if (rejection !== undefined) problems.push(`${where}: our own acceptance checks would reject its output (${rejection}); fix the example`);
    const input =
      task === 'grounded_answer'
        ? renderGroundedAnswerData({ entries: example.entries, customer: example.customer })
        : renderHandoffDraftData({ entries: example.entries, customer: example.customer, conversation: example.conversation, sentNow: [], reasons: example.reasons, where: example.where });
    return `Example ${index + 1} (${example.lang}):\n${input}\n\nOutput:\n${JSON.stringify(parsed.data)}`;
  });
  return problems.length === before ? rendered.join('\n\n---\n\n') : undefined;
}

interface ExampleKnowledge {
  instructions: string;
  templates: ReplyTemplates;
}

function checkExample(task: LlmTask, example: RawExample, output: unknown, known: ExampleKnowledge): string | undefined {
  const said = example.conversation.filter((turn) => turn.from === 'bot' || turn.from === 'agent').map((turn) => turn.text);
  const context: AcceptanceContext = {
    entries: new Map(example.entries.map((entry) => [entry.id, entry])),
    customerWords: [example.customer],
    conversation: example.conversation.map((turn) => turn.text),
    vocabulary: [...Object.values(known.templates.get(example.lang) ?? {}), ...said],
    lang: example.lang,
    languages: [example.lang],
    fits: () => true,
    instructions: known.instructions,
    brandHandles: [],
  };
  if (task === 'grounded_answer') {
    const answer = output as z.infer<typeof GROUNDED_ANSWER_SCHEMA>;
    if (answer.status !== 'answered') {
      return answer.answer === '' && answer.citations.length === 0 ? undefined : 'insufficient_context needs an empty answer and no citations';
    }
    const rejection = checkGroundedAnswer(answer, context);
    return rejection === undefined ? undefined : `${rejection.check}: ${rejection.detail}`;
  }
  const rejection = checkHandoffDraft(output as z.infer<typeof HANDOFF_DRAFT_SCHEMA>, context);
  return rejection === undefined ? undefined : `${rejection.check}: ${rejection.detail}`;
}

function readExample(item: unknown, task: LlmTask, where: string, problems: string[]): RawExample | undefined {
  if (!isRecord(item)) {
    problems.push(`${where}: expected fields lang, entries, customer, output`);
    return undefined;
  }
  const before = problems.length;
  const text = (key: string): string => {
    const value = item[key];
    if (typeof value !== 'string') problems.push(`${where}: "${key}" must be a text in quotes`);
    return typeof value === 'string' ? value : '';
  };
  const lang = text('lang');
  if (lang !== '' && !/^[a-z]{2}$/u.test(lang)) problems.push(`${where}: "lang" must be a two-letter code such as en`);
  const customer = text('customer');
  const entries = listOf(item.entries, where, 'entries', problems).map((entry, index) => readEntry(entry, `${where}, entry ${index + 1}`, problems));
  const example: RawExample = { lang, entries, customer, conversation: [], reasons: [], where: '', output: item.output };
  if (task === 'handoff_draft') {
    example.conversation = listOf(item.conversation, where, 'conversation', problems).map((turn, index) => readTurn(turn, `${where}, turn ${index + 1}`, problems));
    example.reasons = listOf(item.reasons, where, 'reasons', problems).map(String);
    example.where = text('where');
  }
  if (item.output === undefined) problems.push(`${where}: "output" is missing: the JSON the model should return`);
  return problems.length === before ? example : undefined;
}

function readEntry(value: unknown, where: string, problems: string[]): SentEntry {
  const entry = isRecord(value) ? value : {};
  const field = (key: string) => (typeof entry[key] === 'string' ? (entry[key] as string) : '');
  if (field('id') === '' || field('title') === '' || field('body') === '') problems.push(`${where}: needs id, title and body`);
  return { id: field('id'), title: field('title'), body: field('body'), ...(field('link') === '' ? {} : { link: field('link') }) };
}

const SPEAKERS: readonly PromptTurn['from'][] = ['customer', 'bot', 'agent', 'referenced'];

function readTurn(value: unknown, where: string, problems: string[]): PromptTurn {
  const turn = isRecord(value) ? value : {};
  const from = SPEAKERS.find((speaker) => speaker === turn.from);
  if (from === undefined || typeof turn.text !== 'string') problems.push(`${where}: needs from (${SPEAKERS.join(', ')}) and text`);
  const kind = turn.kind === 'reply' || turn.kind === 'dm' ? turn.kind : undefined;
  return { from: from ?? 'customer', text: typeof turn.text === 'string' ? turn.text : '', ...(kind ? { kind } : {}) };
}

function listOf(value: unknown, where: string, key: string, problems: string[]): unknown[] {
  if (Array.isArray(value)) return value;
  problems.push(`${where}: "${key}" must be a list (write [] for none)`);
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The language's English name for the prompt ("Italian"), with its code. */
export function languageName(lang: string): string {
  const name = LANGUAGE_NAMES.of(lang);
  return name === undefined ? lang : `${name} (${lang})`;
}

