// Parses and validates one knowledge file (DESIGN section 2). Every problem names the file, the
// field and the fix, because the people reading them are content editors, not developers.
import { parseDocument } from 'yaml';
import type { EntryKind, KnowledgeEntry, Visibility } from '../core/model.ts';
import { isLanguageCode, suggestLanguageCode } from './language-codes.ts';
import { normalizeSource, splitFrontMatter } from './split-front-matter.ts';
import { stripMarkdown } from './strip-markdown.ts';

export interface KnowledgeProblem {
  /** Path of the file, as given to the parser (relative to the knowledge folder). */
  file: string;
  field?: string;
  message: string;
  fix: string;
  severity: 'error' | 'warning';
}

export interface ParsedEntry {
  /** Present when the file has no errors (warnings allowed). */
  entry?: KnowledgeEntry;
  problems: KnowledgeProblem[];
}

const KNOWN_FIELDS = [
  'id',
  'lang',
  'title',
  'questions',
  'tags',
  'visibility',
  'kind',
  'active',
  'until',
  'link',
] as const;

// Field names editors write by habit or in Italian, mapped to the one they meant.
const FIELD_ALIASES: Record<string, string> = {
  question: 'questions',
  domande: 'questions',
  tag: 'tags',
  language: 'lang',
  lingua: 'lang',
  titolo: 'title',
  url: 'link',
  href: 'link',
  type: 'kind',
  status: 'active',
  expires: 'until',
  scadenza: 'until',
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

type Report = (severity: KnowledgeProblem['severity'], field: string | undefined, message: string, fix: string) => void;

export function parseEntry(file: string, source: string): ParsedEntry {
  const problems: KnowledgeProblem[] = [];
  const report: Report = (severity, field, message, fix) =>
    problems.push(field === undefined ? { file, message, fix, severity } : { file, field, message, fix, severity });

  const text = normalizeSource(source);
  if (text.trim() === '') {
    report('error', undefined, 'the file is empty', 'start it with front matter between two --- lines (id, lang, title), then write the answer below');
    return { problems };
  }
  const split = splitFrontMatter(text);
  if (!split.ok) {
    if (split.reason === 'missing') {
      report('error', undefined, 'the file has no front matter', "make the first line '---', then the fields (id, lang, title), then a line '---', then the answer");
    } else {
      report('error', undefined, "the front matter is not closed: no second '---' line", "add a line '---' after the last field, before the answer");
    }
    return { problems };
  }
  if (split.tabLines.length > 0) {
    report('warning', undefined, `front matter line ${split.tabLines.join(', ')} is indented with tabs (read as two spaces each)`, 'indent the front matter with spaces');
  }

  const document = parseDocument(split.yaml);
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = (yamlError.linePos?.[0].line ?? 1) + split.yamlFirstLine - 1;
    const what = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const fix =
      yamlError.code === 'DUPLICATE_KEY'
        ? 'keep only one line for that field'
        : "check the indentation of that line, and put the value in quotes if it contains ': ' or starts with [ { * & ! | > ' \" % @ or `";
    report('error', undefined, `the front matter is not valid YAML at line ${line}: ${what}`, fix);
    return { problems };
  }
  const fields: unknown = document.toJS();
  if (fields !== null && fields !== undefined && !isRecord(fields)) {
    report('error', undefined, 'the front matter is not a list of fields', "write one 'field: value' per line, such as 'id: ricarica'");
    return { problems };
  }
  const entry = readEntry(file, isRecord(fields) ? fields : {}, split.body, report);
  return problems.some((problem) => problem.severity === 'error') || !entry ? { problems } : { entry, problems };
}

function readEntry(
  file: string,
  fields: Record<string, unknown>,
  rawBody: string,
  report: Report,
): KnowledgeEntry | undefined {
  warnAboutUnknownFields(fields, report);
  const id = readId(fields.id, report);
  const lang = readLang(fields.lang, report);
  const title = readText('title', fields.title, report, "add a line 'title: ...' with the question the entry answers");
  const questions = readTextList('questions', fields.questions, report);
  const tags = readTextList('tags', fields.tags, report);
  const visibility = readChoice<Visibility>('visibility', fields.visibility, ['public', 'private'], 'public', report,
    'use public (may be answered in public) or private (account-specific: continued in a DM)');
  const kind = readChoice<EntryKind>('kind', fields.kind, ['answer', 'notice'], 'answer', report,
    'use answer (the default) or notice (a service notice such as an outage)');
  const active = readActive(kind, fields.active, report);
  const until = readUntil(kind, fields.until, report);
  const link = readLink(fields.link, report);
  const body = rawBody.trim();
  if (body === '') {
    report('error', 'body', 'the answer is empty', 'write the answer below the closing ---; its first paragraph is the short answer used in tweets');
  }
  if (id === undefined || lang === undefined || title === undefined || body === '') return undefined;
  const entry: KnowledgeEntry = { id, lang, title, questions, tags, visibility, kind, active, body, short: shortAnswerOf(body), file };
  if (until !== undefined) entry.until = until;
  if (link !== undefined) entry.link = link;
  return entry;
}

function warnAboutUnknownFields(fields: Record<string, unknown>, report: Report): void {
  for (const name of Object.keys(fields)) {
    if ((KNOWN_FIELDS as readonly string[]).includes(name)) continue;
    const meant = FIELD_ALIASES[name.toLowerCase()] ?? KNOWN_FIELDS.find((known) => known === name.toLowerCase());
    report('warning', name, `${name}: unknown field, ignored`,
      meant ? `did you mean '${meant}'?` : `remove it; the fields are ${KNOWN_FIELDS.join(', ')}`);
  }
}

