// Parses and validates one knowledge file (DESIGN section 2). Every problem names the file, the
// field and the fix, because the people reading them are content editors, not developers.
import { parseDocument, type Document } from 'yaml';
import type { EntryKind, KnowledgeEntry, Visibility } from '../core/model.ts';
import {
  isRecord,
  readActive,
  readChoice,
  readId,
  readLang,
  readLink,
  readText,
  readTextList,
  readUntil,
  type Report,
} from './read-entry-fields.ts';
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

// The fields take a few hundred bytes, a long list of example questions a few KB. The cap keeps
// the YAML parser's work bounded whatever a file holds (the file itself is capped by the loader).
const MAX_FRONT_MATTER_BYTES = 64 * 1024;

// Aliases (*name) repeat a value defined once (&name): front matter hardly needs them, and each
// expansion can multiply the next ("billion laughs"). This is the yaml package's own default,
// set here on purpose.
const MAX_YAML_ALIAS_EXPANSIONS = 100;

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

export function parseEntry(file: string, source: string): ParsedEntry {
  const problems: KnowledgeProblem[] = [];
  const report: Report = (severity, field, message, fix) => {
    problems.push(field === undefined ? { file, message, fix, severity } : { file, field, message, fix, severity });
  };

  const text = normalizeSource(source);
  if (text.trim() === '') {
    report('error', undefined, 'the file is empty',
      'start it with front matter between two --- lines (id, lang, title), then write the answer below');
    return { problems };
  }
  const split = splitFrontMatter(text);
  if (!split.ok) {
    if (split.reason === 'missing') {
      report('error', undefined, 'the file has no front matter',
        "make the first line '---', then the fields (id, lang, title), then a line '---', then the answer");
    } else {
      report('error', undefined, "the front matter is not closed: no second '---' line",
        "add a line '---' after the last field, before the answer");
    }
    return { problems };
  }
  if (split.tabLines.length > 0) {
    const lines = `line${split.tabLines.length > 1 ? 's' : ''} ${split.tabLines.join(', ')}`;
    report('warning', undefined, `front matter ${lines} indented with tabs, read as two spaces each`,
      'indent the front matter with spaces');
  }

  const yamlBytes = Buffer.byteLength(split.yaml);
  if (yamlBytes > MAX_FRONT_MATTER_BYTES) {
    report('error', undefined,
      `the front matter is ${Math.ceil(yamlBytes / 1024)} KB, over the limit of ${MAX_FRONT_MATTER_BYTES / 1024} KB`,
      'keep only the fields (id, lang, title, questions, tags, ...) between the --- lines; the answer goes below them');
    return { problems };
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
  const fields = readYamlValues(document, report);
  if (fields === undefined) return { problems };
  if (fields !== null && !isRecord(fields)) {
    report('error', undefined, 'the front matter is not a list of fields',
      "write one 'field: value' per line, such as 'id: ricarica'");
    return { problems };
  }
  const entry = readEntry(file, isRecord(fields) ? fields : {}, split.body, report);
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return hasErrors || !entry ? { problems } : { entry, problems };
}

/** The front matter as plain values; `undefined` when its aliases cannot be expanded (reported). */
function readYamlValues(document: Document, report: Report): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIAS_EXPANSIONS }) ?? null;
  } catch (error) {
    // The yaml package throws a ReferenceError for an alias it will not expand.
    if (!(error instanceof ReferenceError)) throw error;
    if (error.message.startsWith('Excessive alias count')) {
      report('error', undefined,
        `the front matter has too many YAML aliases (more than ${MAX_YAML_ALIAS_EXPANSIONS} expansions of & and *), as in an "alias bomb"`,
        'write the values out instead of repeating them with &name and *name');
    } else {
      report('error', undefined, `the front matter is not valid YAML: ${error.message}`,
        "define an anchor (&name) before using it (*name), or put a value starting with * in quotes");
    }
    return undefined;
  }
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
  const title = readText('title', fields.title, report,
    "add a line 'title: ...' with the question the entry answers");
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
    report('error', 'body', 'the answer is empty',
      'write the answer below the closing ---; its first paragraph is the short answer used in tweets');
  }
  if (id === undefined || lang === undefined || title === undefined || body === '') return undefined;
  const short = shortAnswerOf(body);
  const entry: KnowledgeEntry = { id, lang, title, questions, tags, visibility, kind, active, body, short, file };
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

/** The first paragraph of the body as plain text; headings alone are not an answer. */
function shortAnswerOf(body: string): string {
  const paragraphs = body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const first = paragraphs.find((paragraph) => !isHeadingOrRule(paragraph));
  return stripMarkdown(first ?? paragraphs[0] ?? '');
}

function isHeadingOrRule(paragraph: string): boolean {
  return /^(?:#{1,6}\s.*\n?)+$/.test(paragraph) || /^([-*_]\s*){3,}$/.test(paragraph);
}

