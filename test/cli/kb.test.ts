import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runPronto } from '../support/run-pronto.ts';

const temporaryDirs: string[] = [];

async function knowledgeFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pronto-kb-'));
  temporaryDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

function entry(fields: Record<string, string>, body = 'Puoi ricaricare dall\'app Lumo.'): string {
  const yaml = Object.entries(fields).map(([key, value]) => `${key}: ${value}`).join('\n');
  return `---\n${yaml}\n---\n${body}\n`;
}

afterEach(async () => {
  await Promise.all(temporaryDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('pronto kb check', () => {
  it('passes the example knowledge with no errors', async () => {
    const run = await runPronto(['kb', 'check', 'knowledge']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ok: 70 files, 35 entries loaded from .*knowledge; 0 errors, \d+ warnings$/m);
  });

  it('names the file, the field and the fix, keeps the good files and exits 1 on an error', async () => {
    const dir = await knowledgeFolder({
      'ricarica.it.md': entry({ id: 'ricarica', lang: 'it', title: 'Come ricarico?' }),
      'rotto/broken.md': entry({ id: 'rotto', lang: 'italian', title: 'Rotto' }),
    });
    const run = await runPronto(['kb', 'check', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^error: rotto\/broken\.md \(lang\): .*italian.*\n\s+fix: .*\bit\b/m);
    expect(run.stdout).toMatch(/^failed: 1 files, 1 entries loaded/m);
  });

  it('warns about a missing translation and a first paragraph too long for a tweet', async () => {
    const long = 'Questa risposta è davvero troppo lunga per un tweet. '.repeat(8);
    const dir = await knowledgeFolder({
      'a.it.md': entry({ id: 'ricarica', lang: 'it', title: 'Come ricarico?' }, long),
      'a.en.md': entry({ id: 'ricarica', lang: 'en', title: 'How do I top up?' }, 'Top up in the Lumo app.'),
      'b.it.md': entry({ id: 'roaming', lang: 'it', title: 'Il roaming è incluso?' }, 'Sì, in UE.'),
    });
    const run = await runPronto(['kb', 'check', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/warning: b\.it\.md \(lang\): entry "roaming" has no en translation/);
    expect(run.stdout).toMatch(/warning: a\.it\.md \(body\): the first paragraph has \d+ characters/);
  });

  it('says clearly when the folder does not exist', async () => {
    const run = await runPronto(['kb', 'check', 'no-such-folder']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pronto: .*no-such-folder/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('pronto kb ask', () => {
  it('shows the matched entries, the decision and the text it would send', async () => {
    const run = await runPronto(['kb', 'ask', '--lang', 'it', 'come faccio a ricaricare?']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^language: it \(hint\)$/m);
    expect(run.stdout).toMatch(/^\s+0\.\d\d\s+ricarica\s+.*\[confident[,\]]/m);
    expect(run.stdout).toMatch(/^decision: answer from ricarica$/m);
    expect(run.stdout).toMatch(/public reply: Ciao! .*ricaric/i);
  });

  it('explains a handoff when nothing matches well enough', async () => {
    const run = await runPronto(['kb', 'ask', 'chi ha vinto la partita ieri sera?']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/decision: answer/);
  });

  it('never answers from a file that a link brings in from outside the knowledge folder', async () => {
    const outside = await knowledgeFolder({
      'chiave.md': entry({ id: 'chiave', lang: 'it', title: 'Qual è la chiave del server?' }, 'SEGRETO-123'),
    });
    const dir = await knowledgeFolder({ 'ricarica.it.md': entry({ id: 'ricarica', lang: 'it', title: 'Come ricarico?' }) });
    await symlink(path.join(outside, 'chiave.md'), path.join(dir, 'chiave.md'));
    const ask = await runPronto(['kb', 'ask', '--knowledge', dir, '--lang', 'it', 'qual è la chiave del server?']);
    expect(ask.code).toBe(0);
    expect(ask.stdout).not.toContain('SEGRETO-123');
    const check = await runPronto(['kb', 'check', dir]);
    expect(check.stdout).toMatch(/^warning: chiave\.md: links to .*chiave\.md, outside the knowledge folder; skipped/m);
  });

  it('asks for a question when none is given', async () => {
    const run = await runPronto(['kb', 'ask']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('kb ask needs a question');
  });
});

describe('pronto kb eval', () => {
  it('prints the figures as one JSON object with --json', async () => {
    const run = await runPronto(['kb', 'eval', '--json', 'examples/kb-eval.jsonl']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['total', 'answered', 'correct', 'accuracy', 'coverage', 'precision', 'outOfScope']);
    expect(report.total).toBe(70);
    expect(report.outOfScope).toEqual({ total: 14, abstained: expect.any(Number) });
    // A regression gate for the example knowledge, far below what it scores today.
    expect(report.accuracy).toBeGreaterThan(0.75);
    expect(report.precision).toBeGreaterThan(0.9);
  });

  it('prints accuracy, coverage, precision and the worst confusions for people', async () => {
    const dir = await knowledgeFolder({
      'a.it.md': entry({ id: 'ricarica', lang: 'it', title: 'Come faccio a ricaricare il credito?' }),
      'b.it.md': entry({ id: 'roaming', lang: 'it', title: 'Il roaming in Europa è incluso?' }, 'Sì, in tutta la UE.'),
    });
    const evalFile = path.join(dir, 'eval.jsonl');
    await writeFile(
      evalFile,
      [
        '{"q":"come ricarico il credito?","expect":"ricarica","lang":"it"}',
        '{"q":"il roaming in Europa costa?","expect":"ricarica","lang":"it"}',
        '{"q":"ricetta della carbonara","expect":null,"lang":"it"}',
        'not json',
      ].join('\n'),
    );
    const run = await runPronto(['kb', 'eval', '--knowledge', dir, evalFile], { cwd: ROOT });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('line 4:');
    expect(run.stdout).toMatch(/accuracy\s+50\.0%\s+\(1\/2/);
    expect(run.stdout).toMatch(/coverage\s+\d+\.\d%/);
    expect(run.stdout).toMatch(/1× ricarica → roaming/);
    expect(run.stdout).toMatch(/out-of-scope questions: 1/);
  });
});

describe('pronto kb eval with a folder instead of a file', () => {
  it('says so and exits 2 like other usage mistakes', async () => {
    const run = await runPronto(['kb', 'eval', 'examples']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pronto: examples is a folder; kb eval takes a file of JSON lines\n/);
  });
});

describe('pronto', () => {
  it('shows the usage and exits 2 on an unknown command', async () => {
    const run = await runPronto(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: pronto <command>');
  });
});
