// Configuration comes only from the environment, validated once at start. Every error names the
// variable and what to set; there are no default secrets.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.ts';
import { DEFAULT_SETTINGS, type ResponderSettings } from './core/settings.ts';
import { createEnvReader, type Env } from './env-readers.ts';
import { parseBusinessHours, type BusinessHours } from './core/business-hours.ts';

/** The package's own folder: example knowledge and reply templates ship with it. */
export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Config {
  knowledgeDir: string;
  /** Time zone of the agents' desk (clock times, opening hours). */
  deskTimeZone: string;
  promptsDir: string;
  logLevel: string;
  settings: ResponderSettings;
  /** The model that writes answers and drafts; absent: the offline composer writes everything. */
  llm?: LlmConfig;
}

/** An OpenAI-compatible endpoint (OpenAI, Azure OpenAI's v1 API, Ollama, vLLM, LM Studio). */
export interface LlmConfig {
  model: string;
  /** Base URL of the API, up to and including `/v1`. */
  baseUrl: string;
  apiKey: string;
  /** The longest a message waits for the model; after it the offline text is used. */
  timeoutMs: number;
  /** Embeddings model on the same endpoint: adds semantic ranking to the lexical matcher. */
  embeddingsModel?: string;
  /** Cosine similarity from which an entry the lexical matcher missed is offered to the model. */
  embeddingsMinSimilarity: number;
}

/** OpenAI's own endpoint, used when OPENAI_BASE_URL is not set. */
export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/**
 * A public reply is expected within seconds; a small model answers in one to three. Past this
 * the customer gets the offline text rather than waiting longer.
 */
const DEFAULT_LLM_TIMEOUT_MS = 5_000;
/**
 * Lowest confidence at which a question may get a model's grounded answer. The matcher caps
 * entries that share too few of the message's words at 0.25: that is where paraphrases land
 * ("put money on my number" for "top up"), so the band starts there.
 */
const DEFAULT_GROUNDED_ANSWER_FLOOR = 0.25;
/** Cosine similarity of question and entry from which embeddings nominate an entry (see README). */
const DEFAULT_EMBEDDINGS_MIN_SIMILARITY = 0.5;


/** Every variable Pronto reads, with what it means: the README table and .env.example follow it. */
export const CONFIG_VARIABLES = {
  PRONTO_KNOWLEDGE_DIR: 'folder of knowledge markdown files (default: ./knowledge)',
  PRONTO_PROMPTS_DIR: "folder of reply templates (default: the package's prompts/)",
  PRONTO_BRAND_HANDLES: "the brand's own handles, comma-separated, without @ (its posts are ignored)",
  PRONTO_BRAND_USER_IDS: "the brand's own user ids, comma-separated (its posts are ignored)",
  PRONTO_X_DM_RECIPIENT_ID: "the brand's X user id, for the open-a-DM link in public replies",
  PRONTO_ANSWER_THRESHOLD: `confidence (0..1) needed to answer (default: ${DEFAULT_SETTINGS.answerThreshold})`,
  PRONTO_INFLUENCER_FOLLOWERS: `followers that make an author an influencer (default: ${DEFAULT_SETTINGS.influencerFollowers})`,
  PRONTO_INFLUENCER_VERIFIED: 'true/false: a verified badge alone makes an influencer (default: true)',
  PRONTO_INFLUENCER_VERIFIED_TYPES: `X verification types that count as a badge, comma-separated: business, government, blue (default: ${DEFAULT_SETTINGS.influencerVerifiedTypes.join(',')})`,
  PRONTO_DEFAULT_LANG: `language when none is detected (default: ${DEFAULT_SETTINGS.defaultLang})`,
  PRONTO_LANGUAGES: `languages to detect, comma-separated (default: ${DEFAULT_SETTINGS.languages.join(',')})`,
  LOG_LEVEL: 'pino log level: fatal, error, warn, info, debug, trace (default: info)',
  DESK_TIME_ZONE: 'time zone of the agents, for clock times, opening hours and deadlines (default: Europe/Rome)',
  DESK_HOURS: 'opening hours of the agents, e.g. "mon-fri 09:00-18:00; sat 09:00-13:00" (default: always open)',
  PRONTO_LLM_MODEL: 'model that writes grounded answers and agents\' drafts, e.g. gpt-4o-mini or llama3.1 (default: none, the offline composer)',
  OPENAI_API_KEY: 'API key of the endpoint (required for OpenAI itself; local servers ignore it)',
  OPENAI_BASE_URL: `OpenAI-compatible API base URL ending in /v1, e.g. http://localhost:11434/v1 for Ollama (default: ${OPENAI_DEFAULT_BASE_URL})`,
  PRONTO_LLM_TIMEOUT_MS: `longest wait for the model per message, in ms; then the offline text is used (default: ${DEFAULT_LLM_TIMEOUT_MS})`,
  PRONTO_LLM_ANSWER_FLOOR: `confidence (0..1) from which a question below the answer threshold may get a model's grounded answer (default: ${DEFAULT_GROUNDED_ANSWER_FLOOR})`,
  PRONTO_EMBEDDINGS_MODEL: 'embeddings model on the same endpoint, e.g. text-embedding-3-small or nomic-embed-text (default: none, lexical matching only)',
  PRONTO_EMBEDDINGS_MIN_SIMILARITY: `cosine similarity (0..1) from which embeddings offer an entry to the model (default: ${DEFAULT_EMBEDDINGS_MIN_SIMILARITY})`,
} as const;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
/** X's `verified_type` values that are a badge (`none` is not). */
const X_VERIFIED_TYPES = ['business', 'government', 'blue'];

