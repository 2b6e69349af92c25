// Reply templates (prompts/replies/<lang>.yaml) are edited by content people, so loading them
// checks everything a typo could break and names the file, the key and the fix.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { ProntoError } from '../errors.ts';

export const TEMPLATE_KEYS = [
  'greeting',
  'greeting_no_name',
  'hold',
  'hold_bereavement',
  'move_to_dm',
  'personal_data',
  'personal_data_secret',
  'secret_in_dm',
  'dm_request_details',
  'dm_request_order',
  'dm_request_trip',
  'dm_request_visit',
  'thanks',
  'ask_back',
  'draft_language_note',
  'back_at',
  // Agents' drafts, one per handoff reason (write-handoff-draft.ts picks one).
  'draft_fault',
  'draft_fault_since_told',
  'draft_fault_reference_told',
  'draft_fault_order',
  'draft_fault_order_dm',
  'draft_fault_trip',
  'draft_fault_trip_dm',
  'draft_fault_visit',
  'draft_fault_visit_dm',
  'draft_outage',
  'draft_complaint',
  'draft_complaint_order',
  'draft_complaint_order_dm',
  'draft_complaint_trip',
  'draft_complaint_trip_dm',
  'draft_complaint_visit',
  'draft_complaint_visit_dm',
  'draft_complaint_reference_told',
  'draft_churn',
  'draft_account',
  'draft_account_order',
  'draft_account_trip',
  'draft_account_visit',
  'draft_security',
  'draft_security_dm',
  'draft_bereavement',
  'draft_bereavement_dm',
  'draft_safety',
  'draft_legal',
  'draft_abuse',
  'draft_human',
  'draft_repeated',
  'draft_no_answer',
  'welcome',
] as const;

export type TemplateKey = (typeof TEMPLATE_KEYS)[number];
export type ReplyTemplateSet = Readonly<Record<TemplateKey, string>>;
/** Template sets by language (ISO 639-1). */
export type ReplyTemplates = ReadonlyMap<string, ReplyTemplateSet>;

/**
 * Longest template, in characters: a greeting with a name, the template and a 23-character link
 * must still fit one tweet (280).
 */
export const MAX_TEMPLATE_CHARS = 200;

/** Placeholders each template may use; anything else is a typo the customer would see. */
const ALLOWED_PLACEHOLDERS: Readonly<Record<TemplateKey, readonly string[]>> = {
  greeting: ['name'],
  greeting_no_name: [],
  hold: [],
  hold_bereavement: [],
  move_to_dm: ['dm_link'],
  personal_data: ['dm_link'],
  personal_data_secret: ['dm_link'],
  secret_in_dm: [],
  dm_request_details: [],
  dm_request_order: [],
  dm_request_trip: [],
  dm_request_visit: [],
  thanks: [],
  ask_back: [],
  draft_language_note: ['lang', 'draft_lang'],
  back_at: ['when'],
  draft_fault: [],
  draft_fault_since_told: [],
  draft_fault_reference_told: [],
  draft_fault_order: ['dm_link'],
  draft_fault_order_dm: [],
  draft_fault_trip: ['dm_link'],
  draft_fault_trip_dm: [],
  draft_fault_visit: ['dm_link'],
  draft_fault_visit_dm: [],
  draft_outage: [],
  draft_complaint: [],
  draft_complaint_order: ['dm_link'],
  draft_complaint_order_dm: [],
  draft_complaint_trip: ['dm_link'],
  draft_complaint_trip_dm: [],
  draft_complaint_visit: ['dm_link'],
  draft_complaint_visit_dm: [],
  draft_complaint_reference_told: [],
  draft_churn: [],
  draft_account: [],
  draft_account_order: [],
  draft_account_trip: [],
  draft_account_visit: [],
  draft_security: ['dm_link'],
  draft_security_dm: [],
  draft_bereavement: ['dm_link'],
  draft_bereavement_dm: [],
  draft_safety: [],
  draft_legal: [],
  draft_abuse: [],
  draft_human: [],
  draft_repeated: [],
  draft_no_answer: [],
  welcome: [],
};

/** Whether a template may carry the link that opens a DM with the brand. */
export function takesDmLink(key: TemplateKey): boolean {
  return ALLOWED_PLACEHOLDERS[key].includes('dm_link');
}

const PLACEHOLDER = /\{([^{}\s]*)\}/g;
const PLACEHOLDER_WITH_SPACE = /(\s*)\{([^{}\s]*)\}/g;
const LANG_FILE = /^([a-z]{2})\.ya?ml$/;

