// Readers for the front matter fields of a knowledge file: each returns the value to use and
// reports what is wrong in words an editor can act on.
import type { EntryKind } from '../core/model.ts';
import { isLanguageCode, suggestLanguageCode } from './language-codes.ts';
import type { KnowledgeProblem } from './parse-entry.ts';

export type Report = (
  severity: KnowledgeProblem['severity'],
  field: string | undefined,
  message: string,
  fix: string,
) => void;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function readId(value: unknown, report: Report): string | undefined {
  const id = readText('id', value, report,
    "add a line 'id: ...' with a short name such as ricarica-online; translations share it");
  if (id === undefined || SLUG.test(id)) return id;
  const slug = slugify(id);
  report('error', 'id', `id: '${id}' is not a slug`,
    `use lowercase letters, digits and dashes${slug ? `, such as ${slug}` : ''}`);
  return undefined;
}

export function readLang(value: unknown, report: Report): string | undefined {
  const lang = readText('lang', value, report,
    "add a line 'lang: it' (or the two-letter code of the language the file is written in)");
  if (lang === undefined || isLanguageCode(lang)) return lang;
  const suggestion = suggestLanguageCode(lang);
  report('error', 'lang', `lang: '${lang}' is not an ISO 639-1 code`,
    suggestion ? `use the two-letter code ${suggestion}` : 'use a two-letter code such as it or en');
  return undefined;
}

/** A required single line of text; numbers are accepted as text because YAML reads `id: 404` as one. */
export function readText(field: string, value: unknown, report: Report, fixWhenMissing: string): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    report('error', field, `${field} is missing`, fixWhenMissing);
    return undefined;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    report('error', field, `${field} must be text, not ${describe(value)}`,
      `write it on one line: '${field}: ...' (in quotes if it contains ': ')`);
    return undefined;
  }
  return value.replace(/\s+/g, ' ').trim();
}

export function readTextList(field: string, value: unknown, report: Report): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string' || typeof value === 'number') {
    report('warning', field, `${field}: a single text was given; read as a one-item list`,
      `write it as a list: a line '${field}:' followed by lines '  - ...'`);
    return [String(value).trim()].filter((item) => item !== '');
  }
  if (!Array.isArray(value)) {
    report('error', field, `${field} must be a list of texts, not ${describe(value)}`,
      `write a line '${field}:' followed by lines '  - ...'`);
    return [];
  }
  const items: string[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item === 'string' || typeof item === 'number') {
      const text = String(item).replace(/\s+/g, ' ').trim();
      if (text !== '') items.push(text);
      else report('warning', field, `${field}: item ${index + 1} is empty, ignored`, 'remove it or write the text');
      return;
    }
    report('error', field, `${field}: item ${index + 1} is not text (${describe(item)})`,
      "write each item as '- text'; put it in quotes if it contains ': ' or starts with [ or {");
  });
  return items;
}

export function readChoice<T extends string>(
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

export function readActive(kind: EntryKind, value: unknown, report: Report): boolean {
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

export function readUntil(kind: EntryKind, value: unknown, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (kind === 'answer') {
    report('warning', 'until', 'until is only used by notices; ignored for answers',
      'remove it, or set kind: notice');
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

export function readLink(value: unknown, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  if (typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(text) && URL.canParse(text)) return text;
  const guess = /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text) ? `, such as https://${text}` : '';
  report('error', 'link', `link: '${text}' is not a web address`,
    `write the full address starting with https://${guess}`);
  return undefined;
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a group of fields';
  if (value === null) return 'empty';
  return typeof value === 'boolean' ? `${String(value)} (a yes/no value)` : `a ${typeof value}`;
}