export function loadConfig(env: Env, cwd: string = process.cwd()): Config {
  const read = createEnvReader(env);
  const { problems } = read;
  const list = (name: keyof typeof CONFIG_VARIABLES, fallback: string[]) => read.list(name, fallback);
  const number = (name: keyof typeof CONFIG_VARIABLES, fallback: number, min: number, max: number) =>
    read.number(name, fallback, min, max);
  const flag = (name: keyof typeof CONFIG_VARIABLES, fallback: boolean) => read.flag(name, fallback);
  const language = (code: string, name: string): string => {
    if (!/^[a-z]{2}$/.test(code)) problems.push(`${name}: ${JSON.stringify(code)} is not a two-letter ISO 639-1 code such as it or en`);
    return code;
  };

  const languages = list('PRONTO_LANGUAGES', DEFAULT_SETTINGS.languages).map((code) =>
    language(code.toLowerCase(), 'PRONTO_LANGUAGES'),
  );
  const defaultLang = language(
    (env.PRONTO_DEFAULT_LANG ?? DEFAULT_SETTINGS.defaultLang).trim().toLowerCase(),
    'PRONTO_DEFAULT_LANG',
  );
  const influencerVerifiedTypes = list('PRONTO_INFLUENCER_VERIFIED_TYPES', DEFAULT_SETTINGS.influencerVerifiedTypes).map((type) => {
    const lower = type.toLowerCase();
    if (!X_VERIFIED_TYPES.includes(lower)) {
      problems.push(`PRONTO_INFLUENCER_VERIFIED_TYPES: ${JSON.stringify(type)} is not an X verification type; use ${X_VERIFIED_TYPES.join(', ')}`);
    }
    return lower;
  });
  const logLevel = (env.LOG_LEVEL ?? 'info').trim().toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL=${JSON.stringify(env.LOG_LEVEL)} is not one of ${LOG_LEVELS.join(', ')}`);
  const xDmRecipientId = env.PRONTO_X_DM_RECIPIENT_ID?.trim();
  if (xDmRecipientId && !/^\d+$/.test(xDmRecipientId)) {
    problems.push('PRONTO_X_DM_RECIPIENT_ID must be the numeric X user id of the brand (GET /2/users/me tells it)');
  }

  const deskTimeZone = env.DESK_TIME_ZONE?.trim() || 'Europe/Rome';
  if (!isTimeZone(deskTimeZone)) problems.push(`DESK_TIME_ZONE=${JSON.stringify(deskTimeZone)} is not an IANA time zone such as Europe/Rome`);
  let deskHours: BusinessHours | undefined;
  const hoursText = env.DESK_HOURS?.trim();
  if (hoursText && isTimeZone(deskTimeZone)) {
    const parsed = parseBusinessHours(hoursText, deskTimeZone);
    if (parsed.ok) deskHours = parsed.hours;
    else problems.push(`DESK_HOURS: ${parsed.error}`);
  }

  const settings: ResponderSettings = {
    brandHandles: list('PRONTO_BRAND_HANDLES', DEFAULT_SETTINGS.brandHandles),
    brandUserIds: list('PRONTO_BRAND_USER_IDS', DEFAULT_SETTINGS.brandUserIds),
    ...(xDmRecipientId ? { xDmRecipientId } : {}),
    answerThreshold: number('PRONTO_ANSWER_THRESHOLD', DEFAULT_SETTINGS.answerThreshold, 0, 1),
    influencerFollowers: number('PRONTO_INFLUENCER_FOLLOWERS', DEFAULT_SETTINGS.influencerFollowers, 0, Number.MAX_SAFE_INTEGER),
    influencerVerified: flag('PRONTO_INFLUENCER_VERIFIED', DEFAULT_SETTINGS.influencerVerified),
    influencerVerifiedTypes,
    defaultLang,
    languages: languages.includes(defaultLang) ? languages : [...languages, defaultLang],
    ...(deskHours ? { deskHours } : {}),
  };
  const llm = readLlmConfig(env, read);
  if (llm !== undefined) {
    settings.groundedAnswerFloor = number('PRONTO_LLM_ANSWER_FLOOR', DEFAULT_GROUNDED_ANSWER_FLOOR, 0, 1);
    if (settings.groundedAnswerFloor > settings.answerThreshold) {
      problems.push(`PRONTO_LLM_ANSWER_FLOOR=${settings.groundedAnswerFloor} is above PRONTO_ANSWER_THRESHOLD=${settings.answerThreshold}; set it lower (the band runs from it up to the threshold)`);
    }
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);

  return {
    knowledgeDir: path.resolve(cwd, env.PRONTO_KNOWLEDGE_DIR ?? 'knowledge'),
    promptsDir: path.resolve(cwd, env.PRONTO_PROMPTS_DIR ?? path.join(PACKAGE_DIR, 'prompts')),
    deskTimeZone,
    logLevel,
    settings,
    ...(llm ? { llm } : {}),
  };
}

function readLlmConfig(env: Env, read: ReturnType<typeof createEnvReader>): LlmConfig | undefined {
  const value = (name: keyof typeof CONFIG_VARIABLES) => env[name]?.trim() || undefined;
  const model = value('PRONTO_LLM_MODEL');
  const embeddingsModel = value('PRONTO_EMBEDDINGS_MODEL');
  if (model === undefined) {
    for (const name of ['PRONTO_EMBEDDINGS_MODEL', 'PRONTO_LLM_TIMEOUT_MS', 'PRONTO_LLM_ANSWER_FLOOR'] as const) {
      // Embeddings only offer entries to the model, which checks them: without a model they would do nothing.
      if (value(name) !== undefined) read.problems.push(`${name} is set but PRONTO_LLM_MODEL is not: set PRONTO_LLM_MODEL to the model's name (e.g. gpt-4o-mini), or unset ${name}`);
    }
    return undefined;
  }
  const baseUrl = (value('OPENAI_BASE_URL') ?? OPENAI_DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/.test(baseUrl)) {
    read.problems.push(`OPENAI_BASE_URL=${JSON.stringify(env.OPENAI_BASE_URL)} is not an http(s) URL; set it to e.g. http://localhost:11434/v1`);
  }
  let apiKey = value('OPENAI_API_KEY');
  if (apiKey === undefined) {
    if (value('OPENAI_BASE_URL') === undefined) {
      read.problems.push('PRONTO_LLM_MODEL is set but OPENAI_API_KEY is not: set the API key, or OPENAI_BASE_URL to a local server such as Ollama');
    }
    // Local servers (Ollama, vLLM, LM Studio) ignore the key, but the client must send one.
    apiKey = 'unused';
  }
  return {
    model,
    baseUrl,
    apiKey,
    timeoutMs: read.number('PRONTO_LLM_TIMEOUT_MS', DEFAULT_LLM_TIMEOUT_MS, 100, 120_000, { integer: true }),
    ...(embeddingsModel ? { embeddingsModel } : {}),
    embeddingsMinSimilarity: read.number('PRONTO_EMBEDDINGS_MIN_SIMILARITY', DEFAULT_EMBEDDINGS_MIN_SIMILARITY, 0, 1),
  };
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