export class ReplyTemplatesError extends ProntoError {
  readonly problems: string[];

  constructor(problems: string[]) {
    super('reply_templates_invalid', `Reply templates are invalid:\n- ${problems.join('\n- ')}`);
    this.problems = problems;
  }
}

/**
 * Reads `<dir>/replies/<lang>.yaml` (or `<dir>/<lang>.yaml` when there is no `replies` folder,
 * so both the prompts folder and the replies folder itself can be passed).
 */
export async function loadReplyTemplates(dir: string): Promise<ReplyTemplates> {
  const folder = (await isDirectory(path.join(dir, 'replies'))) ? path.join(dir, 'replies') : dir;
  const names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const problems: string[] = [];
  const templates = new Map<string, ReplyTemplateSet>();
  for (const name of names) {
    const file = path.join(folder, name);
    const lang = LANG_FILE.exec(name)?.[1];
    if (lang === undefined) {
      problems.push(`${file}: the file name must be a two-letter language code, e.g. en.yaml`);
      continue;
    }
    const set = parseTemplateSet(file, await readFile(file, 'utf8'), problems);
    if (set !== undefined) templates.set(lang, set);
  }
  if (names.length === 0) problems.push(`${folder}: no <lang>.yaml files found (e.g. en.yaml)`);
  if (problems.length > 0) throw new ReplyTemplatesError(problems);
  return templates;
}

/**
 * Fills `{placeholder}`s. An empty or missing value takes the space before it along, and a
 * colon left dangling at the end becomes a full stop ("write to us here: {dm_link}").
 */
export function renderTemplate(
  template: string,
  vars: Readonly<Record<string, string | undefined>>,
): string {
  const source = template.trim();
  // Most texts have no placeholder, and the pattern would be tried at every character.
  if (!source.includes('{')) return source;
  let endsWithGap = false;
  const filled = source.replace(PLACEHOLDER_WITH_SPACE, (match, space: string, key: string, at: number) => {
    const value = Object.hasOwn(vars, key) ? (vars[key] ?? '') : '';
    if (value !== '') return `${space}${value}`;
    endsWithGap = at + match.length === source.length;
    return '';
  });
  return endsWithGap ? filled.replace(/\s*:$/, '.') : filled;
}

function parseTemplateSet(file: string, source: string, problems: string[]): ReplyTemplateSet | undefined {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    problems.push(`${file}: not valid YAML (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
  if (!isRecord(data)) {
    problems.push(`${file}: expected lines like \`hold: "..."\`, one per key (${TEMPLATE_KEYS.join(', ')})`);
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(data)) {
    if (!isTemplateKey(key)) {
      problems.push(`${file}: unknown key "${key}" (known keys: ${TEMPLATE_KEYS.join(', ')})`);
    }
  }
  const set: Partial<Record<TemplateKey, string>> = {};
  for (const key of TEMPLATE_KEYS) {
    const value = data[key];
    const problem = checkTemplate(key, value);
    if (problem !== undefined) problems.push(`${file}: key "${key}" ${problem}`);
    else if (typeof value === 'string') set[key] = value.trim();
  }
  return problems.length === before ? (set as ReplyTemplateSet) : undefined;
}

function checkTemplate(key: TemplateKey, value: unknown): string | undefined {
  if (value === undefined || value === null) return `is missing: add a line \`${key}: "..."\``;
  if (typeof value !== 'string' || value.trim() === '') return 'must be a non-empty text in quotes';
  const length = [...value.trim()].length;
  if (length > MAX_TEMPLATE_CHARS) {
    return `is too long (${length} characters, at most ${MAX_TEMPLATE_CHARS}): shorten it`;
  }
  const allowed = ALLOWED_PLACEHOLDERS[key];
  for (const [, placeholder] of value.matchAll(PLACEHOLDER)) {
    if (placeholder === undefined || !allowed.includes(placeholder)) {
      const hint =
        allowed.length > 0 ? `allowed here: ${allowed.map((p) => `{${p}}`).join(', ')}` : 'none are allowed here';
      return `uses an unknown placeholder {${placeholder ?? ''}} (${hint})`;
    }
  }
  if (key === 'greeting' && !value.includes('{name}')) {
    return 'must contain {name} (greeting_no_name is used when the name is unknown)';
  }
  return undefined;
}

function isTemplateKey(key: string): key is TemplateKey {
  return (TEMPLATE_KEYS as readonly string[]).includes(key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function isDirectory(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}
