import { describe, expect, it } from 'vitest';
import { parseEntry, type KnowledgeProblem } from '../../src/knowledge/parse-entry.ts';

const FILE = 'ricarica/ricarica.it.md';

/** Front matter fields as YAML lines; `undefined` leaves a field out. */
function buildFields(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    id: 'ricarica',
    lang: 'it',
    title: 'Come ricarico la SIM?',
    questions: '\n  - come faccio a ricaricare\n  - ricarica online',
    tags: '\n  - ricarica',
    link: 'https://lumo.example/ricarica',
    ...overrides,
  };
  return Object.entries(fields)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => `${name}:${value.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
}

function buildSource(overrides: Record<string, string | undefined> = {}, body = DEFAULT_BODY): string {
  return `---\n${buildFields(overrides)}\n---\n${body}`;
}

const DEFAULT_BODY = '\nPuoi ricaricare dall\'app Lumo.\n\nAltri dettagli qui.\n';

function errorsOf(problems: KnowledgeProblem[]): KnowledgeProblem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

function warningsOf(problems: KnowledgeProblem[]): KnowledgeProblem[] {
  return problems.filter((problem) => problem.severity === 'warning');
}

describe('parseEntry', () => {
  it('returns the entry with defaults when the file is valid', () => {
    const { entry, problems } = parseEntry(FILE, buildSource());
    expect(problems).toEqual([]);
    expect(entry).toEqual({
      id: 'ricarica',
      lang: 'it',
      title: 'Come ricarico la SIM?',
      questions: ['come faccio a ricaricare', 'ricarica online'],
      tags: ['ricarica'],
      visibility: 'public',
      kind: 'answer',
      active: true,
      link: 'https://lumo.example/ricarica',
      body: "Puoi ricaricare dall'app Lumo.\n\nAltri dettagli qui.",
      short: "Puoi ricaricare dall'app Lumo.",
      file: FILE,
    });
  });

  it('reads a private active notice when all fields are set', () => {
    const source = buildSource({ visibility: 'private', kind: 'notice', active: 'true', until: '2030-01-01T10:00:00+01:00' });
    const { entry, problems } = parseEntry(FILE, source);
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ visibility: 'private', kind: 'notice', active: true, until: '2030-01-01T09:00:00.000Z' });
  });

  it('accepts a file without optional fields when id, lang, title and body are there', () => {
    const source = buildSource({ questions: undefined, tags: undefined, link: undefined });
    const { entry, problems } = parseEntry(FILE, source);
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ questions: [], tags: [] });
    expect(entry?.link).toBeUndefined();
  });

  it.each([
    ['a byte-order mark', `\uFEFF${buildSource()}`],
    ['Windows line endings', buildSource().replace(/\n/g, '\r\n')],
    ['old Mac line endings', buildSource().replace(/\n/g, '\r')],
    ['blank lines before the front matter', `\n  \n${buildSource()}`],
  ])('reads the same entry when the file has %s', (_what, source) => {
    expect(parseEntry(FILE, source)).toEqual(parseEntry(FILE, buildSource()));
  });

  it('reads tab-indented lists with a warning naming the lines', () => {
    const source = buildSource({ questions: '\n\t- come faccio a ricaricare\n\t- ricarica online' });
    const { entry, problems } = parseEntry(FILE, source);
    expect(entry?.questions).toEqual(['come faccio a ricaricare', 'ricarica online']);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('lines 6, 7') }),
    ]);
  });

  it('keeps the whole markdown body but makes the short answer plain text', () => {
    const body = [
      '# Ricarica',
      '',
      'Ricarica **subito** dall\'_app_ o su [lumo.example/ricarica](https://lumo.example/ricarica),',
      'oppure [in negozio](https://lumo.example/negozi). Vedi <https://lumo.example/aiuto_ricarica>.',
      '',
      '- seconda parte',
    ].join('\n');
    const { entry } = parseEntry(FILE, buildSource({}, body));
    expect(entry?.body).toBe(body);
    expect(entry?.short).toBe(
      "Ricarica subito dall'app o su https://lumo.example/ricarica, oppure in negozio " +
        '(https://lumo.example/negozi). Vedi https://lumo.example/aiuto_ricarica.',
    );
  });

  it.each<[string, string, string | undefined, RegExp]>([
    ['an empty file', '', undefined, /empty/],
    ['a file of blank lines', ' \n\n\t\n', undefined, /empty/],
    ['no front matter', 'Solo testo.\n', undefined, /no front matter/],
    ['front matter never closed', '---\nid: ricarica\nlang: it\n\nTesto.\n', undefined, /not closed/],
    ['front matter that is a list', '---\n- id\n- lang\n---\nTesto\n', undefined, /not a list of fields/],
    ['no body', buildSource({}, '\n  \n'), 'body', /answer is empty/],
    ['no id', buildSource({ id: undefined }), 'id', /id is missing/],
    ['an id with spaces and capitals', buildSource({ id: 'Ricarica Online' }), 'id', /'Ricarica Online' is not a slug/],
    ['an id with underscores', buildSource({ id: 'ricarica_online' }), 'id', /not a slug/],
    ['an id that is a list', buildSource({ id: '[a, b]' }), 'id', /must be text, not a list/],
    ['no lang', buildSource({ lang: undefined }), 'lang', /lang is missing/],
    ['a language name as lang', buildSource({ lang: 'italian' }), 'lang', /'italian' is not an ISO 639-1 code/],
    ['two letters that are no language', buildSource({ lang: 'xx' }), 'lang', /'xx' is not an ISO 639-1 code/],
    ['an upper-case lang', buildSource({ lang: 'IT' }), 'lang', /'IT' is not an ISO 639-1 code/],
    ['no title', buildSource({ title: undefined }), 'title', /title is missing/],
    ['an empty title', buildSource({ title: "''" }), 'title', /title is missing/],
    ['questions as a map', buildSource({ questions: '\n  a: b' }), 'questions', /must be a list of texts/],
    ['a question that YAML reads as a map', buildSource({ questions: '\n  - nota: ricarica' }), 'questions', /item 1 is not text/],
    ['tags as a boolean', buildSource({ tags: 'true' }), 'tags', /must be a list of texts/],
    ['an unknown visibility', buildSource({ visibility: 'privato' }), 'visibility', /'privato' must be public or private/],
    ['an unknown kind', buildSource({ kind: 'faq' }), 'kind', /'faq' must be answer or notice/],
    ['a notice without active', buildSource({ kind: 'notice' }), 'active', /a notice needs it/],
    ['a notice with active: yes', buildSource({ kind: 'notice', active: 'yes' }), 'active', /'yes' is not true or false/],
    ['a notice with a quoted active', buildSource({ kind: 'notice', active: "'true'" }), 'active', /not true or false/],
    ['until that is no time', buildSource({ kind: 'notice', active: 'true', until: 'domani' }), 'until', /'domani' is not an ISO time/],
    ['until with a date only', buildSource({ kind: 'notice', active: 'true', until: '2030-06-30' }), 'until', /no time/],
    ['until on a day that does not exist', buildSource({ kind: 'notice', active: 'true', until: '2030-02-30T10:00:00Z' }), 'until', /not a real date/],
    ['until with hour 25', buildSource({ kind: 'notice', active: 'true', until: '2030-01-01T25:00:00Z' }), 'until', /not a real date/],
    ['until as a number', buildSource({ kind: 'notice', active: 'true', until: '2030' }), 'until', /not an ISO time/],
    ['a link without scheme', buildSource({ link: 'lumo.example/ricarica' }), 'link', /not a web address/],
    ['a link to another protocol', buildSource({ link: 'ftp://lumo.example/x' }), 'link', /not a web address/],
    ['a link with spaces', buildSource({ link: 'https://lumo.example/una pagina' }), 'link', /not a web address/],
  ])('reports an error and no entry for %s', (_what, source, field, message) => {
    const { entry, problems } = parseEntry(FILE, source);
    expect(entry).toBeUndefined();
    const errors = errorsOf(problems);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: FILE, message: expect.stringMatching(message) });
    expect(errors[0]?.field).toBe(field);
    expect(errors[0]?.fix.length).toBeGreaterThan(10);
  });

  it.each<[string, string, string]>([
    ['italian', 'it', 'use the two-letter code it'],
    ['IT', 'it', 'use the two-letter code it'],
    ['en-GB', 'en', 'use the two-letter code en'],
    ['xx', '', 'use a two-letter code such as it or en'],
  ])('suggests the right code when lang is %s', (lang, _code, fix) => {
    const { problems } = parseEntry(FILE, buildSource({ lang }));
    expect(problems[0]?.fix).toBe(fix);
  });

  it('suggests a slug when the id is not one', () => {
    const { problems } = parseEntry(FILE, buildSource({ id: 'Perché è Lento' }));
    expect(problems[0]?.fix).toContain('perche-e-lento');
  });

  it('names the file line when the YAML is invalid', () => {
    const { entry, problems } = parseEntry(FILE, buildSource({ title: '[Come ricarico' }));
    expect(entry).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^the front matter is not valid YAML at line \d+: /);
    const line = Number(/line (\d+)/.exec(problems[0]?.message ?? '')?.[1]);
    expect(line).toBeGreaterThanOrEqual(4);
    expect(line).toBeLessThanOrEqual(5);
  });

  it('counts blank lines before the front matter in the line it names', () => {
    const { problems } = parseEntry(FILE, `\n\n${buildSource({ title: '[Come ricarico' })}`);
    const line = Number(/line (\d+)/.exec(problems[0]?.message ?? '')?.[1]);
    expect(line).toBeGreaterThanOrEqual(6);
  });

  it('names the line of a field written twice', () => {
    const source = '---\nid: ricarica\nlang: it\ntitle: A\nid: altro\n---\nTesto\n';
    const { problems } = parseEntry(FILE, source);
    expect(problems[0]).toMatchObject({ severity: 'error', fix: 'keep only one line for that field' });
    expect(problems[0]?.message).toContain('line 5');
  });

  it.each<[string, Record<string, string>, string, RegExp, Partial<Record<string, unknown>>]>([
    ['a single question as text', { questions: 'come ricarico' }, 'questions', /one-item list/, { questions: ['come ricarico'] }],
    ['a single tag as text', { tags: 'ricarica' }, 'tags', /one-item list/, { tags: ['ricarica'] }],
    ['an empty question', { questions: "\n  - ''\n  - ricarica" }, 'questions', /item 1 is empty/, { questions: ['ricarica'] }],
    ['a misspelt field', { question: 'x' }, 'question', /unknown field/, { questions: ['come faccio a ricaricare', 'ricarica online'] }],
    ['active on an answer', { active: 'false' }, 'active', /only used by notices/, { active: true }],
    ['until on an answer', { until: '2030-01-01T00:00:00Z' }, 'until', /only used by notices/, { kind: 'answer' }],
    ['until without a zone', { kind: 'notice', active: 'true', until: '2030-01-01T10:00' }, 'until', /read as UTC/, { until: '2030-01-01T10:00:00.000Z' }],
  ])('keeps the entry with a warning when given %s', (_what, overrides, field, message, expected) => {
    const { entry, problems } = parseEntry(FILE, buildSource(overrides));
    expect(errorsOf(problems)).toEqual([]);
    expect(warningsOf(problems)).toEqual([expect.objectContaining({ file: FILE, field, message: expect.stringMatching(message) })]);
    expect(entry).toMatchObject(expected);
  });

  it('leaves until out of an answer when an editor sets it', () => {
    const { entry } = parseEntry(FILE, buildSource({ until: '2030-01-01T00:00:00Z' }));
    expect(entry && 'until' in entry).toBe(false);
  });

  it('suggests the intended field when an alias is used', () => {
    const { problems } = parseEntry(FILE, buildSource({ lingua: 'it' }));
    expect(problems[0]?.fix).toBe("did you mean 'lang'?");
  });

  it('reports every broken field at once when several are wrong', () => {
    const { problems } = parseEntry(FILE, buildSource({ lang: 'ita', visibility: 'secret', link: 'nope' }));
    expect(errorsOf(problems).map((problem) => problem.field)).toEqual(['lang', 'visibility', 'link']);
  });

  it('accepts a numeric id because YAML reads digits as a number', () => {
    expect(parseEntry(FILE, buildSource({ id: '404' })).entry?.id).toBe('404');
  });

  it('skips a heading-only first paragraph when making the short answer', () => {
    const { entry } = parseEntry(FILE, buildSource({}, '## Ricarica\n\n1. Apri l\'app\n2. Tocca *Ricarica*'));
    expect(entry?.short).toBe("Apri l'app Tocca Ricarica");
  });

  it('rejects front matter over 64 KB, naming the limit', () => {
    const questions = Array.from({ length: 1600 }, (_, i) => `\n  - come faccio a ricaricare la sim numero ${i}?`).join('');
    const { entry, problems } = parseEntry(FILE, buildSource({ questions }));
    expect(entry).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, severity: 'error', message: expect.stringMatching(/^the front matter is \d+ KB, over the limit of 64 KB$/) }),
    ]);
  });

  it('reports an alias bomb as too many YAML aliases, at once', () => {
    const levels = ['lol: &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha]'];
    for (let level = 1; level <= 9; level += 1) levels.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(', ')}]`);
    const { entry, problems } = parseEntry(FILE, buildSource({ bomb: `\n  ${levels.join('\n  ')}` }));
    expect(entry).toBeUndefined();
    expect(errorsOf(problems)).toEqual([
      expect.objectContaining({ file: FILE, message: expect.stringContaining('too many YAML aliases') }),
    ]);
  });

  it('names an alias whose anchor is not defined', () => {
    const { problems } = parseEntry(FILE, buildSource({ tags: ' *nessuna' }));
    expect(errorsOf(problems)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^the front matter is not valid YAML: .*nessuna/) }),
    ]);
  });
});
