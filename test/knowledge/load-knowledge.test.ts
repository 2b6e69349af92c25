import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/knowledge-error.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';

const EXAMPLE_KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));

interface EntryFields {
  id: string;
  lang: string;
  title: string;
  visibility?: string;
  kind?: string;
  active?: string;
  body: string;
}

function buildFile(overrides: Partial<EntryFields> = {}): string {
  const fields: EntryFields = { id: 'ricarica', lang: 'it', title: 'Come ricarico?', body: 'Dall\'app Lumo.', ...overrides };
  const { body, ...front } = fields;
  const lines = Object.entries(front).map(([name, value]) => `${name}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

describe('loadKnowledge', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pronto-knowledge-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function put(file: string, content: string): Promise<void> {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }

  it('reads markdown files at any depth in sorted order with paths relative to the folder', async () => {
    await put('z.md', buildFile({ id: 'zeta' }));
    await put('fibra/modem/modem.it.md', buildFile({ id: 'modem' }));
    await put('fibra/attivazione.it.md', buildFile({ id: 'attivazione' }));
    await put('a.md', buildFile({ id: 'alfa' }));
    const { entries, problems } = await loadKnowledge(dir);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.file)).toEqual([
      'a.md',
      'fibra/attivazione.it.md',
      'fibra/modem/modem.it.md',
      'z.md',
    ]);
    expect(entries.map((entry) => entry.id)).toEqual(['alfa', 'attivazione', 'modem', 'zeta']);
  });

  it('skips README files, dot-folders, dot-files and other file types', async () => {
    await put('ricarica.md', buildFile());
    await put('README.md', '# How to write entries');
    await put('fibra/readme.md', 'notes');
    await put('.archivio/vecchia.md', buildFile({ id: 'vecchia' }));
    await put('.ricarica.md.swp', 'swap');
    await put('notes.txt', 'not knowledge');
    const { entries, problems } = await loadKnowledge(dir);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.file)).toEqual(['ricarica.md']);
  });

  it('follows a symbolic link to a file and ignores a dangling one', async () => {
    await put('shared/source.txt', buildFile({ id: 'condivisa' }));
    await symlink(path.join(dir, 'shared/source.txt'), path.join(dir, 'condivisa.md'));
    await symlink(path.join(dir, 'missing.md'), path.join(dir, 'dangling.md'));
    const { entries } = await loadKnowledge(dir);
    expect(entries.map((entry) => entry.id)).toEqual(['condivisa']);
  });

  describe('with links that lead elsewhere', () => {
    let outside: string;

    beforeEach(async () => {
      outside = await mkdtemp(path.join(tmpdir(), 'pronto-outside-'));
      await writeFile(path.join(outside, 'segreto.md'), buildFile({ id: 'segreto', body: 'SEGRETO-123' }));
    });

    afterEach(async () => {
      await rm(outside, { recursive: true, force: true });
    });

    it('skips with a warning a link to a file or a folder outside the folder', async () => {
      await put('ricarica.md', buildFile());
      await symlink(path.join(outside, 'segreto.md'), path.join(dir, 'passwd.md'));
      await symlink(outside, path.join(dir, 'fuori'));
      const { entries, problems } = await loadKnowledge(dir);
      expect(entries.map((entry) => entry.id)).toEqual(['ricarica']);
      expect(problems).toEqual([
        expect.objectContaining({ file: 'fuori', severity: 'warning', message: expect.stringContaining('outside the knowledge folder') }),
        expect.objectContaining({ file: 'passwd.md', severity: 'warning', message: expect.stringContaining(path.join(outside, 'segreto.md')) }),
      ]);
    });

    it('reads each real folder once, under its real name, when links lead back to a parent or to another folder', async () => {
      await put('ricarica.md', buildFile());
      await put('fibra/modem.md', buildFile({ id: 'modem' }));
      await symlink('..', path.join(dir, 'fibra/su'));
      await symlink('.', path.join(dir, 'qui'));
      await symlink('fibra', path.join(dir, 'alias'));
      const { entries, problems } = await loadKnowledge(dir);
      expect(entries.map((entry) => entry.file)).toEqual(['fibra/modem.md', 'ricarica.md']);
      expect(problems.map((problem) => [problem.file, problem.severity, problem.message])).toEqual([
        ['alias', 'warning', expect.stringContaining('links to the folder fibra, which is already read')],
        ['fibra/su', 'warning', expect.stringContaining('links to the knowledge folder itself')],
        ['qui', 'warning', expect.stringContaining('links to the knowledge folder itself')],
      ]);
    });
  });

  it('rejects a file over 1 MB, naming the file and the limit', async () => {
    await put('ricarica.md', buildFile());
    await put('enorme.md', buildFile({ id: 'enorme', body: 'a'.repeat(1024 * 1024) }));
    const { entries, problems } = await loadKnowledge(dir);
    expect(entries.map((entry) => entry.id)).toEqual(['ricarica']);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'enorme.md', severity: 'error', message: 'the file is 1025 KB, over the limit of 1024 KB for one entry' }),
    ]);
  });

  it('rejects a file that is not UTF-8 and says to save it as UTF-8', async () => {
    await writeFile(path.join(dir, 'latin1.md'), Buffer.from(buildFile({ title: 'Perché non funziona?' }), 'latin1'));
    const { entries, problems } = await loadKnowledge(dir);
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'latin1.md', severity: 'error', message: expect.stringContaining('not UTF-8'), fix: expect.stringContaining('save it as UTF-8') }),
    ]);
  });

  it('reads a UTF-8 file that starts with a byte-order mark', async () => {
    await writeFile(path.join(dir, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(buildFile({ title: 'Perché?' }))]));
    const { entries, problems } = await loadKnowledge(dir);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.id, entry.title])).toEqual([['ricarica', 'Perché?']]);
  });

  it('keeps the good entries when one file is broken', async () => {
    await put('ricarica.it.md', buildFile());
    await put('rotta.it.md', buildFile({ id: 'rotta', lang: 'italian' }));
    await put('vuota.md', '');
    await put('roaming.it.md', buildFile({ id: 'roaming' }));
    const { entries, problems } = await loadKnowledge(dir);
    expect(entries.map((entry) => entry.id)).toEqual(['ricarica', 'roaming']);
    expect(problems.map((problem) => [problem.file, problem.field, problem.severity])).toEqual([
      ['rotta.it.md', 'lang', 'error'],
      ['vuota.md', undefined, 'error'],
    ]);
  });

  it('keeps the first file and names both when an id and lang are used twice', async () => {
    await put('a/ricarica.it.md', buildFile({ title: 'Prima' }));
    await put('b/ricarica.it.md', buildFile({ title: 'Seconda' }));
    await put('b/ricarica.en.md', buildFile({ lang: 'en', title: 'Top-up' }));
    const { entries, problems } = await loadKnowledge(dir);
    expect(entries.map((entry) => [entry.file, entry.title])).toEqual([
      ['a/ricarica.it.md', 'Prima'],
      ['b/ricarica.en.md', 'Top-up'],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'b/ricarica.it.md', field: 'id', severity: 'error' });
    expect(problems[0]?.message).toContain('a/ricarica.it.md');
  });

  it.each([
    ['visibility', { visibility: 'private' }],
    ['kind', { kind: 'notice', active: 'true' }],
  ])('warns when translations disagree on %s', async (field, overrides) => {
    await put('rimborso.it.md', buildFile({ id: 'rimborso', ...overrides }));
    await put('rimborso.en.md', buildFile({ id: 'rimborso', lang: 'en' }));
    const { entries, problems } = await loadKnowledge(dir);
    expect(entries).toHaveLength(2);
    expect(problems).toEqual([
      expect.objectContaining({ field, severity: 'warning', message: expect.stringContaining("'rimborso'") }),
    ]);
  });

  it('warns when the translations of a notice disagree on whether it is active', async () => {
    await put('guasto.it.md', buildFile({ id: 'guasto', kind: 'notice', active: 'true' }));
    await put('guasto.en.md', buildFile({ id: 'guasto', lang: 'en', kind: 'notice', active: 'false' }));
    const { problems } = await loadKnowledge(dir);
    expect(problems.map((problem) => problem.field)).toEqual(['active']);
  });

  it('warns and returns nothing when the folder has no markdown files', async () => {
    const { entries, problems } = await loadKnowledge(dir);
    expect(entries).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('no knowledge files') })]);
  });

  it('throws a KnowledgeError with a stable code when the folder does not exist', async () => {
    const missing = path.join(dir, 'nope');
    const error: unknown = await loadKnowledge(missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(error).toMatchObject({ code: 'knowledge_dir_missing', dir: missing });
    expect((error as KnowledgeError).message).toContain(missing);
  });

  it('throws a KnowledgeError when the path is a file', async () => {
    await put('file.md', buildFile());
    await expect(loadKnowledge(path.join(dir, 'file.md'))).rejects.toMatchObject({ code: 'knowledge_dir_not_a_folder' });
  });
});

describe('loadKnowledge on the example knowledge', () => {
  it('loads with no errors and no warnings', async () => {
    const { problems } = await loadKnowledge(EXAMPLE_KNOWLEDGE);
    expect(problems).toEqual([]);
  });

  it('has at least 26 entries, each in Italian and English', async () => {
    const { entries } = await loadKnowledge(EXAMPLE_KNOWLEDGE);
    const languagesById = new Map<string, string[]>();
    for (const entry of entries) languagesById.set(entry.id, [...(languagesById.get(entry.id) ?? []), entry.lang]);
    expect(languagesById.size).toBeGreaterThanOrEqual(26);
    for (const [id, languages] of languagesById) expect([id, languages.sort()]).toEqual([id, ['en', 'it']]);
  });

  it('has at least 6 private entries', async () => {
    const { entries } = await loadKnowledge(EXAMPLE_KNOWLEDGE);
    const privateIds = new Set(entries.filter((entry) => entry.visibility === 'private').map((entry) => entry.id));
    expect(privateIds.size).toBeGreaterThanOrEqual(6);
  });

  it('has exactly one active unexpired notice and one that is not in use', async () => {
    const { entries } = await loadKnowledge(EXAMPLE_KNOWLEDGE);
    const now = new Date();
    const notices = entries.filter((entry) => entry.kind === 'notice');
    const inForce = notices.filter((entry) => entry.active && (!entry.until || new Date(entry.until) > now));
    expect(new Set(inForce.map((entry) => entry.id))).toEqual(new Set(['guasto-fibra-milano']));
    expect(notices.filter((entry) => !entry.active).length).toBeGreaterThan(0);
  });

  it('keeps every short answer within 200 characters and 4 to 8 example questions', async () => {
    const { entries } = await loadKnowledge(EXAMPLE_KNOWLEDGE);
    for (const entry of entries) {
      expect([entry.file, entry.short.length <= 200]).toEqual([entry.file, true]);
      expect([entry.file, entry.questions.length >= 4 && entry.questions.length <= 8]).toEqual([entry.file, true]);
    }
  });

  it('never pushes the customer to another channel', async () => {
    const { entries } = await loadKnowledge(EXAMPLE_KNOWLEDGE);
    const forbidden =
      /numero verde|toll-free|social team|team social|altro canale|another channel|servizio clienti al|call customer (service|care)/i;
    expect(entries.filter((entry) => forbidden.test(entry.body)).map((entry) => entry.file)).toEqual([]);
  });
});