function readId(value: unknown, report: Report): string | undefined {
  const id = readText('id', value, report, "add a line 'id: ...' with a short name such as ricarica-online; translations share it");
  if (id === undefined || SLUG.test(id)) return id;
  const slug = slugify(id);
  report('error', 'id', `id: '${id}' is not a slug`,
    `use lowercase letters, digits and dashes${slug ? `, such as ${slug}` : ''}`);
  return undefined;
}

function readLang(value: unknown, report: Report): string | undefined {
  const lang = readText('lang', value, report, "add a line 'lang: it' (or the two-letter code of the language the file is written in)");
  if (lang === undefined || isLanguageCode(lang)) return lang;
  const suggestion = suggestLanguageCode(lang);
  report('error', 'lang', `lang: '${lang}' is not an ISO 639-1 code`,
    suggestion ? `use the two-letter code ${suggestion}` : 'use a two-letter code such as it or en');
  return undefined;
}

/** A required single line of text; numbers are accepted as text because YAML reads `id: 404` as one. */
function readText(field: string, value: unknown, report: Report, fixWhenMissing: string): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    report('error', field, `${field} is missing`, fixWhenMissing);
    return undefined;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    report('error', field, `${field} must be text, not ${describe(value)}`, `write it on one line: '${field}: ...' (in quotes if it contains ': ')`);
    return undefined;
  }
  return value.replace(/\s+/g, ' ').trim();
}

function readTextList(field: string, value: unknown, report: Report): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string' || typeof value === 'number') {
    report('warning', field, `${field}: a single text was given; read as a one-item list`,
      `write it as a list: a line '${field}:' followed by lines '  - ...'`);
    return [String(value).trim()].filter((item) => item !== '');
  }
  if (!Array.isArray(value)) {
    report('error', field, `${field} must be a list of texts, not ${describe(value)}`, `write a line '${field}:' followed by lines '  - ...'`);
    return [];
  }
  const items: string[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item === 'string' || typeof item === 'number') {
      const text = String(item).replace(/\s+/g, ' ').trim();
      if (text !== '') items.push(text);
      else report('warning', field, `${field}: item ${index + 1} is empty, ignored`, 'remove the empty line or write the text');
      return;
    }
    report('error', field, `${field}: item ${index + 1} is not text (${describe(item)})`,
      "write each item as '- text'; put it in quotes if it contains ': ' or starts with [ or {");
  });
  return items;
}

function readChoice<T extends string>(
  field: string,
  value: unknown,
  choices: readonly T[],
  fallback: T,
  report: Report,
  fix: string,
): T {
  if (value === undefined || value === null) return fallback;
  const choice = choices.find((candidate) => candidate === value);
  if (choice !== undefined) return choice;
  report('error', field, `${field}: '${String(value)}' must be ${choices.join(' or ')}`, fix);
  return fallback;
}

function readActive(kind: EntryKind, value: unknown, report: Report): boolean {
  if (kind === 'answer') {
    if (value !== undefined) {
      report('warning', 'active', 'active is only used by notices; ignored for answers',
        'remove it, or set kind: notice; to take an answer out of use, move its file into a folder whose name starts with a dot');
    }
    // Answers are always in use; only notices come and go.
    return true;
  }
  if (typeof value === 'boolean') return value;
  report('error', 'active',
    value === undefined || value === null ? 'active is missing: a notice needs it' : `active: '${String(value)}' is not true or false`,
    'write active: true while the notice is in force, active: false once it is over (no quotes)');
  return false;
}

function readUntil(kind: EntryKind, value: unknown, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (kind === 'answer') {
    report('warning', 'until', 'until is only used by notices; ignored for answers', 'remove it, or set kind: notice');
    return undefined;
  }
  const text = typeof value === 'string' ? value.trim() : String(value);
  const fix = 'write an ISO time with a zone, such as 2030-06-30T23:59:00+02:00 or 2030-06-30T21:59:00Z';
  const parts = typeof value === 'string' ? ISO_TIME.exec(text) : null;
  if (!parts) {
    report('error', 'until', `until: '${text}' is not an ISO time`, fix);
    return undefined;
  }
  const [, year, month, day, hour, , , zone] = parts;
  if (hour === undefined) {
    report('error', 'until', `until: '${text}' has a date but no time, so the end of the notice is ambiguous`, fix);
    return undefined;
  }
  // Without a zone, JavaScript would read local time and the notice would expire at a different
  // moment on every server; UTC at least makes it the same everywhere.
  const time = new Date(zone === undefined ? `${text}Z` : text);
  const validDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDate() === Number(day);
  if (Number.isNaN(time.getTime()) || !validDay) {
    report('error', 'until', `until: '${text}' is not a real date and time`, fix);
    return undefined;
  }
  if (zone === undefined) {
    report('warning', 'until', `until: '${text}' has no time zone; read as UTC`, fix);
  }
  return time.toISOString();
}

function readLink(value: unknown, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  if (typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(text) && URL.canParse(text)) return text;
  const guess = /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text) ? `, such as https://${text}` : '';
  report('error', 'link', `link: '${text}' is not a web address`, `write the full address starting with https://${guess}`);
  return undefined;
}

/** The first paragraph of the body as plain text; headings alone are not an answer. */
function shortAnswerOf(body: string): string {
  const paragraphs = body.split(/\n[ \t]*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
  const first = paragraphs.find((paragraph) => !/^(?:\s{0,3}#{1,6}\s.*\n?)+$/.test(paragraph) && !/^([-*_]\s*){3,}$/.test(paragraph));
  return stripMarkdown(first ?? paragraphs[0] ?? '');
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a group of fields';
  if (value === null) return 'empty';
  return typeof value === 'boolean' ? `${String(value)} (a yes/no value)` : `a ${typeof value}`;
}
